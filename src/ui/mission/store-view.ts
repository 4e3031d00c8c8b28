/** How the mission UI reads the store: the same store the actions act on, with slice subscriptions. */
import { actionStore } from '../../state/actions/mission';
import type { GameState } from '../../state/store';
import { countryName, localLevel } from '../../i18n';
import { currentLevel as levelInPlay } from '../../state/selectors';
import type { Level } from '../../rules';

export const state = (): GameState => actionStore().getState();

/**
 * Watches several slices; runs once now and once per store change that changed any of them
 * (one subscription: a change of two slices at once, such as the plan and its verdict on each
 * drag frame, draws once, not twice).
 */
export function render(watched: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  const store = actionStore();
  // Every panel is worded in the language in use: a new language redraws it at once.
  const selectors = [...watched, (s: GameState) => s.settings.language];
  const last = selectors.map((sel) => sel(store.getState()));
  draw(state());
  return store.subscribe((s) => {
    let changed = false;
    for (let i = 0; i < selectors.length; i++) {
      const v = (selectors[i] as (s: GameState) => unknown)(s);
      if (!Object.is(v, last[i])) {
        last[i] = v;
        changed = true;
      }
    }
    if (changed) draw(state());
  });
}

export function partyName(s: GameState, iso3: string): string {
  return countryName(iso3, s.world?.states.get(iso3)?.name ?? iso3);
}

/** The level in play, its words in the language in use (the same object while nothing changes). */
export function currentLevel(s: GameState): Level | null {
  const level = levelInPlay(s);
  return level ? localLevel(level) : null;
}

/** How the mission UI reads the store: the same store the actions act on, with slice subscriptions. */
import { actionStore } from '../../state/actions/mission';
import type { GameState } from '../../state/store';

export const state = (): GameState => actionStore().getState();

/**
 * Watches several slices; runs once now and once per store change that changed any of them
 * (one subscription: a change of two slices at once, such as the plan and its verdict on each
 * drag frame, draws once, not twice).
 */
export function render(selectors: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  const store = actionStore();
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
  return s.world?.states.get(iso3)?.name ?? iso3;
}

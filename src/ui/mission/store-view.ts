/** How the mission UI reads the store: the same store the actions act on, with slice subscriptions. */
import { actionStore } from '../../state/actions/mission';
import type { GameState } from '../../state/store';
import { countryName, localLevel } from '../../i18n';
import { currentLevel as levelInPlay } from '../../state/selectors';
import { watch } from '../../state/subscribe';
import type { Level } from '../../rules';

export const state = (): GameState => actionStore().getState();

/**
 * Watches several slices of the bound store and draws now and on each change (state/subscribe
 * watch). Every panel is worded in the language in use: a new language redraws it at once.
 * While a waypoint is dragged on the map (`routeDrag`) the panel holds: the map follows the
 * pointer every frame, and the panel draws once when the waypoint lands.
 */
export function render(watched: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  return watch(actionStore(), [...watched, (s: GameState) => s.settings.language], draw, {
    now: true,
    holdWhile: (s) => s.routeDrag !== null,
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

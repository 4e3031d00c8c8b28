/** How the mission UI reads the store: the same store the actions act on, with slice subscriptions. */
import { actionStore } from '../../state/actions/mission';
import type { GameState } from '../../state/store';
import { watch } from '../../state/subscribe';

export const state = (): GameState => actionStore().getState();

/** Watches several slices of the bound store and draws now and on each change (state/subscribe watch). */
export function render(selectors: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  return watch(actionStore(), selectors, draw, { now: true });
}

export function partyName(s: GameState, iso3: string): string {
  return s.world?.states.get(iso3)?.name ?? iso3;
}

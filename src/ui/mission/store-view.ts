/** How the mission UI reads the store: the same store the actions act on, with slice subscriptions. */
import { actionStore } from '../../state/actions/mission';
import type { GameState } from '../../state/store';

export const state = (): GameState => actionStore().getState();

/** Calls `listener` whenever the selected slice changes (shallow by Object.is); returns unsubscribe. */
export function watch<T>(
  selector: (s: GameState) => T,
  listener: (value: T, previous: T) => void,
): () => void {
  return actionStore().subscribe(selector, listener);
}

/** Watches several slices; runs once now and on every change of any of them. */
export function render(selectors: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  draw(state());
  const offs = selectors.map((sel) => watch(sel, () => draw(state())));
  return () => offs.forEach((off) => off());
}

export function partyName(s: GameState, iso3: string): string {
  return s.world?.states.get(iso3)?.name ?? iso3;
}

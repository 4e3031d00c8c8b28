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

/**
 * Watches several slices; runs once now and once per store change that changed any of them
 * (one subscription: a change of two slices at once, such as the plan and its verdict on each
 * drag frame, draws once, not twice).
 */
export function render(selectors: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  draw(state());
  const pick = (s: GameState): unknown[] => selectors.map((sel) => sel(s));
  const same = (a: unknown[], b: unknown[]): boolean => a.every((x, i) => Object.is(x, b[i]));
  return actionStore().subscribe(pick, () => draw(state()), { equalityFn: same });
}

export function partyName(s: GameState, iso3: string): string {
  return s.world?.states.get(iso3)?.name ?? iso3;
}

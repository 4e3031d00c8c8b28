/**
 * How views follow the one store: the one helper scenes, panels and screens subscribe through.
 * - `subscribeSlice`: one slice (with its own equality), listener gets the new and old value;
 * - `watch`: several slices, `onChange` runs once per store change that changed any of them (a
 *   change of two slices at once, such as the plan and its verdict on each drag frame, draws
 *   once, not twice).
 * Both return the unsubscribe function (call it when the view goes away).
 */
import type { GameState, GameStore } from './store';

export function subscribeSlice<T>(
  store: GameStore,
  selector: (s: GameState) => T,
  listener: (next: T, prev: T) => void,
  equalityFn: (a: T, b: T) => boolean = Object.is,
): () => void {
  return store.subscribe(selector, listener, { equalityFn });
}

export function watch(
  store: GameStore,
  selectors: readonly ((s: GameState) => unknown)[],
  onChange: (s: GameState) => void,
  {
    now = false,
    holdWhile,
  }: {
    now?: boolean;
    /** While true, changes are noted but not passed on; the first state after it runs onChange once. */
    holdWhile?: (s: GameState) => boolean;
  } = {},
): () => void {
  const last = selectors.map((sel) => sel(store.getState()));
  let held = false;
  if (now) onChange(store.getState());
  return store.subscribe((s) => {
    let changed = false;
    for (let i = 0; i < selectors.length; i++) {
      const v = (selectors[i] as (s: GameState) => unknown)(s);
      if (!Object.is(v, last[i])) {
        last[i] = v;
        changed = true;
      }
    }
    if (holdWhile?.(s)) {
      held ||= changed;
      return;
    }
    if (changed || held) {
      held = false;
      onChange(s);
    }
  });
}

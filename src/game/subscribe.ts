/**
 * Per-slice subscriptions on the one store (zustand's subscribeWithSelector). The store's
 * exported type hides the selector overload; this restores it in one place.
 */
import type { GameState, GameStore } from '../state/store';

type SelectorSubscribe = <T>(
  selector: (s: GameState) => T,
  listener: (next: T, prev: T) => void,
  options?: { equalityFn?: (a: T, b: T) => boolean; fireImmediately?: boolean },
) => () => void;

/** Subscribes to one slice; returns the unsubscribe function (call it on scene shutdown). */
export function subscribeSlice<T>(
  store: GameStore,
  selector: (s: GameState) => T,
  listener: (next: T, prev: T) => void,
  equalityFn: (a: T, b: T) => boolean = Object.is,
): () => void {
  return (store.subscribe as unknown as SelectorSubscribe)(selector, listener, { equalityFn });
}

/**
 * Which of the host's changes the player points at in the review panel (hover or keyboard
 * focus), so the map can highlight it. A tiny channel outside the store: it is transient view
 * state, never saved.
 */
import type { ProposedChange } from '../rules/host';

type Listener = (change: ProposedChange | null) => void;

const listeners = new Set<Listener>();
let current: ProposedChange | null = null;

export function setReviewFocus(change: ProposedChange | null): void {
  if (change === current) return;
  current = change;
  for (const l of listeners) l(change);
}

export function reviewFocus(): ProposedChange | null {
  return current;
}

/** Returns the unsubscribe function. */
export function onReviewFocus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

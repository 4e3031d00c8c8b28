/**
 * Undo/redo as plain data (JSON-able, stored in the game state). Pushing a plan that is the
 * same object as the present is a no-op, so edits that changed nothing leave no undo step.
 */
import type { Plan } from './types';

export interface PlanHistory {
  past: Plan[];
  present: Plan;
  future: Plan[];
}

/** Undo steps kept; older ones are dropped. */
export const HISTORY_CAP = 100;

export function createHistory(present: Plan): PlanHistory {
  return { past: [], present, future: [] };
}

/** Records `next` as the new present; clears redo. */
export function pushPlan(history: PlanHistory, next: Plan, cap = HISTORY_CAP): PlanHistory {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { past: past.length > cap ? past.slice(past.length - cap) : past, present: next, future: [] };
}

export function canUndo(history: PlanHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: PlanHistory): boolean {
  return history.future.length > 0;
}

export function undo(history: PlanHistory): PlanHistory {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: PlanHistory): PlanHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

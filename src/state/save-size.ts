/**
 * The save stays under 500 kB (localStorage holds about 5 MB per origin, shared with nothing
 * else of ours, and a large save is slow to write every frame of a flight). Only the undo
 * history can grow that far (100 steps of plans of up to 500 waypoints): its oldest steps go
 * first, then the redo steps. Settings, progress and the plan in hand are never trimmed.
 */
import type { StorageValue } from 'zustand/middleware';
import type { Persisted } from './schema';

export const MAX_SAVE_CHARS = 500_000;

/** The save as text, with undo/redo history trimmed until it fits. */
export function serializeSave(value: StorageValue<Persisted>): string {
  let text = JSON.stringify(value);
  const m = value.state.mission;
  if (text.length <= MAX_SAVE_CHARS || !m) return text;
  let past = m.past;
  let future = m.future;
  while (text.length > MAX_SAVE_CHARS && (past.length > 0 || future.length > 0)) {
    if (past.length > 0) past = past.slice(Math.ceil(past.length / 2));
    else future = future.slice(0, Math.floor(future.length / 2));
    text = JSON.stringify({ ...value, state: { ...value.state, mission: { ...m, past, future } } });
  }
  return text;
}

/**
 * Reading the save at start-up, as one pure step: the raw text in storage becomes the persisted
 * state plus what the player must be told. Nothing here throws, whatever the text is.
 */
import type { Persisted } from './schema';
import { hasNewerPhase, migrateSave, SAVE_VERSION } from './migrate';

/**
 * - `unreadable`: not JSON, or not a save at all (a new game starts; the text is kept aside);
 * - `newer`: made by a newer build (a later version, an unknown phase): what fits is loaded;
 * - `repaired`: some fields were out of range or of the wrong type and fell back alone.
 */
export type SaveProblem = 'unreadable' | 'newer' | 'repaired';

export interface LoadedSave {
  /** Null when there is no save, or it could not be read at all. */
  persisted: Persisted | null;
  problem: SaveProblem | null;
  /** JSON paths of the fields that were dropped (for the console and the tests). */
  dropped: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readSave(raw: string | null): LoadedSave {
  if (raw === null) return { persisted: null, problem: null, dropped: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { persisted: null, problem: 'unreadable', dropped: ['$'] };
  }
  if (!isObject(json) || !isObject(json.state)) {
    return { persisted: null, problem: 'unreadable', dropped: ['$'] };
  }
  const version = typeof json.version === 'number' && Number.isFinite(json.version) ? json.version : 0;
  const dropped: string[] = [];
  const newer = version > SAVE_VERSION || hasNewerPhase(json.state.mission);
  const persisted = migrateSave(json.state, version, dropped);
  const problem: SaveProblem | null = newer ? 'newer' : dropped.length > 0 ? 'repaired' : null;
  return { persisted, problem, dropped };
}

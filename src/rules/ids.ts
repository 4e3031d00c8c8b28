/**
 * Outside text (a save, a plan, a share code, a level file) names things by id. Such an id is
 * checked as a slug at the boundary, and every lookup keyed by it goes through `own()`: a plain
 * object also "has" `constructor`, `toString` and `__proto__`, which a save must never reach.
 */

/** Lower-case words of letters and digits joined by single hyphens: `03-kaliningrad-cap`. */
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Longest id we accept from outside (shipped ids are well under this). */
export const MAX_SLUG_LENGTH = 64;

export function isSlug(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_SLUG_LENGTH && SLUG_RE.test(v);
}

/** The record's own value for this key, never one inherited from Object.prototype. */
export function own<T>(record: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

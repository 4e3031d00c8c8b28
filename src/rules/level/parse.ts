/** parseLevel: untrusted JSON → Level, or every error with its JSON path. */
import type { Level, Result } from '../types';
import { issuesToErrors } from '../plan/zod-issues';
import { levelSchema } from './schema';

export function parseLevel(json: unknown): Result<Level> {
  const parsed = levelSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, json) };
  // The `$schema` key only helps editors; it is not part of the Level.
  const { $schema: _schema, ...level } = parsed.data;
  return { ok: true, value: level as Level };
}

/** Year of the level's arrival (UTC), used for parties, airfield distances and phase-in rules. */
export function levelYear(level: Pick<Level, 'arrivalUtc'>): number {
  return Number(level.arrivalUtc.slice(0, 4));
}

/** The level's arrival as milliseconds since 1970 (UTC); parsing a fixed string is pure. */
export function arrivalMs(level: Pick<Level, 'arrivalUtc'>): number {
  return Date.parse(level.arrivalUtc);
}

/** The level's time figures that the rules and the state use without parsing a level file. */
import type { Level } from '../types';

/** Year of the level's arrival (UTC), used for parties, airfield distances and phase-in rules. */
export function levelYear(level: Pick<Level, 'arrivalUtc'>): number {
  return Number(level.arrivalUtc.slice(0, 4));
}

/** The level's arrival as milliseconds since 1970 (UTC); parsing a fixed string is pure. */
export function arrivalMs(level: Pick<Level, 'arrivalUtc'>): number {
  return Date.parse(level.arrivalUtc);
}

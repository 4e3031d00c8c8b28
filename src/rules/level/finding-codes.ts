import type { FindingCode } from '../types';

/** Every finding code of PLAN-FILE.md, in the order of its table. */
export const FINDING_CODES = [
  'route/too-long',
  'route/outside-territory',
  'route/non-party-buffer',
  'route/repeat-crossing',
  'route/bad-end',
  'sensor/below-minimum-altitude',
  'sensor/not-fitted',
  'sensor/not-yet-permitted',
  'aircraft/out-of-range',
  'quota/exhausted',
  'timeline/short-notice',
  'timeline/early-takeoff',
  'timeline/window-exceeded',
  'restriction/distance-cap',
  'restriction/corridor',
  'restriction/altitude-floor',
  'airspace/hazardous',
  'airspace/exercise',
] as const satisfies readonly FindingCode[];

// Compile-time check that the list names every code (and nothing else).
type Missing = Exclude<FindingCode, (typeof FINDING_CODES)[number]>;
const _allCodesListed: Missing extends never ? true : Missing = true;
void _allCodesListed;

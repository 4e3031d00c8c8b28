/** Every check, in the order of PLAN-FILE.md's code table. */
import { checkAircraftRange } from './aircraft-range';
import { checkBadEnd } from './bad-end';
import { checkNonPartyBuffer } from './non-party-buffer';
import { checkQuota } from './quota';
import { checkRepeatCrossing } from './repeat-crossing';
import { checkRouteLength } from './route-length';
import { checkSensors } from './sensors';
import { checkTerritory } from './territory';
import { checkTimeline } from './timeline';
import type { Check } from './types';
import { checkZones } from './zones';

export const CHECKS: readonly Check[] = [
  checkRouteLength,
  checkTerritory,
  checkNonPartyBuffer,
  checkRepeatCrossing,
  checkBadEnd,
  checkSensors,
  checkAircraftRange,
  checkQuota,
  checkTimeline,
  checkZones,
];

export type { Check } from './types';
export {
  checkAircraftRange,
  checkBadEnd,
  checkNonPartyBuffer,
  checkQuota,
  checkRepeatCrossing,
  checkRouteLength,
  checkSensors,
  checkTerritory,
  checkTimeline,
  checkZones,
};

/**
 * Art. VI §I: no stretch between landings may be longer than the aircraft's unrefuelled range.
 * Plan file v1 has no intermediate landings, so the stretch is the whole route.
 */
import { interpolate } from '../geo';
import { EPSILON, finding, round1 } from './codes';
import type { Check } from './types';

export const checkAircraftRange: Check = (_plan, _ctx, d) => {
  const rangeKm = d.aircraft?.rangeKm;
  if (rangeKm === undefined || d.distanceKm <= rangeKm + EPSILON) return [];
  // The leg on which the fuel would run out, and the point where it happens.
  const leg = d.legs.find((l) => l.startKm + l.lengthKm > rangeKm + EPSILON);
  const extras = leg
    ? {
        leg: leg.index,
        at: interpolate(leg.from, leg.to, leg.lengthKm > 0 ? (rangeKm - leg.startKm) / leg.lengthKm : 0),
      }
    : {};
  return [
    finding(
      'aircraft/out-of-range',
      { distanceKm: round1(d.distanceKm), rangeKm, aircraft: d.aircraft?.name ?? d.aircraftId },
      extras,
    ),
  ];
};

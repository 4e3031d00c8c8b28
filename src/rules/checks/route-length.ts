/**
 * Art. VI §II.4(A): the route may not be longer than the maximum flight distance of the
 * Open Skies airfield it starts from (Annex A §III, level values per year).
 */
import { interpolate } from '../geo';
import { EPSILON, finding, round1 } from './codes';
import type { Check } from './types';

export const checkRouteLength: Check = (_plan, _ctx, d) => {
  if (d.distanceKm <= d.maxDistanceKm + EPSILON) return [];
  // Point out where the budget runs out: on the leg that crosses the maximum.
  const leg = d.legs.find((l) => l.startKm + l.lengthKm > d.maxDistanceKm + EPSILON);
  const extras = leg
    ? {
        leg: leg.index,
        at: interpolate(
          leg.from,
          leg.to,
          leg.lengthKm > 0 ? (d.maxDistanceKm - leg.startKm) / leg.lengthKm : 0,
        ),
      }
    : {};
  return [
    finding(
      'route/too-long',
      {
        distanceKm: round1(d.distanceKm),
        maxDistanceKm: round1(d.maxDistanceKm),
        overKm: round1(d.distanceKm - d.maxDistanceKm),
      },
      extras,
    ),
  ];
};

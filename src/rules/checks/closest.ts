/**
 * Where on a leg a finding should point: the sampled point closest to a boundary. Only run for
 * legs already found too close, so its cost does not matter for lawful plans.
 */
import { densify, type LatLon } from '../geo';

const SAMPLE_STEP_KM = 2;

export function closestPoint(from: LatLon, to: LatLon, distanceAt: (p: LatLon) => number): LatLon {
  let best = from;
  let bestKm = Infinity;
  for (const p of densify(from, to, SAMPLE_STEP_KM)) {
    const km = distanceAt(p);
    if (km < bestKm) {
      bestKm = km;
      best = p;
    }
  }
  return best;
}

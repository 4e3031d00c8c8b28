/**
 * Where on a leg a finding should point: the sampled point closest to a boundary. Only run for
 * legs already found too close, and bounded per leg, so lawful plans never pay for it.
 */
import { densify, distanceKm, type LatLon } from '../geo';

const SAMPLE_STEP_KM = 2;
/** At most this many samples per leg, so a 3,000 km leg costs no more than a 500 km one. */
const MAX_SAMPLES = 250;

export function closestPoint(from: LatLon, to: LatLon, distanceAt: (p: LatLon) => number): LatLon {
  let best = from;
  let bestKm = Infinity;
  const stepKm = Math.max(SAMPLE_STEP_KM, distanceKm(from, to) / MAX_SAMPLES);
  for (const p of densify(from, to, stepKm)) {
    const km = distanceAt(p);
    if (km < bestKm) {
      bestKm = km;
      best = p;
    }
  }
  return best;
}

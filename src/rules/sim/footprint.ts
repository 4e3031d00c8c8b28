/**
 * Sensor footprints: for each leg and active sensor, the strip of ground its swath covers
 * (centred on the track), and the part of it swept by a given time, for the flight view.
 */
import type { Verdict } from '../types';
import type { FlightResult, FootprintStrip } from './flight-types';
import { bearingDeg, densify, destination, interpolate, type LatLon } from './sphere';

/** Footprint strip edge points at most this far apart, km. */
export const STRIP_STEP_KM = 50;

export function footprintStrips(verdict: Verdict): FootprintStrip[] {
  const strips: FootprintStrip[] = [];
  verdict.legs.forEach((leg, i) => {
    if (leg.sensors.length === 0) return;
    // Equal steps along the leg, so edge point k is reached at fraction k / (n − 1) of it.
    const pts = densify(leg.from, leg.to, STRIP_STEP_KM);
    const bearings = pts.map((p, k) => {
      const next = pts[k + 1];
      const prev = pts[k - 1];
      return next ? bearingDeg(p, next) : prev ? bearingDeg(prev, p) : 0;
    });
    const sensors = [...leg.sensors].sort((a, b) => b.swathKm - a.swathKm || (a.kind < b.kind ? -1 : 1));
    for (const s of sensors) {
      const half = s.swathKm / 2;
      const left = pts.map((p, k) => destination(p, (bearings[k] ?? 0) - 90, half));
      const right = pts.map((p, k) => destination(p, (bearings[k] ?? 0) + 90, half));
      strips.push({
        leg: i,
        sensor: s.kind,
        swathKm: s.swathKm,
        resolutionM: s.resolutionM,
        polygon: [...left, ...right.reverse()],
      });
    }
  });
  return strips;
}

/**
 * The part of a strip swept by tH (hours after arrival): empty before its leg starts, the whole
 * strip once the leg is flown, otherwise cut across at the aircraft's position.
 */
export function sweptStrip(
  result: Pick<FlightResult, 'legStartsH' | 'landingAfterArrivalH'>,
  strip: FootprintStrip,
  tH: number,
): LatLon[] {
  const start = result.legStartsH[strip.leg];
  if (start === undefined || tH <= start) return [];
  const end = result.legStartsH[strip.leg + 1] ?? result.landingAfterArrivalH;
  const n = strip.polygon.length / 2;
  if (tH >= end || n < 2) return strip.polygon;
  const along = ((tH - start) / (end - start)) * (n - 1);
  const k = Math.min(n - 2, Math.floor(along));
  const f = along - k;
  const left = (j: number): LatLon => strip.polygon[j] as LatLon;
  const right = (j: number): LatLon => strip.polygon[2 * n - 1 - j] as LatLon;
  const out: LatLon[] = [];
  for (let j = 0; j <= k; j++) out.push(left(j));
  out.push(interpolate(left(k), left(k + 1), f), interpolate(right(k), right(k + 1), f));
  for (let j = k; j >= 0; j--) out.push(right(j));
  return out;
}

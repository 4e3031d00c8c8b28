/** Where the aircraft is at a time, interpolated between precomputed samples. */
import type { FlightResult, FlightSample } from './flight-types';
import { bearingDeg, interpolate } from './sphere';

export interface FlightPosition {
  tH: number;
  lat: number;
  lon: number;
  altitudeM: number;
  leg: number;
  /** Direction of flight, degrees clockwise from north (last known on the ground). */
  headingDeg: number;
  /** On the ground before take-off or after landing. */
  onGround: boolean;
}

function at(s: FlightSample, tH: number, headingDeg: number): FlightPosition {
  return { tH, lat: s.lat, lon: s.lon, altitudeM: 0, leg: s.leg, headingDeg, onGround: true };
}

function headingBetween(a: FlightSample | undefined, b: FlightSample | undefined): number {
  return a && b ? bearingDeg(a, b) : 0;
}

/** Position at tH (hours after arrival); clamps to the airfields outside the flight. */
export function positionAt(result: Pick<FlightResult, 'samples'>, tH: number): FlightPosition | null {
  const samples = result.samples;
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) return null;
  if (tH <= first.tH) return at(first, tH, headingBetween(first, samples[1]));
  if (tH >= last.tH) return at(last, tH, headingBetween(samples[samples.length - 2], last));
  let lo = 0;
  let hi = samples.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((samples[mid] as FlightSample).tH <= tH) lo = mid;
    else hi = mid;
  }
  const a = samples[lo] as FlightSample;
  const b = samples[hi] as FlightSample;
  const span = b.tH - a.tH;
  const t = span > 0 ? (tH - a.tH) / span : 0;
  const p = interpolate(a, b, t);
  return {
    tH,
    lat: p.lat,
    lon: p.lon,
    altitudeM: b.altitudeM,
    leg: b.leg,
    headingDeg: bearingDeg(p, b),
    onGround: false,
  };
}

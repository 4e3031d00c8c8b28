/**
 * Small spherical helpers the simulation needs beyond the shared geo module (whose distance,
 * interpolation and densify it re-exports): bearings, destination points, cross-/along-track
 * distances. Zone membership lives in geo/zones.ts.
 */
import { EARTH_RADIUS_KM, densify, distanceKm, interpolate, wrapLon, type LatLon } from '../geo/sphere';

export { EARTH_RADIUS_KM, densify, distanceKm, interpolate, wrapLon, type LatLon };

const RAD = Math.PI / 180;

/** Initial bearing from a to b, degrees clockwise from north in [0, 360). */
export function bearingDeg(a: LatLon, b: LatLon): number {
  const φ1 = a.lat * RAD;
  const φ2 = b.lat * RAD;
  const dλ = (b.lon - a.lon) * RAD;
  const y = Math.sin(dλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dλ);
  return (((Math.atan2(y, x) / RAD) % 360) + 360) % 360;
}

/** The point reached from p after distanceKm along the great circle with the given bearing. */
export function destination(p: LatLon, bearing: number, km: number): LatLon {
  const δ = km / EARTH_RADIUS_KM;
  const θ = bearing * RAD;
  const φ1 = p.lat * RAD;
  const λ1 = p.lon * RAD;
  const sinφ2 = Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ);
  const φ2 = Math.asin(Math.max(-1, Math.min(1, sinφ2)));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * sinφ2);
  return { lat: φ2 / RAD, lon: wrapLon(λ2 / RAD) };
}

/**
 * Where p lies relative to the great-circle leg a→b: signed cross-track distance (km, positive
 * to the right of the direction of flight) and along-track distance of the foot point from a (km,
 * may be negative or longer than the leg when the foot point is outside it).
 */
export function trackOffsets(a: LatLon, b: LatLon, p: LatLon): { crossKm: number; alongKm: number } {
  const d13 = distanceKm(a, p) / EARTH_RADIUS_KM;
  if (d13 < 1e-12) return { crossKm: 0, alongKm: 0 };
  const θ13 = bearingDeg(a, p) * RAD;
  const θ12 = bearingDeg(a, b) * RAD;
  const δxt = Math.asin(Math.max(-1, Math.min(1, Math.sin(d13) * Math.sin(θ13 - θ12))));
  const cosAt = Math.cos(d13) / Math.max(1e-15, Math.cos(δxt));
  let δat = Math.acos(Math.max(-1, Math.min(1, cosAt)));
  if (Math.cos(θ13 - θ12) < 0) δat = -δat;
  return { crossKm: δxt * EARTH_RADIUS_KM, alongKm: δat * EARTH_RADIUS_KM };
}

/** Shortest distance from p to the leg a→b (its end points included), km. */
export function distanceToLegKm(a: LatLon, b: LatLon, p: LatLon): number {
  const lengthKm = distanceKm(a, b);
  const { crossKm, alongKm } = trackOffsets(a, b, p);
  if (alongKm >= 0 && alongKm <= lengthKm) return Math.abs(crossKm);
  return Math.min(distanceKm(a, p), distanceKm(b, p));
}

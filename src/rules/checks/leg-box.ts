/**
 * The lon/lat box of a great-circle leg, exact: a great circle's longitude changes
 * monotonically between the ends (for legs spanning under 180° of longitude), and its latitude
 * peaks at the circle's vertex when the vertex lies on the leg. Used to skip zones and states a
 * leg cannot reach before asking the (costlier) geometry indexes.
 */
import type { LatLon } from '../geo';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export type Box = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** Legs across the antimeridian get the whole world: they are never skipped. */
export const WORLD_BOX: Box = [-180, -90, 180, 90];

export function legBox(a: LatLon, b: LatLon): Box {
  if (Math.abs(a.lon - b.lon) > 180) return WORLD_BOX;
  let minLat = Math.min(a.lat, b.lat);
  let maxLat = Math.max(a.lat, b.lat);
  const ca = Math.cos(a.lat * RAD);
  const cb = Math.cos(b.lat * RAD);
  const ax = ca * Math.cos(a.lon * RAD);
  const ay = ca * Math.sin(a.lon * RAD);
  const az = Math.sin(a.lat * RAD);
  const bx = cb * Math.cos(b.lon * RAD);
  const by = cb * Math.sin(b.lon * RAD);
  const bz = Math.sin(b.lat * RAD);
  // Normal of the great circle.
  const nx = ay * bz - az * by;
  const ny = az * bx - ax * bz;
  const nz = ax * by - ay * bx;
  const n2 = nx * nx + ny * ny + nz * nz;
  if (n2 > 1e-24) {
    // Northern vertex: the north pole projected onto the circle's plane.
    const k = nz / n2;
    let vx = -k * nx;
    let vy = -k * ny;
    let vz = 1 - k * nz;
    const vLen = Math.hypot(vx, vy, vz);
    if (vLen > 1e-12) {
      vx /= vLen;
      vy /= vLen;
      vz /= vLen;
      for (const s of [1, -1]) {
        const px = s * vx;
        const py = s * vy;
        const pz = s * vz;
        // p on the arc a→b: (a × p)·n ≥ 0 and (p × b)·n ≥ 0.
        const apn = (ay * pz - az * py) * nx + (az * px - ax * pz) * ny + (ax * py - ay * px) * nz;
        const pbn = (py * bz - pz * by) * nx + (pz * bx - px * bz) * ny + (px * by - py * bx) * nz;
        if (apn >= 0 && pbn >= 0) {
          const lat = Math.asin(Math.max(-1, Math.min(1, pz))) * DEG;
          if (lat > maxLat) maxLat = lat;
          if (lat < minLat) minLat = lat;
        }
      }
    }
  }
  return [Math.min(a.lon, b.lon), minLat, Math.max(a.lon, b.lon), maxLat];
}

/** Degrees of latitude and longitude that cover `km` around a box (longitude widened by latitude). */
export function padDegrees(box: Box, km: number): [dLon: number, dLat: number] {
  const dLat = km / 111 + 1e-6;
  const maxAbsLat = Math.min(89, Math.max(Math.abs(box[1]), Math.abs(box[3])) + dLat);
  return [dLat / Math.cos(maxAbsLat * RAD), dLat];
}

/** Whether two boxes overlap once `a` is widened by the given degrees. */
export function boxesMeet(a: Box, b: Box, dLon = 0, dLat = 0): boolean {
  return a[0] - dLon <= b[2] && a[2] + dLon >= b[0] && a[1] - dLat <= b[3] && a[3] + dLat >= b[1];
}

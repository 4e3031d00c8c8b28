/**
 * A great-circle leg cut into pieces for the indexed queries. Long legs are densified along the
 * great circle into steps of at most PIECE_KM, and each step is then treated as a straight line
 * in lon/lat against the indexed edges (at 50 km the two differ by well under 0.1 km, even at
 * 70° N). Natural Earth cuts polygons at ±180°, so a step crossing the antimeridian is split
 * there into two pieces, each within [-180, 180].
 */
import { EARTH_RADIUS_KM, distanceKm, type LatLon } from './sphere';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export const PIECE_KM = 50;

export interface Pieces {
  /** Number of pieces. */
  n: number;
  /** [lon1, lat1, lon2, lat2] per piece. */
  xy: Float64Array;
  /** Great-circle length of each piece, km. */
  km: Float64Array;
  /** Bounding box of all pieces: minLon, minLat, maxLon, maxLat. */
  bbox: [number, number, number, number];
}

// One-entry cache: the checks ask several indexes about the same leg in a row.
let lastKey: [number, number, number, number] = [NaN, NaN, NaN, NaN];
let lastPieces: Pieces | null = null;

export function legPieces(a: LatLon, b: LatLon): Pieces {
  if (
    lastPieces &&
    lastKey[0] === a.lat &&
    lastKey[1] === a.lon &&
    lastKey[2] === b.lat &&
    lastKey[3] === b.lon
  ) {
    return lastPieces;
  }
  const total = distanceKm(a, b);
  const steps = Math.max(1, Math.ceil(total / PIECE_KM - 1e-9));
  const pts: LatLon[] = [a];
  if (steps > 1) slerpInto(a, b, total / EARTH_RADIUS_KM, steps, pts);
  pts.push(b);
  const xy: number[] = [];
  const km: number[] = [];
  const stepKm = total / steps;
  for (let i = 0; i < steps; i++) {
    const p = pts[i]!;
    const q = pts[i + 1]!;
    const dLon = q.lon - p.lon;
    if (Math.abs(dLon) <= 180) {
      xy.push(p.lon, p.lat, q.lon, q.lat);
      km.push(stepKm);
      continue;
    }
    // Crosses the antimeridian: unwrap q, cut at ±180.
    const edge = p.lon >= 0 ? 180 : -180;
    const qLon = q.lon + (p.lon >= 0 ? 360 : -360);
    const t = (edge - p.lon) / (qLon - p.lon);
    const lat = p.lat + t * (q.lat - p.lat);
    xy.push(p.lon, p.lat, edge, lat, -edge, lat, q.lon, q.lat);
    km.push(stepKm * t, stepKm * (1 - t));
  }
  const n = km.length;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n * 4; i += 2) {
    const x = xy[i]!;
    const y = xy[i + 1]!;
    if (x < bbox[0]) bbox[0] = x;
    if (y < bbox[1]) bbox[1] = y;
    if (x > bbox[2]) bbox[2] = x;
    if (y > bbox[3]) bbox[3] = y;
  }
  lastKey = [a.lat, a.lon, b.lat, b.lon];
  lastPieces = { n, xy: Float64Array.from(xy), km: Float64Array.from(km), bbox };
  return lastPieces;
}

/** Pushes the steps - 1 evenly spaced inner points of the great circle a→b (angle d, radians). */
function slerpInto(a: LatLon, b: LatLon, d: number, steps: number, out: LatLon[]): void {
  const ca = Math.cos(a.lat * RAD);
  const cb = Math.cos(b.lat * RAD);
  const ax = ca * Math.cos(a.lon * RAD);
  const ay = ca * Math.sin(a.lon * RAD);
  const az = Math.sin(a.lat * RAD);
  const bx = cb * Math.cos(b.lon * RAD);
  const by = cb * Math.sin(b.lon * RAD);
  const bz = Math.sin(b.lat * RAD);
  const sinD = Math.sin(d);
  if (sinD < 1e-9) {
    // Antipodal ends: no unique great circle; go straight in lon/lat.
    for (let i = 1; i < steps; i++) {
      const t = i / steps;
      out.push({ lat: a.lat + t * (b.lat - a.lat), lon: a.lon + t * (b.lon - a.lon) });
    }
    return;
  }
  for (let i = 1; i < steps; i++) {
    const t = i / steps;
    const fa = Math.sin((1 - t) * d) / sinD;
    const fb = Math.sin(t * d) / sinD;
    const x = fa * ax + fb * bx;
    const y = fa * ay + fb * by;
    const z = fa * az + fb * bz;
    out.push({ lat: Math.atan2(z, Math.sqrt(x * x + y * y)) * DEG, lon: Math.atan2(y, x) * DEG });
  }
}

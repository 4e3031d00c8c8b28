/**
 * A great-circle leg cut into pieces for the indexed queries. Long legs are densified along the
 * great circle into steps of at most PIECE_KM, and each step is then treated as a straight line
 * in lon/lat against the indexed edges (at 50 km the two differ by well under 0.1 km, even at
 * 70° N). Natural Earth cuts polygons at ±180°, so a step crossing the antimeridian is split
 * there into two pieces, each within [-180, 180].
 */
import * as sphere from './sphere';
import type { LatLon } from './sphere';

export const PIECE_KM = 50;

const { haversineKm } = sphere;
const R = sphere.EARTH_RADIUS_KM;
const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export interface Pieces {
  /** Number of pieces. */
  n: number;
  /** [lon1, lat1, lon2, lat2] per piece (only the first n × 4 entries are meaningful). */
  xy: Float64Array;
  /** Great-circle length of each piece, km. */
  km: Float64Array;
  /** Bounding box of all pieces: minLon, minLat, maxLon, maxLat. */
  bbox: [number, number, number, number];
}

// One reusable result: the checks ask several indexes about the same leg in a row, and every
// consumer in src/rules/geo reads it synchronously before the next leg is cut.
const cached: Pieces = { n: 0, xy: new Float64Array(64), km: new Float64Array(16), bbox: [0, 0, 0, 0] };
const key = [NaN, NaN, NaN, NaN];
let points = new Float64Array(64);

export function legPieces(a: LatLon, b: LatLon): Pieces {
  if (key[0] === a.lat && key[1] === a.lon && key[2] === b.lat && key[3] === b.lon) return cached;
  const total = haversineKm(a.lat, a.lon, b.lat, b.lon);
  const steps = Math.max(1, Math.ceil(total / PIECE_KM - 1e-9));
  if (points.length < (steps + 1) * 2) points = new Float64Array((steps + 1) * 4);
  points[0] = a.lon;
  points[1] = a.lat;
  if (steps > 1) slerpInto(a, b, total / R, steps, points);
  points[steps * 2] = b.lon;
  points[steps * 2 + 1] = b.lat;
  // At most one antimeridian split per step: room for 2 pieces per step.
  if (cached.km.length < steps * 2) {
    cached.km = new Float64Array(steps * 4);
    cached.xy = new Float64Array(steps * 16);
  }
  const xy = cached.xy;
  const km = cached.km;
  const stepKm = total / steps;
  let n = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const put = (x1: number, y1: number, x2: number, y2: number, length: number): void => {
    const o = n * 4;
    xy[o] = x1;
    xy[o + 1] = y1;
    xy[o + 2] = x2;
    xy[o + 3] = y2;
    km[n++] = length;
    minX = Math.min(minX, x1, x2);
    maxX = Math.max(maxX, x1, x2);
    minY = Math.min(minY, y1, y2);
    maxY = Math.max(maxY, y1, y2);
  };
  for (let i = 0; i < steps; i++) {
    const px = points[i * 2]!;
    const py = points[i * 2 + 1]!;
    const qx = points[i * 2 + 2]!;
    const qy = points[i * 2 + 3]!;
    if (Math.abs(qx - px) <= 180) {
      put(px, py, qx, qy, stepKm);
      continue;
    }
    // Crosses the antimeridian: unwrap q, cut at ±180.
    const edge = px >= 0 ? 180 : -180;
    const qUnwrapped = qx + (px >= 0 ? 360 : -360);
    const t = (edge - px) / (qUnwrapped - px);
    const lat = py + t * (qy - py);
    put(px, py, edge, lat, stepKm * t);
    put(-edge, lat, qx, qy, stepKm * (1 - t));
  }
  cached.n = n;
  cached.bbox[0] = minX;
  cached.bbox[1] = minY;
  cached.bbox[2] = maxX;
  cached.bbox[3] = maxY;
  key[0] = a.lat;
  key[1] = a.lon;
  key[2] = b.lat;
  key[3] = b.lon;
  return cached;
}

/** Writes the steps - 1 evenly spaced inner points of the great circle a→b (angle d, radians). */
function slerpInto(a: LatLon, b: LatLon, d: number, steps: number, out: Float64Array): void {
  const sinD = Math.sin(d);
  if (sinD < 1e-9) {
    // Antipodal ends: no unique great circle; go straight in lon/lat.
    for (let i = 1; i < steps; i++) {
      const t = i / steps;
      out[i * 2] = a.lon + t * (b.lon - a.lon);
      out[i * 2 + 1] = a.lat + t * (b.lat - a.lat);
    }
    return;
  }
  const ca = Math.cos(a.lat * RAD);
  const cb = Math.cos(b.lat * RAD);
  const ax = ca * Math.cos(a.lon * RAD);
  const ay = ca * Math.sin(a.lon * RAD);
  const az = Math.sin(a.lat * RAD);
  const bx = cb * Math.cos(b.lon * RAD);
  const by = cb * Math.sin(b.lon * RAD);
  const bz = Math.sin(b.lat * RAD);
  for (let i = 1; i < steps; i++) {
    const t = i / steps;
    const fa = Math.sin((1 - t) * d) / sinD;
    const fb = Math.sin(t * d) / sinD;
    const x = fa * ax + fb * bx;
    const y = fa * ay + fb * by;
    const z = fa * az + fb * bz;
    out[i * 2] = Math.atan2(y, x) * DEG;
    out[i * 2 + 1] = Math.atan2(z, Math.sqrt(x * x + y * y)) * DEG;
  }
}

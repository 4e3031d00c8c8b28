/**
 * Planar helpers for short pieces of a leg. A piece (≤ 50 km) and the edges near it are
 * projected on a local equirectangular plane (x = lon·cos(lat0), y = lat, in km); the closest
 * pair found there is then measured again with the haversine formula, so the km figure is the
 * true great-circle distance between two real points (the choice of the pair is what the plane
 * approximates, a second-order error).
 */
import { EARTH_RADIUS_KM } from './sphere';

export const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Scratch output of the closest-pair functions: [s along first segment, t along second]. */
export type Params = [number, number];

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Squared distance from p to segment a-b (planar); writes the parameter on a-b into out[1]. */
export function pointSegDist2(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  out: Params,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? clamp01(((px - ax) * dx + (py - ay) * dy) / len2) : 0;
  out[1] = t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Parameter s along a-b where it properly crosses c-d, or -1. Half-open on the c-d endpoints
 * (an endpoint exactly on a-b's line counts on one side only) so a path through a shared vertex
 * counts one crossing, never two.
 */
export function crossParam(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): number {
  const rx = bx - ax;
  const ry = by - ay;
  const oc = rx * (cy - ay) - ry * (cx - ax);
  const od = rx * (dy - ay) - ry * (dx - ax);
  if (oc > 0 === od > 0) return -1;
  const sx = dx - cx;
  const sy = dy - cy;
  const oa = sx * (ay - cy) - sy * (ax - cx);
  const ob = sx * (by - cy) - sy * (bx - cx);
  if (oa > 0 === ob > 0) return -1;
  const den = oa - ob;
  return den === 0 ? -1 : oa / den;
}

/**
 * Squared distance between segments a-b and c-d (planar); out receives [s, t], the parameters
 * of the closest points (for crossing segments, the crossing).
 */
export function segSegDist2(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  out: Params,
): number {
  const s = crossParam(ax, ay, bx, by, cx, cy, dx, dy);
  if (s >= 0) {
    const rx = bx - ax;
    const ry = by - ay;
    const sx = dx - cx;
    const sy = dy - cy;
    const den = rx * sy - ry * sx;
    out[0] = s;
    out[1] = den === 0 ? 0 : clamp01(((cx - ax) * ry - (cy - ay) * rx) / den);
    return 0;
  }
  let best = pointSegDist2(ax, ay, cx, cy, dx, dy, out);
  let bs = 0;
  let bt = out[1];
  let d = pointSegDist2(bx, by, cx, cy, dx, dy, out);
  if (d < best) {
    best = d;
    bs = 1;
    bt = out[1];
  }
  d = pointSegDist2(cx, cy, ax, ay, bx, by, out);
  if (d < best) {
    best = d;
    bs = out[1];
    bt = 0;
  }
  d = pointSegDist2(dx, dy, ax, ay, bx, by, out);
  if (d < best) {
    best = d;
    bs = out[1];
    bt = 1;
  }
  out[0] = bs;
  out[1] = bt;
  return best;
}

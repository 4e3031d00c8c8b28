/**
 * world-atlas stitches Natural Earth's polygons across the antimeridian (a ring may jump from
 * +180 to -180, as Russia's Chukotka does; Antarctica's rings go round the pole). The planar
 * indexes need rings within [-180, 180], so such rings are unwrapped and clipped into the
 * [-180, 180] strip piece by piece (Sutherland–Hodgman against each side; with the even-odd
 * rule the zero-width bridges this leaves along the cut add nothing). Edges on the cut line
 * itself are not a boundary: see isCutEdge.
 */
import type { LonLat, PolygonRings, Ring } from '../../world/types';

function needsCut(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i]![0] - ring[i - 1]![0]) > 180) return true;
  return false;
}

/** Longitudes made continuous; a ring that goes round a pole is closed over that pole. */
function unwrap(ring: Ring): LonLat[] {
  const out: LonLat[] = [];
  let shift = 0;
  let latSum = 0;
  ring.forEach(([x, y], i) => {
    if (i > 0) {
      const d = x - ring[i - 1]![0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    latSum += y;
    out.push([x + shift, y]);
  });
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (Math.abs(last[0] - first[0]) > 180) {
    const pole = latSum >= 0 ? 90 : -90;
    out.push([last[0], pole], [first[0], pole], first);
  }
  return out;
}

/** Keeps the part of the ring with keep(x) ≥ 0 where keep is x - edge or edge - x. */
function clipSide(ring: readonly LonLat[], edge: number, left: boolean): LonLat[] {
  const out: LonLat[] = [];
  const inside = (p: LonLat): boolean => (left ? p[0] >= edge : p[0] <= edge);
  for (let i = 0; i < ring.length - 1; i++) {
    const p = ring[i]!;
    const q = ring[i + 1]!;
    const pin = inside(p);
    const qin = inside(q);
    if (pin) out.push(p);
    if (pin !== qin) {
      const t = (edge - p[0]) / (q[0] - p[0]);
      out.push([edge, p[1] + t * (q[1] - p[1])]);
    }
  }
  if (out.length > 0) out.push(out[0]!);
  return out;
}

/** Rings of polygons cut to [-180, 180]; polygons that need no cut are returned as they are. */
export function cutAtAntimeridian(polygons: readonly PolygonRings[]): PolygonRings[] {
  const out: PolygonRings[] = [];
  for (const rings of polygons) {
    if (!rings.some(needsCut)) {
      out.push(rings);
      continue;
    }
    // Each ring is clipped on its own: the even-odd rule over all rings keeps holes working.
    const pieces: Ring[] = [];
    for (const ring of rings) {
      const u = needsCut(ring) ? unwrap(ring) : [...ring];
      let minX = Infinity;
      let maxX = -Infinity;
      for (const [x] of u) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
      for (let k = Math.floor((minX + 180) / 360); k * 360 - 180 < maxX; k++) {
        const lo = k * 360 - 180;
        const clipped = clipSide(clipSide(u, lo, true), lo + 360, false);
        if (clipped.length >= 4) pieces.push(clipped.map(([x, y]) => [x - k * 360, y] as const));
      }
    }
    out.push(pieces);
  }
  return out;
}

/** An edge lying on the ±180° cut line (not a real coast or border). */
export function isCutEdge(x1: number, x2: number): boolean {
  return x1 === x2 && (x1 === 180 || x1 === -180);
}

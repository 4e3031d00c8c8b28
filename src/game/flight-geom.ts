/**
 * The part of a footprint strip swept so far. A strip is the left edge along the leg followed by
 * the right edge back (rules/sim FootprintStrip); the swept part keeps the first `fraction` of
 * both edges. Pure.
 */
export interface LatLonPt {
  lat: number;
  lon: number;
}

function lerp(a: LatLonPt, b: LatLonPt, t: number): LatLonPt {
  return { lat: a.lat + (b.lat - a.lat) * t, lon: a.lon + (b.lon - a.lon) * t };
}

/** The point at `fraction` (0..1) along an edge of k points, and the index before it. */
function along(edge: readonly LatLonPt[], fraction: number): { j: number; p: LatLonPt } {
  const k = edge.length;
  const pos = Math.min(1, Math.max(0, fraction)) * (k - 1);
  const j = Math.min(k - 2, Math.floor(pos));
  return { j, p: lerp(edge[j] as LatLonPt, edge[j + 1] as LatLonPt, pos - j) };
}

/** The part of a strip between two fractions of its length (a < b), as a closed ring; [] if empty. */
export function stripBetween(polygon: readonly LatLonPt[], from: number, to: number): LatLonPt[] {
  const n = polygon.length;
  const a = Math.max(0, from);
  const b = Math.min(1, to);
  if (n < 4 || n % 2 !== 0 || !(b > a)) return [];
  const k = n / 2;
  const left = polygon.slice(0, k);
  const right = polygon.slice(k).reverse();
  const part = (edge: LatLonPt[]): LatLonPt[] => {
    const s = along(edge, a);
    const e = along(edge, b);
    const inner = edge.slice(s.j + 1, e.j + 1);
    const last = inner[inner.length - 1];
    // The end falls exactly on a vertex: do not repeat it.
    const end = last && last.lat === e.p.lat && last.lon === e.p.lon ? [] : [e.p];
    return [s.p, ...inner, ...end];
  };
  const l = part(left);
  const r = part(right);
  return [...l, ...r.reverse()];
}

export function sweptStrip(polygon: readonly LatLonPt[], fraction: number): LatLonPt[] {
  return stripBetween(polygon, 0, fraction);
}

/**
 * The swept part of a leg's strip up to `fraction`, without the stretch where the sensors were
 * off (fractions of the same leg; null when they were on throughout).
 */
export function sweptWithGap(
  polygon: readonly LatLonPt[],
  fraction: number,
  off: { from: number; to: number } | null,
): LatLonPt[][] {
  if (!off || off.to <= 0 || off.from >= fraction) {
    const r = sweptStrip(polygon, fraction);
    return r.length ? [r] : [];
  }
  return [stripBetween(polygon, 0, off.from), stripBetween(polygon, off.to, fraction)].filter(
    (r) => r.length > 0,
  );
}

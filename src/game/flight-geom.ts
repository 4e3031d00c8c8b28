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

export function sweptStrip(polygon: readonly LatLonPt[], fraction: number): LatLonPt[] {
  const n = polygon.length;
  if (n < 4 || n % 2 !== 0 || !(fraction > 0)) return [];
  const k = n / 2;
  const left = polygon.slice(0, k);
  const right = polygon.slice(k).reverse();
  const f = Math.min(1, fraction);
  const pos = f * (k - 1);
  const j = Math.floor(pos);
  const t = pos - j;
  const take = (edge: LatLonPt[]): LatLonPt[] => {
    const part = edge.slice(0, j + 1);
    if (t > 0 && j + 1 < k) part.push(lerp(edge[j] as LatLonPt, edge[j + 1] as LatLonPt, t));
    return part;
  };
  const l = take(left);
  const r = take(right);
  return l.length >= 2 ? [...l, ...r.reverse()] : [];
}

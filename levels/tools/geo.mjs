// Small geometry helpers for authoring levels (Node only, not shipped with the game).
// Borders come from Natural Earth via world-atlas; distances are great-circle on a sphere of
// radius 6371.0088 km, as in PLAN-FILE.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
export const EARTH_RADIUS_KM = 6371.0088;

/** ISO alpha-3 → ISO numeric as world-atlas uses it (only the states the levels need). */
export const ISO_NUMERIC = {
  RUS: '643',
  BLR: '112',
  UKR: '804',
  USA: '840',
  GEO: '268',
  AZE: '031',
  KAZ: '398',
  CHN: '156',
  MNG: '496',
  PRK: '408',
  LTU: '440',
  POL: '616',
  LVA: '428',
  EST: '233',
  FIN: '246',
  NOR: '578',
  MDA: '498',
  MEX: '484',
  CAN: '124',
  ROU: '642',
  HUN: '348',
  SVK: '703',
  TUR: '792',
  ARM: '051',
};

let cache;
/** Every state of countries-50m as { iso3?, id, name, polygons: [[ring...]...] } in [lon, lat]. */
export function loadStates() {
  if (cache) return cache;
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const fc = feature(topo, topo.objects.countries);
  const byNumeric = Object.fromEntries(Object.entries(ISO_NUMERIC).map(([a, n]) => [n, a]));
  cache = fc.features.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return { id: f.id, iso3: byNumeric[f.id], name: f.properties.name, polygons: polys, bbox: bboxOf(polys) };
  });
  return cache;
}

export function state(iso3) {
  const s = loadStates().find((x) => x.iso3 === iso3);
  if (!s) throw new Error(`no state ${iso3}`);
  return s;
}

function bboxOf(polys) {
  let [a, b, c, d] = [180, 90, -180, -90];
  for (const p of polys)
    for (const [x, y] of p[0]) {
      a = Math.min(a, x);
      b = Math.min(b, y);
      c = Math.max(c, x);
      d = Math.max(d, y);
    }
  return [a, b, c, d];
}

const rad = (d) => (d * Math.PI) / 180;

/** Great-circle distance in km between [lon, lat] points. */
export function distanceKm([lon1, lat1], [lon2, lat2]) {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Point along the great circle from a to b at fraction t (0..1). */
export function interpolate(a, b, t) {
  const [l1, p1, l2, p2] = [rad(a[0]), rad(a[1]), rad(b[0]), rad(b[1])];
  const d = distanceKm(a, b) / EARTH_RADIUS_KM;
  if (d < 1e-12) return a;
  const A = Math.sin((1 - t) * d) / Math.sin(d);
  const B = Math.sin(t * d) / Math.sin(d);
  const x = A * Math.cos(p1) * Math.cos(l1) + B * Math.cos(p2) * Math.cos(l2);
  const y = A * Math.cos(p1) * Math.sin(l1) + B * Math.cos(p2) * Math.sin(l2);
  const z = A * Math.sin(p1) + B * Math.sin(p2);
  return [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI];
}

function inRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Point-in-(multi)polygon for polygons given as arrays of rings. */
export function inPolygons(pt, polygons) {
  return polygons.some((p) => inRing(pt, p[0]) && !p.slice(1).some((h) => inRing(pt, h)));
}

export function inState(pt, iso3) {
  const s = state(iso3);
  const [a, b, c, d] = s.bbox;
  if (pt[0] < a || pt[0] > c || pt[1] < b || pt[1] > d) return false;
  return inPolygons(pt, s.polygons);
}

/** The state whose land contains the point, or undefined over the sea. */
export function stateAt(pt) {
  return loadStates().find((s) => {
    const [a, b, c, d] = s.bbox;
    return pt[0] >= a && pt[0] <= c && pt[1] >= b && pt[1] <= d && inPolygons(pt, s.polygons);
  });
}

/** Distance from a point to the nearest vertex-sampled edge of the given polygons, km. */
export function distanceToBorderKm(pt, polygons) {
  let best = Infinity;
  for (const p of polygons)
    for (const ring of p)
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (Math.abs(a[1] - pt[1]) > 3 && Math.abs(b[1] - pt[1]) > 3) continue;
        const len = distanceKm(a, b);
        const n = Math.max(1, Math.ceil(len / 1));
        for (let k = 0; k <= n; k++) best = Math.min(best, distanceKm(pt, interpolate(a, b, k / n)));
      }
  return best;
}

/** Distance to a polyline given as [lon, lat] points, km (1 km sampling). */
export function distanceToLineKm(pt, line) {
  return distanceToBorderKm(pt, [[line]]);
}

/** Length of a path in km. */
export function pathKm(points) {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += distanceKm(points[i - 1], points[i]);
  return sum;
}

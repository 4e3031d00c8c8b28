/**
 * Art. VI §II.4: the path may not cross itself at the same point more than once. A point where
 * the path passes k separate times is crossed k − 1 times; "the same point" is within 1 km.
 * Take-off and landing at the airfield are exempt. Legs are great-circle arcs, intersected
 * exactly as unit vectors (no projection, works across the antimeridian).
 */
import { distanceKm, type LatLon } from '../geo';
import { finding } from './codes';
import type { DerivedLeg } from './derived';
import type { Check } from './types';

export const SAME_POINT_KM = 1;
const RAD = Math.PI / 180;
/** Angular tolerance for touching arcs (~6 m). */
const TOUCH_RAD = 1e-6;

type Vec = readonly [number, number, number];

const toVec = (p: LatLon): Vec => {
  const cl = Math.cos(p.lat * RAD);
  return [cl * Math.cos(p.lon * RAD), cl * Math.sin(p.lon * RAD), Math.sin(p.lat * RAD)];
};
const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Vec) => Math.hypot(a[0], a[1], a[2]);
const toLatLon = (v: Vec): LatLon => ({
  lat: Math.asin(Math.max(-1, Math.min(1, v[2]))) / RAD,
  lon: Math.atan2(v[1], v[0]) / RAD,
});

interface Arc {
  leg: DerivedLeg;
  a: Vec;
  b: Vec;
  /** Unit normal of the arc's great circle. */
  n: Vec;
  /** n × a and b × n: p on the circle lies on the arc iff p·na ≥ 0 and p·bn ≥ 0. */
  na: Vec;
  bn: Vec;
}

function toArc(leg: DerivedLeg): Arc | null {
  const a = toVec(leg.from);
  const b = toVec(leg.to);
  const c = cross(a, b);
  const len = norm(c);
  if (len < 1e-12) return null; // zero-length leg (or antipodal: impossible for a flyable leg)
  const n: Vec = [c[0] / len, c[1] / len, c[2] / len];
  return { leg, a, b, n, na: cross(n, a), bn: cross(b, n) };
}

/**
 * Per arc: normalised midpoint (x, y, z) and cos / sin of half its angle, flat. Two arcs can only
 * meet when the angle between their midpoints is at most the sum of their half-angles, i.e.
 * dot(m1, m2) ≥ cos(h1 + h2) = cos h1 cos h2 − sin h1 sin h2: a cheap reject for most pairs.
 */
function reachTable(arcs: readonly Arc[]): Float64Array {
  const t = new Float64Array(arcs.length * 5);
  arcs.forEach((arc, i) => {
    const { a, b } = arc;
    const mx = a[0] + b[0];
    const my = a[1] + b[1];
    const mz = a[2] + b[2];
    const m = Math.hypot(mx, my, mz);
    const cosHalf = m / 2; // |a + b| = 2 cos(θ/2) for unit a, b
    const o = i * 5;
    t[o] = mx / m;
    t[o + 1] = my / m;
    t[o + 2] = mz / m;
    t[o + 3] = cosHalf;
    t[o + 4] = Math.sqrt(Math.max(0, 1 - cosHalf * cosHalf));
  });
  return t;
}

/** p (on the arc's great circle) lies on the arc a→b, within the touch tolerance. */
const onArc = (arc: Arc, px: number, py: number, pz: number) =>
  px * arc.na[0] + py * arc.na[1] + pz * arc.na[2] >= -TOUCH_RAD &&
  px * arc.bn[0] + py * arc.bn[1] + pz * arc.bn[2] >= -TOUCH_RAD;

function intersect(x: Arc, y: Arc): Vec | null {
  const [x0, x1, x2] = x.n;
  const [y0, y1, y2] = y.n;
  const dx = x1 * y2 - x2 * y1;
  const dy = x2 * y0 - x0 * y2;
  const dz = x0 * y1 - x1 * y0;
  const len = Math.sqrt(dx * dx + dy * dy + dz * dz);
  if (len < 1e-12) {
    // Same great circle: overlapping arcs meet at an endpoint of one lying on the other.
    for (const p of [y.a, y.b, x.a]) if (onArc(x, p[0], p[1], p[2]) && onArc(y, p[0], p[1], p[2])) return p;
    return null;
  }
  // The circles meet at ±d/|d|; at most one of the two can lie on both (short) arcs.
  const px = dx / len;
  const py = dy / len;
  const pz = dz / len;
  if (onArc(x, px, py, pz) && onArc(y, px, py, pz)) return [px, py, pz];
  if (onArc(x, -px, -py, -pz) && onArc(y, -px, -py, -pz)) return [-px, -py, -pz];
  return null;
}

interface Crossing {
  at: LatLon;
  legs: [number, number];
}

/** Number of separate passes in a set of leg indexes: consecutive legs form one pass. */
function passes(legs: readonly number[]): number {
  const sorted = [...new Set(legs)].sort((a, b) => a - b);
  let count = 0;
  sorted.forEach((leg, i) => {
    if (i === 0 || leg !== (sorted[i - 1] ?? NaN) + 1) count += 1;
  });
  return count;
}

export const checkRepeatCrossing: Check = (_plan, _ctx, d) => {
  const arcs = d.legs.map(toArc).filter((a): a is Arc => a !== null);
  const ends: LatLon[] = [];
  if (d.start) ends.push({ lat: d.start.lat, lon: d.start.lon });
  if (d.end) ends.push({ lat: d.end.lat, lon: d.end.lon });
  const crossings: Crossing[] = [];
  const reach = reachTable(arcs);
  for (let i = 0; i < arcs.length; i++) {
    const x = arcs[i] as Arc;
    const o = i * 5;
    const mx = reach[o]!;
    const my = reach[o + 1]!;
    const mz = reach[o + 2]!;
    const cx = reach[o + 3]!;
    const sx = reach[o + 4]!;
    for (let j = i + 1; j < arcs.length; j++) {
      const q = j * 5;
      // cos(h1 + h2), loosened by the touch tolerance (sin of it is at most 1e-6).
      const cosSum = cx * reach[q + 3]! - sx * reach[q + 4]! - TOUCH_RAD;
      if (mx * reach[q]! + my * reach[q + 1]! + mz * reach[q + 2]! < cosSum) continue;
      const y = arcs[j] as Arc;
      if (y.leg.index === x.leg.index + 1) continue; // consecutive legs share a waypoint
      const p = intersect(x, y);
      if (!p) continue;
      const at = toLatLon(p);
      if (ends.some((e) => distanceKm(e, at) <= SAME_POINT_KM)) continue; // take-off / landing
      crossings.push({ at, legs: [x.leg.index, y.leg.index] });
    }
  }
  return clusters(crossings).flatMap((cluster) => {
    const legs = cluster.flatMap((c) => c.legs);
    const count = passes(legs);
    if (count < 3) return [];
    const first = cluster[0] as Crossing;
    return [
      finding(
        'route/repeat-crossing',
        { passes: count, crossings: count - 1 },
        { leg: Math.max(...legs), at: first.at },
      ),
    ];
  });
};

/** Groups crossings lying within SAME_POINT_KM of each other (transitively), in input order. */
function clusters(crossings: readonly Crossing[]): Crossing[][] {
  const parent = crossings.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  for (let i = 0; i < crossings.length; i++) {
    for (let j = i + 1; j < crossings.length; j++) {
      const a = crossings[i] as Crossing;
      const b = crossings[j] as Crossing;
      if (distanceKm(a.at, b.at) <= SAME_POINT_KM) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, Crossing[]>();
  crossings.forEach((c, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), c]);
  });
  return [...groups.values()];
}

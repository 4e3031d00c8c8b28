import { describe, expect, it } from 'vitest';
import {
  clipPolyline,
  clipRing,
  dashes,
  flatBBox,
  hatch,
  signedArea2,
  simplify,
} from '../../../src/game/clip';
import { placeLabels } from '../../../src/game/labels';
import { niceScaleKm } from '../../../src/game/scale-bar';
import { stripBetween, sweptStrip, sweptWithGap } from '../../../src/game/flight-geom';

const len = (f: number[]): number => {
  let s = 0;
  for (let i = 0; i + 3 < f.length; i += 2) s += Math.hypot(f[i + 2]! - f[i]!, f[i + 3]! - f[i + 1]!);
  return s;
};

describe('simplify', () => {
  it.each([
    [[0, 0, 0.1, 0, 0.2, 0, 5, 0], 1, [0, 0, 5, 0]],
    [[0, 0, 2, 0, 4, 0], 1, [0, 0, 2, 0, 4, 0]],
    [[0, 0, 1, 1], 10, [0, 0, 1, 1]],
  ])('%j at tolerance %d → %j', (input, tol, out) => {
    expect(simplify(input, tol)).toEqual(out);
  });
});

describe('clipPolyline', () => {
  it.each([
    ['inside', [1, 1, 5, 5], [[1, 1, 5, 5]]],
    ['outside', [20, 20, 30, 30], []],
    ['crossing', [-5, 5, 15, 5], [[0, 5, 10, 5]]],
    ['out, in, out', [-5, 5, 5, 5, 5, 15], [[0, 5, 5, 5, 5, 10]]],
    [
      'leaves and comes back',
      [2, 2, 2, 20, 8, 20, 8, 2],
      [
        [2, 2, 2, 10],
        [8, 10, 8, 2],
      ],
    ],
  ])('%s', (_n, line, runs) => {
    expect(clipPolyline(line, [0, 0, 10, 10])).toEqual(runs);
  });
});

describe('clipRing', () => {
  it('a square half outside keeps the inside half', () => {
    const r = clipRing([-5, 0, 5, 0, 5, 10, -5, 10], [0, 0, 10, 10]);
    expect(Math.abs(signedArea2(r)) / 2).toBeCloseTo(50, 9);
    expect(flatBBox(r)).toEqual([0, 0, 5, 10]);
  });
  it('a ring entirely outside comes back empty', () => {
    expect(clipRing([20, 20, 30, 20, 30, 30], [0, 0, 10, 10])).toEqual([]);
  });
});

describe('dashes', () => {
  it('splits a 100-long line into 10-on/5-off dashes of total length 70', () => {
    const d = dashes([0, 0, 100, 0], 10, 5);
    expect(d).toHaveLength(7);
    expect(d.reduce((s, x) => s + len(x), 0)).toBeCloseTo(70, 9);
    expect(d[1]![0]).toBeCloseTo(15, 9);
  });
  it('carries the dash phase across vertices', () => {
    const d = dashes([0, 0, 6, 0, 6, 8], 10, 5);
    expect(len(d[0]!)).toBeCloseTo(10, 9);
  });
});

describe('hatch', () => {
  it('hatch lines stay inside the polygon and cover it evenly', () => {
    const square = [0, 0, 100, 0, 100, 100, 0, 100];
    const segs = hatch([square], 10);
    expect(segs.length).toBeGreaterThan(10);
    for (const [x0, y0, x1, y1] of segs)
      for (const v of [x0, y0, x1, y1]) {
        expect(v).toBeGreaterThanOrEqual(-1e-9);
        expect(v).toBeLessThanOrEqual(100 + 1e-9);
      }
    // 45° lines 10 apart over a 100×100 square: total length ≈ area / spacing.
    const total = segs.reduce((s, [a, b, c, d]) => s + Math.hypot(c - a, d - b), 0);
    expect(total).toBeGreaterThan(900);
    expect(total).toBeLessThan(1100);
  });
  it('a hole is left unhatched (even-odd)', () => {
    const outer = [0, 0, 100, 0, 100, 100, 0, 100];
    const hole = [40, 40, 60, 40, 60, 60, 40, 60];
    for (const [a, b, c, d] of hatch([outer, hole], 5)) {
      const mx = (a + c) / 2;
      const my = (b + d) / 2;
      expect(mx > 41 && mx < 59 && my > 41 && my < 59).toBe(false);
    }
  });
});

describe('placeLabels', () => {
  it('labels avoid each other and every marker', () => {
    const req = [
      { x: 100, y: 100, width: 80, height: 16 },
      { x: 110, y: 100, width: 80, height: 16 },
      { x: 300, y: 100, width: 80, height: 16 },
    ];
    const spots = placeLabels(req, 8, 4);
    // The first label would cover the second marker on its right: it goes left.
    expect(spots[0]).toEqual({ x: 12, y: 92, shown: true });
    expect(spots[2]).toEqual({ x: 308, y: 92, shown: true });
    const boxes = spots.map((s, i) => [s.x, s.y, s.x + req[i]!.width, s.y + req[i]!.height] as const);
    const hit = (a: readonly number[], b: readonly number[]) =>
      a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(hit(boxes[i]!, boxes[j]!)).toBe(false);
      for (const m of req) expect(hit(boxes[i]!, [m.x - 4, m.y - 4, m.x + 4, m.y + 4])).toBe(false);
    }
  });
  it('a label with no free side is left out rather than drawn over another', () => {
    const crowd = Array.from({ length: 6 }, () => ({ x: 100, y: 100, width: 60, height: 16 }));
    const spots = placeLabels(crowd, 8, 4);
    expect(spots.filter((s) => s.shown)).toHaveLength(4);
  });
});

describe('niceScaleKm', () => {
  it.each([
    [10, 140, 1000],
    [3, 140, 200],
    [0.01, 140, 1],
  ])('%f km/px, at most %d px → %d km', (kmPerPx, maxPx, km) => {
    const s = niceScaleKm(kmPerPx, maxPx)!;
    expect(s.km).toBe(km);
    expect(s.px).toBeLessThanOrEqual(maxPx);
  });
  it('no scale for a degenerate input', () => {
    expect(niceScaleKm(0, 100)).toBeNull();
  });
});

describe('sweptStrip', () => {
  const strip = [
    { lat: 0, lon: 0 },
    { lat: 0, lon: 1 },
    { lat: 0, lon: 2 },
    { lat: 1, lon: 2 },
    { lat: 1, lon: 1 },
    { lat: 1, lon: 0 },
  ];
  it.each([
    [0, 0],
    [1, 6],
    [0.5, 4],
    [0.75, 6],
  ])('fraction %f → %d points', (f, n) => {
    expect(sweptStrip(strip, f)).toHaveLength(n);
  });
  it('half-way ends at the middle of both edges', () => {
    const s = sweptStrip(strip, 0.5);
    expect(s[1]).toEqual({ lat: 0, lon: 1 });
    expect(s[2]).toEqual({ lat: 1, lon: 1 });
  });
});

describe('stripBetween and sweptWithGap (sensors off while deviating)', () => {
  const strip = [
    { lat: 0, lon: 0 },
    { lat: 0, lon: 1 },
    { lat: 0, lon: 2 },
    { lat: 1, lon: 2 },
    { lat: 1, lon: 1 },
    { lat: 1, lon: 0 },
  ];
  const lons = (ring: { lon: number }[]) => ring.map((p) => p.lon);
  it.each<[number, number, number[]]>([
    [0, 1, [0, 1, 2, 2, 1, 0]],
    [0.25, 0.75, [0.5, 1, 1.5, 1.5, 1, 0.5]],
    [0.5, 1, [1, 2, 2, 1]],
    [0.1, 0.2, [0.2, 0.4, 0.4, 0.2]],
    [0.6, 0.6, []],
    [0.8, 0.3, []],
  ])('between %f and %f', (a, b, expected) => {
    const ring = stripBetween(strip, a, b);
    expect(lons(ring).map((x) => Math.round(x * 1e9) / 1e9)).toEqual(expected);
    // Left edge (lat 0) first, then the right edge (lat 1) back.
    if (ring.length) expect(ring[0]!.lat).toBe(0);
    if (ring.length) expect(ring[ring.length - 1]!.lat).toBe(1);
  });
  it.each<[string, number, { from: number; to: number } | null, number[][]]>([
    ['no gap', 0.75, null, [[0, 1, 1.5, 1.5, 1, 0]]],
    ['a gap ahead of the aircraft changes nothing yet', 0.25, { from: 0.5, to: 0.75 }, [[0, 0.5, 0.5, 0]]],
    ['inside the gap: only the part before it', 0.6, { from: 0.5, to: 0.75 }, [[0, 1, 1, 0]]],
    [
      'past the gap: before and after it',
      1,
      { from: 0.25, to: 0.75 },
      [
        [0, 0.5, 0.5, 0],
        [1.5, 2, 2, 1.5],
      ],
    ],
    ['a gap from before the leg', 1, { from: -0.5, to: 0.5 }, [[1, 2, 2, 1]]],
  ])('%s', (_name, f, off, expected) => {
    expect(sweptWithGap(strip, f, off).map(lons)).toEqual(expected);
  });
});

describe('placeLabels with obstacles', () => {
  it('a label never covers an obstacle (a waypoint handle)', () => {
    const [spot] = placeLabels([{ x: 100, y: 100, width: 50, height: 10 }], 5, 2, [[104, 90, 130, 110]]);
    expect(spot).toEqual({ x: 45, y: 95, shown: true });
  });
  it('with obstacles on every side the label still shows (covering one) rather than vanish', () => {
    const [spot] = placeLabels([{ x: 100, y: 100, width: 50, height: 10 }], 5, 2, [[0, 0, 200, 200]]);
    expect(spot).toEqual({ x: 105, y: 95, shown: true });
  });
});

describe('placeLabels within bounds', () => {
  it('near the right edge a label goes to the left of its point instead of being cut', () => {
    const [spot] = placeLabels([{ x: 390, y: 100, width: 60, height: 10 }], 5, 2, [], [0, 0, 400, 300]);
    expect(spot).toEqual({ x: 325, y: 95, shown: true });
  });
  it('when nothing fits inside, it is still placed (cut) rather than dropped', () => {
    const [spot] = placeLabels([{ x: 5, y: 5, width: 600, height: 10 }], 5, 2, [], [0, 0, 400, 300]);
    expect(spot!.shown).toBe(true);
  });
});

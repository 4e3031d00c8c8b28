import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as turf from '@turf/turf';
import { buildAreaIndex, buildLineIndex, distanceKm, interpolate, type LatLon } from '../../../src/rules/geo';
import { KM_PER_DEG } from '../../../src/rules/geo/planar';
import type { LonLat, PolygonRings } from '../../../src/world/types';

fc.configureGlobal({ seed: 20260302, numRuns: 300 });

const square = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** A 2°×2° square at the equator with a 1°×1° hole in the middle, plus an island. */
const DONUT: PolygonRings[] = [[square(0, 0, 2, 2), square(0.5, 0.5, 1.5, 1.5)], [square(5, 5, 6, 6)]];

/** A concave star with 40 spikes (many edges per grid cell, non-convex). */
function star(cx: number, cy: number, spikes: number, rIn: number, rOut: number): LonLat[] {
  const ring: LonLat[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const r = i % 2 === 0 ? rOut : rIn;
    const a = (Math.PI * i) / spikes;
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}
/** Short edges, as in the atlas (≤ ~3 km), so great-circle and lon/lat-straight edges agree. */
function densifyRing(ring: LonLat[], parts: number): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1]!;
    const [x2, y2] = ring[i]!;
    for (let k = 0; k < parts; k++) out.push([x1 + ((x2 - x1) * k) / parts, y1 + ((y2 - y1) * k) / parts]);
  }
  out.push(ring[0]!);
  return out;
}
const STAR = densifyRing(star(30, 50, 40, 1, 3), 10);

describe('AreaIndex.contains', () => {
  const area = buildAreaIndex(DONUT);
  it.each([
    [0.25, 0.25, true],
    [1, 1, false], // in the hole
    [1.75, 1.2, true],
    [5.5, 5.5, true],
    [3, 3, false],
    [-0.1, 1, false],
    [1, 2.01, false],
  ])('(lon %d, lat %d) → %s', (lon, lat, inside) => {
    expect(area.contains({ lat, lon })).toBe(inside);
  });

  it('has the bbox of its outer rings', () => {
    expect(area.bbox).toEqual([0, 0, 6, 6]);
  });

  it('agrees with turf on a concave star (property)', () => {
    const idx = buildAreaIndex([[STAR]]);
    const poly = turf.polygon([STAR as [number, number][]]);
    fc.assert(
      fc.property(
        fc.double({ min: 26.5, max: 33.5, noNaN: true }),
        fc.double({ min: 46.5, max: 53.5, noNaN: true }),
        (lon, lat) => {
          expect(idx.contains({ lat, lon })).toBe(turf.booleanPointInPolygon([lon, lat], poly));
        },
      ),
    );
  });
});

describe('boundary distances', () => {
  // A 4°-wide strip whose western edge is the meridian 0 (lat -2..2).
  const strip = buildAreaIndex([[square(0, -2, 4, 2)]]);
  const west = (km: number): LatLon => ({ lat: 0, lon: -km / KM_PER_DEG });

  it.each([1, 9.9, 10.1, 22])('point %d km off the edge', (km) => {
    expect(strip.distanceToBoundaryKm(west(km), 30)).toBeCloseTo(km, 3);
  });

  it('is Infinity beyond the limit', () => {
    expect(strip.distanceToBoundaryKm(west(10.1), 10)).toBe(Infinity);
    expect(strip.distanceToBoundaryKm({ lat: 40, lon: 40 }, 100)).toBe(Infinity);
  });

  it.each([
    [9.8, 9.8],
    [10.2, Infinity],
  ])('a leg grazing the edge %d km away → %s within 10 km', (km, expected) => {
    const lon = -km / KM_PER_DEG;
    const d = strip.legDistanceToBoundaryKm({ lat: -1.5, lon }, { lat: 1.5, lon }, 10);
    if (expected === Infinity) expect(d).toBe(Infinity);
    else expect(d).toBeCloseTo(expected, 2);
  });

  it('is 0 for a leg that crosses the boundary', () => {
    expect(strip.legDistanceToBoundaryKm({ lat: 0, lon: -1 }, { lat: 0, lon: 1 }, 10)).toBe(0);
  });

  it('matches turf for points near a concave star', () => {
    const idx = buildAreaIndex([[STAR]]);
    const line = turf.polygonToLine(turf.polygon([STAR as [number, number][]]));
    for (const [lon, lat] of [
      [33.2, 50.1],
      [30.2, 51.2],
      [28.5, 48.9],
    ] as [number, number][]) {
      const ref = turf.pointToLineDistance([lon, lat], line as never, { units: 'kilometers' });
      expect(Math.abs(idx.distanceToBoundaryKm({ lat, lon }, 200) - ref)).toBeLessThan(0.01 * ref + 0.05);
    }
  });
});

describe('legLengthInsideKm and firstPointInside', () => {
  const area = buildAreaIndex(DONUT);
  const deg = KM_PER_DEG; // one degree of the equator

  it.each([
    ['crosses the square and its hole', { lat: 0.25, lon: -1 }, { lat: 0.25, lon: 3 }, 2 * deg],
    ['through the hole', { lat: 1, lon: -1 }, { lat: 1, lon: 3 }, 1 * deg],
    ['starts inside', { lat: 0.25, lon: 1 }, { lat: 0.25, lon: 3 }, 1 * deg],
    ['misses', { lat: 3, lon: -1 }, { lat: 3, lon: 3 }, 0],
  ])('%s', (_n, a, b, km) => {
    expect(area.legLengthInsideKm(a, b)).toBeCloseTo(km, 0);
  });

  it('agrees with sampling by turf on the star (property)', () => {
    const idx = buildAreaIndex([[STAR]]);
    const poly = turf.polygon([STAR as [number, number][]]);
    fc.assert(
      fc.property(
        fc.double({ min: 26, max: 34, noNaN: true }),
        fc.double({ min: 46, max: 54, noNaN: true }),
        fc.double({ min: 26, max: 34, noNaN: true }),
        fc.double({ min: 46, max: 54, noNaN: true }),
        (x1, y1, x2, y2) => {
          const a = { lat: y1, lon: x1 };
          const b = { lat: y2, lon: x2 };
          const total = distanceKm(a, b);
          const n = 1000;
          let inside = 0;
          let changes = 0;
          let last: boolean | null = null;
          for (let i = 0; i < n; i++) {
            const p = interpolate(a, b, (i + 0.5) / n);
            const now = turf.booleanPointInPolygon([p.lon, p.lat], poly);
            if (now) inside++;
            if (last !== null && now !== last) changes++;
            last = now;
          }
          // Sampling along the great circle is off by at most one sample step per crossing.
          const tolerance = ((changes + 1) * total) / n + 0.5;
          expect(Math.abs(idx.legLengthInsideKm(a, b) - (inside / n) * total)).toBeLessThan(tolerance);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the first point inside on the boundary', () => {
    const p = area.firstPointInside({ lat: 0.25, lon: -1 }, { lat: 0.25, lon: 3 });
    expect(p).not.toBeNull();
    expect(p!.lon).toBeCloseTo(0, 6);
    expect(p!.lat).toBeCloseTo(0.25, 3);
    expect(area.firstPointInside({ lat: 3, lon: -1 }, { lat: 3, lon: 3 })).toBeNull();
    const start = { lat: 1.8, lon: 1.8 };
    expect(area.firstPointInside(start, { lat: 3, lon: 3 })).toEqual(start);
  });
});

describe('antimeridian', () => {
  // Like Natural Earth's Chukotka: one island cut at ±180 into two polygons.
  const cut = buildAreaIndex([[square(178, 65, 180, 67)], [square(-180, 65, -178, 67)]]);
  // Like world-atlas: the same island stitched, its ring jumping from +180 to -180.
  const stitched = buildAreaIndex([
    [
      [
        [178, 65],
        [-178, 65],
        [-178, 67],
        [178, 67],
        [178, 65],
      ],
    ],
  ]);
  const a = { lat: 66, lon: 177 };
  const b = { lat: 66, lon: -177 };

  it.each([
    ['cut', cut],
    ['stitched', stitched],
  ])('%s: contains on both sides, leg inside length, first point', (_n, area) => {
    expect(area.contains({ lat: 66, lon: 179.5 })).toBe(true);
    expect(area.contains({ lat: 66, lon: -179.5 })).toBe(true);
    expect(area.contains({ lat: 66, lon: 177.5 })).toBe(false);
    const total = distanceKm(a, b);
    const inside = area.legLengthInsideKm(a, b);
    // 4 of the 6 degrees of longitude; the great circle bulges north but stays inside.
    expect(inside / total).toBeGreaterThan(0.64);
    expect(inside / total).toBeLessThan(0.69);
    const first = area.firstPointInside(a, b)!;
    expect(first.lon).toBeCloseTo(178, 1);
  });

  it.each([
    ['cut', cut],
    ['stitched', stitched],
  ])('%s: the ±180 cut is not a boundary', (_n, area) => {
    expect(area.distanceToBoundaryKm({ lat: 66, lon: 180 }, 20)).toBe(Infinity);
    expect(area.legDistanceToBoundaryKm({ lat: 65.8, lon: 179.8 }, { lat: 66.2, lon: -179.8 }, 20)).toBe(
      Infinity,
    );
    // The real eastern coast at -178 is found across the antimeridian from the west side.
    expect(area.distanceToBoundaryKm({ lat: 66, lon: -177.9 }, 20)).toBeCloseTo(
      distanceKm({ lat: 66, lon: -177.9 }, { lat: 66, lon: -178 }),
      2,
    );
  });
});

describe('LineIndex', () => {
  // A border section along the parallel 43° N from 40° E to 42° E.
  const line = buildLineIndex([
    [
      [40, 43],
      [41, 43],
      [42, 43],
    ],
  ]);
  const north = (km: number) => 43 + km / KM_PER_DEG;

  it.each([
    [5, 5],
    [9.9, 9.9],
    [10.1, Infinity],
  ])('leg parallel %d km north → %s within 10 km', (km, expected) => {
    const d = line.legDistanceKm({ lat: north(km), lon: 40.5 }, { lat: north(km), lon: 41.5 }, 10);
    if (expected === Infinity) expect(d).toBe(Infinity);
    else expect(d).toBeCloseTo(expected, 1);
  });

  it('point distance, and 0 for a crossing leg', () => {
    expect(line.distanceKm({ lat: north(3), lon: 41 }, 10)).toBeCloseTo(3, 3);
    expect(line.distanceKm({ lat: 43, lon: 45 }, 10)).toBe(Infinity);
    expect(line.legDistanceKm({ lat: 42.5, lon: 41 }, { lat: 43.5, lon: 41 }, 10)).toBe(0);
  });
});

describe('empty inputs', () => {
  it('an area without polygons contains nothing and has no boundary', () => {
    const empty = buildAreaIndex([]);
    const a = { lat: 10, lon: 10 };
    const b = { lat: 11, lon: 12 };
    expect(empty.contains(a)).toBe(false);
    expect(empty.distanceToBoundaryKm(a, 1000)).toBe(Infinity);
    expect(empty.legDistanceToBoundaryKm(a, b, 1000)).toBe(Infinity);
    expect(empty.legLengthInsideKm(a, b)).toBe(0);
    expect(empty.firstPointInside(a, b)).toBeNull();
  });

  it('a line without points is never near', () => {
    const none = buildLineIndex([]);
    expect(none.distanceKm({ lat: 0, lon: 0 }, 100)).toBe(Infinity);
    expect(none.legDistanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 1 }, 100)).toBe(Infinity);
  });

  it('a zero-length leg inside counts no length but is inside', () => {
    const area = buildAreaIndex(DONUT);
    const p = { lat: 0.25, lon: 0.25 };
    expect(area.legLengthInsideKm(p, p)).toBe(0);
    expect(area.firstPointInside(p, p)).toEqual(p);
  });
});

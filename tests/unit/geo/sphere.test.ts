import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as turf from '@turf/turf';
import {
  EARTH_RADIUS_KM,
  TERRITORIAL_SEA_KM,
  densify,
  distanceKm,
  interpolate,
  routeLengthKm,
  type LatLon,
} from '../../../src/rules/geo';
import { polygonsAreaKm2, ringAreaKm2, wrapLon } from '../../../src/rules/geo/sphere';

fc.configureGlobal({ seed: 20260301, numRuns: 200 });

const latLon = fc.record({
  lat: fc.double({ min: -89, max: 89, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

const KUBINKA = { lat: 55.608, lon: 36.653 };
const VORKUTA = { lat: 67.483, lon: 63.983 };
const MAGADAN = { lat: 59.902, lon: 150.05 };
const DULLES = { lat: 38.943, lon: -77.457 };
const TRAVIS = { lat: 38.263, lon: -121.93 };

describe('constants', () => {
  it('uses the FACTS radius and 12 nmi', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(TERRITORIAL_SEA_KM).toBeCloseTo(12 * 1.852, 9);
  });
});

describe('distanceKm', () => {
  // Reference: turf.distance (haversine, same 6371.0088 km radius) and closed forms.
  const cases: [string, LatLon, LatLon, number][] = [
    ['one degree of the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 1 }, (Math.PI * EARTH_RADIUS_KM) / 180],
    ['equator to pole', { lat: 0, lon: 10 }, { lat: 90, lon: 10 }, (Math.PI * EARTH_RADIUS_KM) / 2],
    ['antipodes', { lat: 0, lon: 0 }, { lat: 0, lon: 180 }, Math.PI * EARTH_RADIUS_KM],
    [
      'across the antimeridian',
      { lat: 0, lon: 179.5 },
      { lat: 0, lon: -179.5 },
      (Math.PI * EARTH_RADIUS_KM) / 180,
    ],
    ['same point', KUBINKA, KUBINKA, 0],
  ];
  it.each(cases)('%s', (_name, a, b, km) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, 6);
  });

  it.each([
    ['Kubinka → Vorkuta', KUBINKA, VORKUTA, 1900],
    ['Kubinka → Magadan', KUBINKA, MAGADAN, 5700],
    ['Dulles → Travis', DULLES, TRAVIS, 3800],
  ] as [string, LatLon, LatLon, number][])('%s matches turf and the rough figure', (_n, a, b, rough) => {
    const ref = turf.distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
    expect(distanceKm(a, b)).toBeCloseTo(ref, 6);
    expect(Math.abs(distanceKm(a, b) - rough) / rough).toBeLessThan(0.05);
  });

  it('is symmetric, non-negative and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(latLon, latLon, latLon, (a, b, c) => {
        const ab = distanceKm(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(Math.abs(ab - distanceKm(b, a))).toBeLessThan(1e-9);
        expect(distanceKm(a, c)).toBeLessThanOrEqual(ab + distanceKm(b, c) + 1e-6);
      }),
    );
  });
});

describe('interpolate', () => {
  it('returns the endpoints at t = 0 and t = 1', () => {
    fc.assert(
      fc.property(latLon, latLon, (a, b) => {
        expect(interpolate(a, b, 0)).toEqual(a);
        expect(interpolate(a, b, 1)).toEqual(b);
      }),
    );
  });

  it('moves along the great circle: distances add up', () => {
    fc.assert(
      fc.property(latLon, latLon, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        const total = distanceKm(a, b);
        fc.pre(total < 19000);
        const p = interpolate(a, b, t);
        expect(distanceKm(a, p)).toBeCloseTo(t * total, 3);
        expect(distanceKm(p, b)).toBeCloseTo((1 - t) * total, 3);
      }),
    );
  });

  it('matches turf along a long leg', () => {
    const mid = interpolate(KUBINKA, MAGADAN, 0.5);
    const ref = turf.along(
      turf.greatCircle([KUBINKA.lon, KUBINKA.lat], [MAGADAN.lon, MAGADAN.lat], { npoints: 2001 }) as never,
      distanceKm(KUBINKA, MAGADAN) / 2,
      { units: 'kilometers' },
    ).geometry.coordinates;
    expect(distanceKm(mid, { lat: ref[1]!, lon: ref[0]! })).toBeLessThan(1);
  });

  it('keeps longitudes in [-180, 180] across the antimeridian', () => {
    const p = interpolate({ lat: 65, lon: 170 }, { lat: 65, lon: -170 }, 0.5);
    expect(Math.abs(p.lon)).toBeGreaterThan(179);
    expect(p.lon).toBeLessThanOrEqual(180);
    expect(p.lat).toBeGreaterThan(65); // great circles bulge poleward
  });
});

describe('densify', () => {
  it.each([
    [KUBINKA, VORKUTA, 50],
    [DULLES, TRAVIS, 100],
    [KUBINKA, { lat: 55.7, lon: 36.7 }, 50],
  ])('from %o to %o in steps ≤ %d km', (a, b, step) => {
    const pts = densify(a, b, step);
    expect(pts[0]).toEqual(a);
    expect(pts[pts.length - 1]).toEqual(b);
    expect(pts.length).toBe(Math.max(2, Math.ceil(distanceKm(a, b) / step) + 1));
    for (let i = 1; i < pts.length; i++)
      expect(distanceKm(pts[i - 1]!, pts[i]!)).toBeLessThanOrEqual(step + 1e-6);
    expect(routeLengthKm(pts)).toBeCloseTo(distanceKm(a, b), 6);
  });

  it('never loses length (property)', () => {
    fc.assert(
      fc.property(latLon, latLon, fc.integer({ min: 5, max: 500 }), (a, b, step) => {
        fc.pre(distanceKm(a, b) < 19000);
        expect(routeLengthKm(densify(a, b, step))).toBeCloseTo(distanceKm(a, b), 4);
      }),
    );
  });
});

describe('routeLengthKm', () => {
  it('sums legs and is 0 for fewer than two points', () => {
    expect(routeLengthKm([])).toBe(0);
    expect(routeLengthKm([KUBINKA])).toBe(0);
    expect(routeLengthKm([KUBINKA, VORKUTA, KUBINKA])).toBeCloseTo(2 * distanceKm(KUBINKA, VORKUTA), 9);
  });
  it('is the same reversed (property)', () => {
    fc.assert(
      fc.property(fc.array(latLon, { minLength: 2, maxLength: 8 }), (pts) => {
        expect(routeLengthKm([...pts].reverse())).toBeCloseTo(routeLengthKm(pts), 6);
      }),
    );
  });
});

describe('areas and longitudes', () => {
  it.each([
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
    [
      [
        [20, 54],
        [23, 54.2],
        [22, 55.5],
        [19.5, 55],
        [20, 54],
      ],
    ],
  ] as [number, number][][][])('ring area matches turf', (ring) => {
    const ref = turf.area(turf.polygon([ring])) / 1e6;
    expect(ringAreaKm2(ring as never)).toBeCloseTo(ref, 3);
  });

  it('subtracts holes', () => {
    const outer: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const hole: [number, number][] = [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.5, 1.5],
      [0.5, 1.5],
      [0.5, 0.5],
    ];
    expect(polygonsAreaKm2([[outer, hole]])).toBeCloseTo(ringAreaKm2(outer) - ringAreaKm2(hole), 6);
  });

  it.each([
    [190, -170],
    [-190, 170],
    [540, 180],
    [45, 45],
    [-180, -180],
  ])('wrapLon(%d) = %d', (lon, wrapped) => {
    expect(wrapLon(lon)).toBe(wrapped);
  });
});

describe('antipodes', () => {
  it('interpolates between antipodes without NaN', () => {
    const p = interpolate({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }, 0.5);
    expect(Number.isFinite(p.lat) && Number.isFinite(p.lon)).toBe(true);
    expect(distanceKm({ lat: 0, lon: 0 }, p)).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 2, 3);
  });
});

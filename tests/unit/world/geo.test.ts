import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as turf from '@turf/turf';
import { AIRFIELDS, kaliningradPolygons } from '../../../src/world';
import { loadWorldNode } from '../../../src/world/load-node';
import { buildAreaIndex, distanceKm, interpolate, worldIndex, type LatLon } from '../../../src/rules/geo';
import { KM_PER_DEG } from '../../../src/rules/geo/planar';
import { polygonsAreaKm2 } from '../../../src/rules/geo/sphere';

fc.configureGlobal({ seed: 20260303 });

const world = loadWorldNode(2017);
const index = worldIndex(world);

describe('world geometry', () => {
  it('keys states by alpha-3, merges treaty territories, and boxes every polygon', () => {
    expect(world.states.size).toBeGreaterThan(200);
    expect(world.states.get('DNK')!.parts).toEqual(['DNK', 'FRO', 'GRL']);
    expect(world.states.get('FIN')!.parts).toEqual(['FIN', 'ALA']);
    expect(world.states.has('GRL')).toBe(false);
    for (const s of world.states.values()) {
      const [x0, y0, x1, y1] = s.bbox;
      for (const rings of s.polygons) {
        for (const [x, y] of rings[0]!) {
          expect(x >= x0 && x <= x1 && y >= y0 && y <= y1).toBe(true);
        }
      }
    }
  });

  it('gives the same world object per year and one index for all years', () => {
    expect(loadWorldNode(2017)).toBe(world);
    expect(worldIndex(loadWorldNode(2022))).toBe(index);
    expect(loadWorldNode(2022).parties.has('RUS')).toBe(false);
  });
});

describe('stateAt', () => {
  it.each([
    ['Moscow', 55.756, 37.617, 'RUS'],
    ['Kyiv', 50.45, 30.523, 'UKR'],
    ['Minsk', 53.9, 27.567, 'BLR'],
    ['Tbilisi', 41.716, 44.783, 'GEO'],
    ['Almaty', 43.238, 76.889, 'KAZ'],
    ['Paris', 48.857, 2.352, 'FRA'],
    ['Washington', 38.907, -77.037, 'USA'],
    ['Honolulu', 21.307, -157.858, 'USA'],
    ['Kaliningrad city', 54.71, 20.51, 'RUS'],
    ['Vilnius', 54.687, 25.28, 'LTU'],
    ['Ulaanbaatar', 47.886, 106.906, 'MNG'],
    ['Pyongyang', 39.039, 125.763, 'PRK'],
    ['Baku', 40.409, 49.867, 'AZE'],
    ['Anadyr, Chukotka', 64.73, 177.5, null], // on the estuary at 1:50m
    ['Chukotka east of 180°', 66.5, -175, 'RUS'],
    ['Greenland ice sheet', 72, -40, 'DNK'],
    ['North Atlantic', 40, -40, null],
    ['Black Sea', 43, 34, null],
  ])('%s → %s', (_name, lat, lon, code) => {
    expect(worldIndex(world).stateAt({ lat, lon })).toBe(code);
  });
});

describe('stateAt agrees with the states themselves', () => {
  it('finds the one state whose land holds a random point, or none (property)', () => {
    const areas = [...world.states.keys()].map((code) => [code, index.state(code)!] as const);
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 80, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (lat, lon) => {
          const holders = areas.filter(([, area]) => area.contains({ lat, lon })).map(([code]) => code);
          expect(holders.length).toBeLessThanOrEqual(1);
          expect(index.stateAt({ lat, lon })).toBe(holders[0] ?? null);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('knows no territory of an unknown code', () => {
    expect(index.state('XXX')).toBeUndefined();
    expect(index.inTerritory('XXX', { lat: 55.75, lon: 37.6 })).toBe(false);
  });
});

describe('Kaliningrad oblast', () => {
  const polygons = kaliningradPolygons(world);
  it('is found, west of Lithuania, about 15,100 km²', () => {
    expect(polygons.length).toBeGreaterThan(0);
    const area = polygonsAreaKm2(polygons);
    expect(Math.abs(area - 15100) / 15100).toBeLessThan(0.15);
    const turfArea = turf.area(turf.multiPolygon(polygons as unknown as number[][][][])) / 1e6;
    expect(area).toBeCloseTo(turfArea, -1);
    for (const rings of polygons) for (const [x] of rings[0]!) expect(x).toBeLessThan(23);
  });

  it('measures a leg across it like turf does', () => {
    const zone = buildAreaIndex(polygons);
    const ref = turf.multiPolygon(polygons as unknown as number[][][][]);
    const a = { lat: 55.2, lon: 19.3 }; // Baltic Sea
    const b = { lat: 54.45, lon: 23.4 }; // Lithuania
    const total = distanceKm(a, b);
    const n = 4000;
    let inside = 0;
    let changes = 0;
    let last: boolean | null = null;
    for (let i = 0; i < n; i++) {
      const p = interpolate(a, b, (i + 0.5) / n);
      const now = turf.booleanPointInPolygon([p.lon, p.lat], ref);
      if (now) inside++;
      if (last !== null && now !== last) changes++;
      last = now;
    }
    const km = zone.legLengthInsideKm(a, b);
    expect(km).toBeGreaterThan(100);
    expect(Math.abs(km - (inside / n) * total)).toBeLessThan(((changes + 1) * total) / n + 0.5);
  });
});

/** Offsets a point by km along a unit direction (east, north) on a local plane. */
function offset(p: LatLon, east: number, north: number, km: number): LatLon {
  return {
    lat: p.lat + (north * km) / KM_PER_DEG,
    lon: p.lon + (east * km) / (KM_PER_DEG * Math.cos((p.lat * Math.PI) / 180)),
  };
}

describe('the Russia–Kazakhstan border (a non-party neighbour)', () => {
  // The nearest border point N to a point P0 inside Russia; points on the segment N→P0 lie at
  // exactly their distance from N from the border (turf finds N, independently of our index).
  const kaz = world.states.get('KAZ')!;
  const outline = turf.polygonToLine(turf.multiPolygon(kaz.polygons as unknown as number[][][][]));
  const lines = (outline.type === 'FeatureCollection' ? outline.features : [outline]) as never[];
  const p0 = { lat: 51.6, lon: 58.5 };
  let best = { km: Infinity, lon: 0, lat: 0 };
  for (const line of lines) {
    const n = turf.nearestPointOnLine(line, [p0.lon, p0.lat], { units: 'kilometers' });
    if (n.properties.dist! < best.km)
      best = { km: n.properties.dist!, lon: n.geometry.coordinates[0]!, lat: n.geometry.coordinates[1]! };
  }
  const nearest = { lat: best.lat, lon: best.lon };
  const kx = Math.cos((nearest.lat * Math.PI) / 180);
  const dx = (p0.lon - nearest.lon) * kx;
  const dy = p0.lat - nearest.lat;
  const len = Math.hypot(dx, dy);
  const at = (km: number) => offset(nearest, dx / len, dy / len, km);
  const area = index.state('KAZ')!;

  it('starts from a point in Russia well away from the border', () => {
    expect(index.stateAt(p0)).toBe('RUS');
    expect(best.km).toBeGreaterThan(15);
  });

  it.each([5, 9.8, 10.2, 14])('a point %d km off has that distance to the border', (km) => {
    expect(area.distanceToBoundaryKm(at(km), 20)).toBeCloseTo(km, 1);
  });

  it.each([
    [9.8, true],
    [10.2, false],
  ])('a leg whose closest approach is %d km: within 10 km = %s', (km, within) => {
    const leg: [LatLon, LatLon] = [at(km + 40), at(km)];
    const d = area.legDistanceToBoundaryKm(leg[0], leg[1], 10);
    if (within) expect(d).toBeCloseTo(km, 1);
    else expect(d).toBe(Infinity);
    expect(index.statesNear(leg[0], leg[1], 10, world.parties)).toEqual(within ? ['KAZ'] : []);
  });

  it('counts Kazakh land near the border as Kazakh, not Russian territorial sea', () => {
    const inKaz = at(-5);
    expect(index.stateAt(inKaz)).toBe('KAZ');
    expect(index.inTerritory('RUS', inKaz)).toBe(false);
    expect(index.inTerritory('KAZ', inKaz)).toBe(true);
  });
});

describe('territory and crossings', () => {
  it.each(AIRFIELDS.map((a) => [a.id, a.party, a.lat, a.lon] as const))(
    '%s lies in the territory of %s',
    (_id, party, lat, lon) => {
      expect(index.inTerritory(party, { lat, lon })).toBe(true);
    },
  );

  it.each([
    ['~19 km off Oahu', 21.4, -158.4, true],
    ['~34 km off Oahu', 21.4, -158.55, false],
  ])('%s: in US territorial sea = %s', (_n, lat, lon, inside) => {
    expect(index.stateAt({ lat, lon })).toBeNull();
    expect(index.inTerritory('USA', { lat, lon })).toBe(inside);
  });

  it.each([
    [
      'Kubinka → Kaliningrad',
      { lat: 55.608, lon: 36.653 },
      { lat: 54.71, lon: 20.51 },
      ['RUS'],
      ['BLR', 'LTU'],
    ],
    [
      'Kubinka → Kaliningrad, group',
      { lat: 55.608, lon: 36.653 },
      { lat: 54.71, lon: 20.51 },
      ['RUS', 'BLR'],
      ['LTU'],
    ],
    ['Moscow → Kazan', { lat: 55.75, lon: 37.6 }, { lat: 55.8, lon: 49.1 }, ['RUS'], []],
    ['Chukotka → Alaska over 180°', { lat: 66.2, lon: 178 }, { lat: 65.6, lon: -165 }, ['RUS'], ['USA']],
  ])('%s crosses %j', (_n, a, b, exclude, crossed) => {
    expect(index.statesCrossed(a, b, new Set(exclude))).toEqual(crossed);
  });

  it('measures an antimeridian leg over Chukotka wholly inside Russia', () => {
    const a = { lat: 66.5, lon: 175 };
    const b = { lat: 66.5, lon: -175 };
    const russia = index.state('RUS')!;
    expect(russia.legLengthInsideKm(a, b)).toBeCloseTo(distanceKm(a, b), 3);
    expect(russia.firstPointInside(a, b)).toEqual(a);
    // The ±180° cut is no coast: the closest boundary is a real one, the same as sampling finds.
    expect(russia.distanceToBoundaryKm({ lat: 66.5, lon: 180 }, 60)).toBeGreaterThan(30);
    let sampled = Infinity;
    for (let i = 0; i <= 400; i++)
      sampled = Math.min(sampled, russia.distanceToBoundaryKm(interpolate(a, b, i / 400), 60));
    const leg = russia.legDistanceToBoundaryKm(a, b, 60);
    expect(leg).toBeLessThanOrEqual(sampled + 1e-9);
    expect(leg).toBeGreaterThan(sampled - 1.2); // samples are 1.1 km apart
    expect(index.statesCrossed(a, b, new Set(['RUS']))).toEqual([]);
  });
});

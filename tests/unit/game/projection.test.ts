import { describe, expect, it } from 'vitest';
import { loadTopologyNode } from '../../../src/world/load-node';
import { asCountriesTopology, hostPolygons } from '../../../src/game/map-data';
import {
  chooseParallels,
  createMapProjection,
  lonLat,
  mainPolygons,
  type MapBounds,
} from '../../../src/game/projection';
import { fitView, mapToScreen, screenToMap } from '../../../src/game/view';
import { groupTerritory } from '../../../src/game/subject';
import { AIRFIELDS } from '../../../src/world';

const topology = asCountriesTopology(loadTopologyNode());
if (!topology) throw new Error('world-atlas topology did not load');

function projectionFor(host: string) {
  return createMapProjection({ polygons: hostPolygons(topology!, new Set(groupTerritory(host))) });
}

const inside = (b: MapBounds, x: number, y: number): boolean =>
  x >= b[0][0] - 1e-6 && x <= b[1][0] + 1e-6 && y >= b[0][1] - 1e-6 && y <= b[1][1] + 1e-6;

describe('chooseParallels', () => {
  it.each([
    [[20, 40, 60, 70], 45, 65],
    [[-125, 24, -66, 50], 28.33, 45.67],
    [[0, -40, 10, -10], -35, -15],
  ] as const)('bbox %j → parallels at 1/6 and 5/6 of the latitude span', (bbox, p1, p2) => {
    const [a, b] = chooseParallels(bbox);
    expect(a).toBeCloseTo(p1, 1);
    expect(b).toBeCloseTo(p2, 1);
  });

  it('never returns parallels symmetric about the equator (a degenerate conic)', () => {
    const [a, b] = chooseParallels([0, -10, 10, 10]);
    expect(Math.abs(a + b)).toBeGreaterThanOrEqual(1);
  });
});

describe('map projection fitted to the observed party', () => {
  it.each([
    ['RUS', 37.6, 55.75],
    ['USA', -77.04, 38.9],
    ['UKR', 30.52, 50.45],
    ['GBR', -0.13, 51.51],
    ['USA', -149.9, 61.2],
  ])('%s: lon/lat → map px → lon/lat round-trips (%f, %f)', (host, lon, lat) => {
    const p = projectionFor(host);
    const px = p.toMap(lonLat(lon, lat));
    expect(Number.isFinite(px.x)).toBe(true);
    const back = p.toLonLat(px);
    expect(back[0]).toBeCloseTo(lon, 6);
    expect(back[1]).toBeCloseTo(lat, 6);
  });

  it.each(['RUS', 'USA', 'UKR', 'DEU', 'CAN', 'TUR'])(
    '%s: every Open Skies airfield of the party lies inside the pan limits',
    (host) => {
      const p = projectionFor(host);
      for (const a of AIRFIELDS.filter((x) => x.party === host)) {
        const px = p.toMap(lonLat(a.lon, a.lat));
        expect(inside(p.allBounds, px.x, px.y), `${a.id}`).toBe(true);
      }
    },
  );

  it('USA: the initial fit is the contiguous states; Alaska and Hawaii stay reachable by panning', () => {
    const p = projectionFor('USA');
    const anchorage = p.toMap(lonLat(-149.9, 61.2));
    const honolulu = p.toMap(lonLat(-157.86, 21.31));
    const kansas = p.toMap(lonLat(-98, 39));
    expect(inside(p.fitBounds, kansas.x, kansas.y)).toBe(true);
    expect(inside(p.fitBounds, anchorage.x, anchorage.y)).toBe(false);
    expect(inside(p.allBounds, anchorage.x, anchorage.y)).toBe(true);
    expect(inside(p.allBounds, honolulu.x, honolulu.y)).toBe(true);
  });

  it('Russia across the antimeridian: central meridian in Siberia, north up, Moscow west of Magadan', () => {
    const p = projectionFor('RUS');
    const moscow = p.toMap(lonLat(37.6, 55.75));
    const magadan = p.toMap(lonLat(150.8, 59.56));
    const north = p.toMap(lonLat(100, 75));
    const south = p.toMap(lonLat(100, 50));
    expect(moscow.x).toBeLessThan(magadan.x);
    expect(north.y).toBeLessThan(south.y);
    const w = p.fitBounds[1][0] - p.fitBounds[0][0];
    const h = p.fitBounds[1][1] - p.fitBounds[0][1];
    expect(w).toBeGreaterThan(h); // a wide country stays wide
  });

  it('the fitted view keeps the whole main territory on screen at several window sizes', () => {
    const p = projectionFor('RUS');
    for (const [w, h] of [
      [1280, 800],
      [667, 375],
      [3840, 2160],
    ] as const) {
      const v = fitView(p.fitBounds, w, h, 40);
      const tl = mapToScreen(v, { x: p.fitBounds[0][0], y: p.fitBounds[0][1] } as never);
      const br = mapToScreen(v, { x: p.fitBounds[1][0], y: p.fitBounds[1][1] } as never);
      expect(tl.x).toBeGreaterThanOrEqual(-1e-6);
      expect(tl.y).toBeGreaterThanOrEqual(-1e-6);
      expect(br.x).toBeLessThanOrEqual(w + 1e-6);
      expect(br.y).toBeLessThanOrEqual(h + 1e-6);
      const c = screenToMap(v, { x: w / 2, y: h / 2 } as never);
      expect(c.x).toBeCloseTo((p.fitBounds[0][0] + p.fitBounds[1][0]) / 2, 6);
    }
  });
});

describe('mainPolygons', () => {
  it('keeps the largest polygon and its neighbours, leaves out far-off parts', () => {
    const square = (lon: number, lat: number, d: number) => [
      [
        [lon, lat],
        [lon, lat + d],
        [lon + d, lat + d],
        [lon + d, lat],
        [lon, lat],
      ] as [number, number][],
    ];
    const big = square(0, 40, 20);
    const near = square(21, 45, 1);
    const far = square(-150, 10, 2);
    const kept = mainPolygons([near, big, far]);
    expect(kept).toContain(big);
    expect(kept).toContain(near);
    expect(kept).not.toContain(far);
  });
});

describe('cachedBaseGeometry', () => {
  it('gives back the same geometry for the same party (in any order) and builds another for another party', async () => {
    const { cachedBaseGeometry } = await import('../../../src/game/map-data');
    const a = cachedBaseGeometry(topology!, new Set(['RUS', 'BLR']));
    const b = cachedBaseGeometry(topology!, new Set(['BLR', 'RUS']));
    const c = cachedBaseGeometry(topology!, new Set(['UKR']));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(a.land.some((l) => l.host && l.iso3 === 'BLR')).toBe(true);
    expect(c.land.filter((l) => l.host).map((l) => l.iso3)).toEqual(['UKR']);
  });
});

describe('buildBaseGeometry projects the atlas without resampling', () => {
  it('draws the same borders and coasts as the resampling projection, and leaves its precision as it was', async () => {
    const { buildBaseGeometry } = await import('../../../src/game/map-data');
    const { projectGeo } = await import('../../../src/game/project-geo');
    const { mesh } = await import('topojson-client');
    const base = buildBaseGeometry(topology!, new Set(['UKR']));
    const precision = base.projection.d3.precision();
    expect(precision).toBeCloseTo(0.2, 9);
    const countries = topology!.objects.countries;
    // base.projection resamples (precision 0.2): its lines are what d3 would draw with it.
    const borders = projectGeo(
      base.projection,
      mesh(topology!, countries, (a, b) => a !== b),
    ).lines;
    const coast = projectGeo(
      base.projection,
      mesh(topology!, countries, (a, b) => a === b),
    ).lines;
    expect(base.borders).toEqual(borders);
    expect(base.coast).toEqual(coast);
    expect(base.borders.length).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createForecast, CLOUDY_THRESHOLD } from '../../../src/rules/sim/weather';
import { forecastSummary, routePointsOfVerdict } from '../../../src/rules/sim/forecast';
import { distanceKm } from '../../../src/rules/geo/sphere';
import { KUBINKA, makeVerdict } from './fixtures';

const ARRIVAL = '2017-06-21T06:00:00Z';
const REGION = [30, 50, 60, 62] as const;

function cloudyShare(cover: number, seed: number): number {
  const f = createForecast({ cloudCover: cover, seed }, ARRIVAL);
  let n = 0;
  let cloudy = 0;
  for (let lat = 45; lat <= 65; lat += 0.5)
    for (let lon = 30; lon <= 90; lon += 0.5)
      for (const t of [0, 40, 80]) {
        n++;
        if (f.isCloudy(lat, lon, t)) cloudy++;
      }
  return cloudy / n;
}

describe('weather', () => {
  it('is deterministic: same seed gives the same sky, another seed another', () => {
    const a = createForecast({ cloudCover: 0.5, seed: 11 }, ARRIVAL);
    const b = createForecast({ cloudCover: 0.5, seed: 11 }, ARRIVAL);
    const c = createForecast({ cloudCover: 0.5, seed: 12 }, ARRIVAL);
    expect(JSON.stringify(a.cellsIn(REGION, 30))).toBe(JSON.stringify(b.cellsIn(REGION, 30)));
    expect(JSON.stringify(a.cellsIn(REGION, 30))).not.toBe(JSON.stringify(c.cellsIn(REGION, 30)));
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 96, noNaN: true }),
        (lat, lon, t) => {
          const v = a.cloudAt(lat, lon, t);
          expect(v).toBe(b.cloudAt(lat, lon, t));
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it.each([0.1, 0.3, 0.5, 0.7, 0.9])('covers about %s of the ground when cloudCover is that', (cover) => {
    const share = (cloudyShare(cover, 1) + cloudyShare(cover, 2)) / 2;
    expect(Math.abs(share - cover)).toBeLessThan(0.07);
  });

  it('has a clear sky everywhere when cloudCover is 0', () => {
    const f = createForecast({ cloudCover: 0, seed: 5 }, ARRIVAL);
    for (let lat = -80; lat <= 80; lat += 10)
      for (let lon = -180; lon < 180; lon += 15) expect(f.cloudAt(lat, lon, 20)).toBe(0);
    expect(f.cellsIn(REGION, 20)).toEqual([]);
  });

  it('moves cells with their stated drift and keeps cloudAt consistent with the cells', () => {
    const f = createForecast({ cloudCover: 0.6, seed: 21 }, ARRIVAL);
    const now = f.cellsIn(REGION, 30);
    const later = new Map(f.cellsIn(REGION, 32).map((c) => [c.id, c]));
    let checked = 0;
    for (const cell of now) {
      const next = later.get(cell.id);
      if (!next) continue;
      const speed = Math.hypot(cell.driftEastKmh, cell.driftNorthKmh);
      expect(speed).toBeGreaterThan(5);
      expect(speed).toBeLessThan(80);
      expect(distanceKm(cell, next) / 2).toBeCloseTo(speed, -0.5);
      if (cell.intensity > 0.9) {
        // The core of a mature cell is cloudy, and its density is at least the cell's own.
        expect(f.cloudAt(cell.lat, cell.lon, 30)).toBeGreaterThanOrEqual(cell.intensity - 1e-9);
        expect(f.isCloudy(cell.lat, cell.lon, 30)).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('lists every cell of a sub-area when asked for a whole large region (Russia-wide box)', () => {
    const f = createForecast({ cloudCover: 0.5, seed: 13 }, ARRIVAL);
    const big = new Set(f.cellsIn([19, 41, 180, 78], 50).map((c) => c.id));
    for (const sub of [
      [19, 41, 25, 45],
      [170, 70, 180, 78],
      [100, 60, 110, 65],
      [19, 72, 30, 78],
    ] as const) {
      const cells = f.cellsIn(sub, 50);
      for (const c of cells) expect(big.has(c.id), `${c.id} in ${sub.join(',')}`).toBe(true);
    }
    expect(big.size).toBeGreaterThan(100);
  });

  it('changes over time: the sky at one place is not frozen', () => {
    const f = createForecast({ cloudCover: 0.5, seed: 3 }, ARRIVAL);
    let changed = 0;
    for (let lon = 30; lon <= 60; lon += 1) if (f.isCloudy(55, lon, 0) !== f.isCloudy(55, lon, 24)) changed++;
    expect(changed).toBeGreaterThan(3);
  });

  it('works across the antimeridian (Chukotka) without gaps', () => {
    const f = createForecast({ cloudCover: 0.5, seed: 8 }, ARRIVAL);
    const west = f.cloudAt(65, 179.999, 10);
    const east = f.cloudAt(65, -179.999, 10);
    expect(Math.abs(west - east)).toBeLessThan(0.05);
  });
});

describe('forecast summary', () => {
  const verdict = makeVerdict([
    { lat: 54.7, lon: 20.5 },
    { lat: 59.9, lon: 30.3 },
  ]);
  const route = routePointsOfVerdict(verdict);

  it('samples the route airfield to airfield', () => {
    expect(route[0]).toEqual(KUBINKA);
    expect(route[route.length - 1]).toEqual(KUBINKA);
    expect(route).toHaveLength(4);
  });

  it('gives 16 six-hour slots over the 96-hour window with shares in [0, 1]', () => {
    const slots = forecastSummary(createForecast({ cloudCover: 0.5, seed: 4 }, ARRIVAL), route);
    expect(slots).toHaveLength(16);
    expect(slots.map((s) => s.fromH)).toEqual(Array.from({ length: 16 }, (_, i) => i * 6));
    for (const s of slots) {
      for (const v of [s.cloudShare, s.meanCloud, s.daylightShare]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(new Set(slots.map((s) => s.cloudShare.toFixed(3))).size).toBeGreaterThan(1);
  });

  it('follows the sun: midday slots are light, the slot around midnight is dark (June, western Russia)', () => {
    const slots = forecastSummary(createForecast({ cloudCover: 0, seed: 4 }, ARRIVAL), route);
    // Arrival 06:00 UTC: slot 0 is 06–12 UTC (morning to early afternoon in Moscow).
    expect(slots[0]!.daylightShare).toBe(1);
    // Slot 2 is 18–24 UTC (21:00–03:00 in Moscow): sun below 5° all along the route.
    expect(slots[2]!.daylightShare).toBeLessThan(0.1);
    // Slot 3 is 00–06 UTC: the sun is back up after the short midsummer night.
    expect(slots[3]!.daylightShare).toBeGreaterThan(0.5);
    expect(slots.every((s) => s.cloudShare === 0 && s.meanCloud === 0)).toBe(true);
  });

  it('reports the sky it is given: overcast everywhere means cloudShare 1', () => {
    const overcast = {
      ...createForecast({ cloudCover: 0, seed: 1 }, ARRIVAL),
      cloudAt: () => 1,
      isCloudy: () => true,
    };
    const slots = forecastSummary(overcast, route);
    expect(slots.every((s) => s.cloudShare === 1 && s.meanCloud === 1)).toBe(true);
    expect(CLOUDY_THRESHOLD).toBeLessThanOrEqual(1);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateFlight } from '../../../src/rules/sim/flight';
import { positionAt } from '../../../src/rules/sim/position';
import { sweptStrip } from '../../../src/rules/sim/footprint';
import { createForecast } from '../../../src/rules/sim/weather';
import { distanceKm } from '../../../src/rules/geo/sphere';
import type { SensorKind } from '../../../src/rules/types';
import {
  finding,
  KUBINKA,
  makeLevel,
  makePlan,
  makeTarget,
  makeVerdict,
  squareZone,
  type PointSpec,
} from './fixtures';
import { DAY_H, fly, sky } from './flight-helpers';

describe('simulateFlight', () => {
  const route: PointSpec[] = [
    { lat: 55.6, lon: 40.0, altitudeM: 1200, sensors: ['optical', 'infrared'] },
    { lat: 57.0, lon: 39.0, altitudeM: 3000, sensors: ['optical'] },
  ];

  it('is byte-identical for the same inputs and seed (real weather)', () => {
    const targets = [makeTarget('a', 55.62, 38.3), makeTarget('b', 56.3, 39.5, { resolutionNeededM: 3 })];
    const level = makeLevel({ targets, weather: { cloudCover: 0.5, seed: 9 } });
    const verdict = makeVerdict(route);
    const run = () =>
      JSON.stringify(
        simulateFlight(makePlan(route), verdict, level, undefined, { takeoffAfterArrivalH: 26, seed: 77 }),
      );
    expect(run()).toBe(run());
    const other = JSON.stringify(
      simulateFlight(makePlan(route), verdict, level, undefined, { takeoffAfterArrivalH: 26, seed: 78 }),
    );
    expect(other).not.toBe(run());
  });

  it('stays on the ground when the verdict holds a violation', () => {
    const verdict = makeVerdict(route, [finding('route/too-long', 'violation', 'Art. VI §II.4(A)')]);
    const level = makeLevel({ targets: [makeTarget('a', 55.62, 38.3)] });
    const r = simulateFlight(makePlan(route), verdict, level, undefined, {
      takeoffAfterArrivalH: 26,
      seed: 1,
    });
    expect(r.status).toBe('grounded');
    expect(r.groundedBy).toEqual(['route/too-long']);
    expect(r.samples).toEqual([]);
    expect(r.captures).toEqual([]);
    expect(r.misses).toEqual([]);
    expect(r.remarks).toEqual([]);
  });

  it('times the flight from take-off to landing with the verdict leg durations', () => {
    const verdict = makeVerdict(route);
    const r = fly(route);
    expect(r.takeoffAfterArrivalH).toBe(DAY_H);
    expect(r.durationH).toBeCloseTo(verdict.flightDurationH, 9);
    expect(r.landingAfterArrivalH).toBeCloseTo(DAY_H + verdict.flightDurationH, 9);
    expect(r.legStartsH).toHaveLength(3);
    const first = r.samples[0]!;
    const last = r.samples[r.samples.length - 1]!;
    expect(distanceKm(first, KUBINKA)).toBeLessThan(1e-6);
    expect(distanceKm(last, KUBINKA)).toBeLessThan(1e-6);
    for (let i = 1; i < r.samples.length; i++) expect(r.samples[i]!.tH).toBeGreaterThan(r.samples[i - 1]!.tH);
  });

  it('draws one footprint strip per active sensor and leg, as wide as the swath', () => {
    const r = fly(route);
    expect(r.strips.map((s) => [s.leg, s.sensor])).toEqual([
      [0, 'optical'],
      [0, 'infrared'],
      [1, 'optical'],
    ]);
    for (const strip of r.strips) {
      const n = strip.polygon.length / 2;
      // Left edge start and right edge start (the last point of the ring) are a swath apart.
      expect(distanceKm(strip.polygon[0]!, strip.polygon[strip.polygon.length - 1]!)).toBeCloseTo(
        strip.swathKm,
        1,
      );
      expect(distanceKm(strip.polygon[n - 1]!, strip.polygon[n]!)).toBeCloseTo(strip.swathKm, 1);
    }
    expect(r.strips[0]!.swathKm).toBeCloseTo(6, 9);
  });

  it('sweeps each strip with the aircraft: empty before its leg, growing, whole after', () => {
    const r = fly(route);
    const strip = r.strips[0]!;
    const start = r.legStartsH[0]!;
    const end = r.legStartsH[1]!;
    expect(sweptStrip(r, strip, start - 0.1)).toEqual([]);
    expect(sweptStrip(r, strip, end + 0.1)).toBe(strip.polygon);
    let previousKm = 0;
    for (const f of [0.1, 0.35, 0.5, 0.8, 0.99]) {
      const tH = start + f * (end - start);
      const swept = sweptStrip(r, strip, tH);
      const half = swept.length / 2;
      // The leading edge runs across the track at the aircraft, a swath wide.
      const lead = [swept[half - 1]!, swept[half]!];
      expect(distanceKm(lead[0]!, lead[1]!)).toBeCloseTo(strip.swathKm, 0);
      const mid = { lat: (lead[0]!.lat + lead[1]!.lat) / 2, lon: (lead[0]!.lon + lead[1]!.lon) / 2 };
      expect(distanceKm(mid, positionAt(r, tH)!)).toBeLessThan(0.5);
      const sweptKm = distanceKm(swept[0]!, lead[0]!);
      expect(sweptKm).toBeGreaterThan(previousKm);
      previousKm = sweptKm;
    }
  });

  it('gives the heading of flight: east on the first leg, north-west on the second', () => {
    const r = fly(route);
    const onFirst = positionAt(r, r.legStartsH[0]! + 0.1)!;
    const onSecond = positionAt(r, r.legStartsH[1]! + 0.1)!;
    expect(onFirst.headingDeg).toBeGreaterThan(80);
    expect(onFirst.headingDeg).toBeLessThan(100);
    expect(onSecond.headingDeg).toBeGreaterThan(315);
    expect(onSecond.headingDeg).toBeLessThan(360);
  });

  it('interpolates positions continuously and matches the samples', () => {
    const r = fly(route);
    fc.assert(
      fc.property(fc.double({ min: DAY_H - 1, max: DAY_H + 4, noNaN: true }), (t) => {
        const a = positionAt(r, t)!;
        const b = positionAt(r, t + 1 / 600)!; // 6 seconds later
        // 750 km/h for 6 s is 1.25 km.
        expect(distanceKm(a, b)).toBeLessThan(1.3);
      }),
      { seed: 3, numRuns: 300 },
    );
    for (const s of r.samples) expect(distanceKm(positionAt(r, s.tH)!, s)).toBeLessThan(1e-6);
    expect(positionAt(r, 0)!.onGround).toBe(true);
    expect(positionAt(r, DAY_H + 0.5)!.onGround).toBe(false);
    expect(positionAt({ samples: [] }, 10)).toBeNull();
  });

  it('has the escort speak at take-off, zone entry, target passes, deviation and landing', () => {
    const zone = squareZone('ex-1', 'exercise', 55.6, 39.0, 0.2, { activeFromH: 0, activeToH: 96 });
    const level = makeLevel({
      zones: [zone],
      targets: [makeTarget('depot', 55.62, 38.3)],
      hostBehaviour: { yieldsToProtest: [], deviationRequest: { afterTakeoffH: 0.2, reason: 'weather' } },
    });
    const r = simulateFlight(makePlan(route), makeVerdict(route), level, undefined, {
      takeoffAfterArrivalH: DAY_H,
      seed: 5,
      forecast: sky(0),
    });
    const keys = r.remarks.map((x) => x.key);
    expect(keys[0]).toBe('escort.takeoff');
    expect(keys[keys.length - 1]).toBe('escort.landing');
    expect(keys).toContain('escort.entering-zone');
    expect(keys).toContain('escort.passing-target');
    expect(keys).toContain('escort.deviation-request');
    for (let i = 1; i < r.remarks.length; i++)
      expect(r.remarks[i]!.tH).toBeGreaterThanOrEqual(r.remarks[i - 1]!.tH);
    expect(r.zoneEntries.map((z) => [z.zoneId, z.leg, z.active])).toEqual([['ex-1', 0, true]]);
    expect(r.deviationRequest).toMatchObject({
      afterTakeoffH: 0.2,
      tH: DAY_H + 0.2,
      leg: 0,
      reason: 'weather',
      basis: 'Art. VIII §II',
    });
    for (const remark of r.remarks) expect(remark.variant).toBeGreaterThanOrEqual(0);
  });

  it('makes no deviation request when the level has none or the flight is shorter', () => {
    expect(fly(route).deviationRequest).toBeNull();
    const level = makeLevel({
      hostBehaviour: { yieldsToProtest: [], deviationRequest: { afterTakeoffH: 50, reason: 'x' } },
    });
    const r = simulateFlight(makePlan(route), makeVerdict(route), level, undefined, {
      takeoffAfterArrivalH: 26,
      seed: 1,
      forecast: sky(0),
    });
    expect(r.deviationRequest).toBeNull();
  });

  it('never throws and stays deterministic on random routes (property)', () => {
    const point = fc.record({
      lat: fc.double({ min: 50, max: 65, noNaN: true }),
      lon: fc.double({ min: 30, max: 60, noNaN: true }),
      altitudeM: fc.integer({ min: 900, max: 12000 }),
      sensors: fc.subarray<SensorKind>(['optical', 'video', 'infrared', 'sar']),
    });
    const level = makeLevel({
      targets: [makeTarget('a', 55.62, 38.3)],
      weather: { cloudCover: 0.4, seed: 2 },
    });
    const forecast = createForecast(level.weather, level.arrivalUtc);
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 6 }), fc.integer(), (pts, seed) => {
        const verdict = makeVerdict(pts);
        const go = () =>
          JSON.stringify(
            simulateFlight(makePlan(pts), verdict, level, undefined, {
              takeoffAfterArrivalH: 30,
              seed,
              forecast,
            }),
          );
        expect(go()).toBe(go());
      }),
      { seed: 11, numRuns: 40 },
    );
  });
});

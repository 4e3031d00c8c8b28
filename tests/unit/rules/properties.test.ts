/** Property tests (fixed seed): determinism, distance additivity and reversal, no throw, pure edits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeLengthKm } from '../../../src/rules/geo';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import * as edits from '../../../src/rules/edits';
import type { Plan, RulesContext } from '../../../src/rules/types';
import { loadWorldNode } from '../../../src/world/load-node';
import { testContext } from '../../fixtures/rules/synthetic-world';
import { SENSOR_KINDS } from '../../../src/world/types';

fc.configureGlobal({ seed: 42 });

const waypointArb = (lat: fc.Arbitrary<number>, lon: fc.Arbitrary<number>) =>
  fc.record({
    lat,
    lon,
    altitudeM: fc.double({ min: 1, max: 15_000, noNaN: true }),
    sensors: fc.subarray([...SENSOR_KINDS]),
  });

const timelineArb = fc.record({
  noticeH: fc.double({ min: 0, max: 1000, noNaN: true }),
  submitAfterArrivalH: fc.double({ min: 0.01, max: 1000, noNaN: true }),
  takeoffAfterSubmitH: fc.double({ min: 0, max: 1000, noNaN: true }),
});

/** Any plan the schema accepts, with airfields and aircraft known and unknown. */
const planArb = (
  lat: fc.Arbitrary<number>,
  lon: fc.Arbitrary<number>,
  airfields: string[],
  aircraft: string[],
) =>
  fc
    .record(
      {
        format: fc.constant('open-skies-plan' as const),
        version: fc.constant(1 as const),
        level: fc.constant('test-level'),
        airfield: fc.constantFrom(...airfields),
        endAirfield: fc.constantFrom(...airfields),
        aircraft: fc.constantFrom(...aircraft),
        waypoints: fc.array(waypointArb(lat, lon), { maxLength: 8 }),
        timeline: timelineArb,
      },
      { requiredKeys: ['format', 'version', 'level', 'airfield', 'waypoints'] },
    )
    .map((p) => p as Plan);

const localPlan = planArb(
  fc.double({ min: -6, max: 12, noNaN: true }),
  fc.double({ min: -11, max: 13, noNaN: true }),
  ['alpha', 'bravo', 'delta', 'charlie', 'refuel', 'nowhere'],
  ['test-jet', 'small-plane', 'no-such-plane'],
);
const globalPlan = planArb(
  fc.double({ min: -90, max: 90, noNaN: true }),
  fc.double({ min: -180, max: 180, noNaN: true }),
  ['kubinka', 'magadan', 'elmendorf', 'nowhere'],
  ['oc-135b', 'tu-214on', 'no-such-plane'],
);

const ctx = testContext();
const realCtx: RulesContext = {
  ...testContext({
    host: 'RUS',
    hostTerritory: ['BLR'],
    aircraft: 'oc-135b',
    airfields: [
      { id: 'kubinka', maxDistanceKm: 5500 },
      { id: 'magadan', maxDistanceKm: 6500 },
    ],
  }),
  world: loadWorldNode(2017),
};

const points = (p: Plan, c: RulesContext) => {
  const start = c.world.airfields.get(p.airfield);
  const end = c.world.airfields.get(p.endAirfield ?? p.airfield);
  return [...(start ? [start] : []), ...p.waypoints, ...(end ? [end] : [])].map((x) => ({
    lat: x.lat,
    lon: x.lon,
  }));
};

describe('validatePlan properties', () => {
  it('generated plans are schema-valid (the premise of the other properties)', () => {
    fc.assert(fc.property(localPlan, (p) => parsePlan(p).ok));
  });

  it('never throws on a schema-valid plan and returns finite numbers (synthetic world)', () => {
    fc.assert(
      fc.property(localPlan, (p) => {
        const v = validatePlan(p, ctx);
        expect(Number.isFinite(v.distanceKm) && Number.isFinite(v.endAfterArrivalH)).toBe(true);
        expect(v.ok).toBe(!v.findings.some((f) => f.severity !== 'notice'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anywhere on the real map (poles, antimeridian, unknown ids)', () => {
    fc.assert(
      fc.property(globalPlan, (p) => {
        const v = validatePlan(p, realCtx);
        expect(Number.isFinite(v.distanceKm)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic: byte-identical JSON for the same plan and context', () => {
    fc.assert(
      fc.property(localPlan, (p) => {
        const copy = JSON.parse(JSON.stringify(p)) as Plan;
        expect(JSON.stringify(validatePlan(copy, ctx))).toBe(JSON.stringify(validatePlan(p, ctx)));
      }),
      { numRuns: 100 },
    );
  });

  it('distance is the sum of the legs and the great-circle length of the route', () => {
    fc.assert(
      fc.property(localPlan, (p) => {
        const v = validatePlan(p, ctx);
        const sum = v.legs.reduce((km, leg) => km + leg.lengthKm, 0);
        expect(v.distanceKm).toBeCloseTo(sum, 6);
        expect(v.distanceKm).toBeCloseTo(routeLengthKm(points(p, ctx)), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('distance does not change when the route is flown in reverse', () => {
    fc.assert(
      fc.property(localPlan, (p) => {
        const reversed: Plan = {
          ...p,
          airfield: p.endAirfield ?? p.airfield,
          endAirfield: p.airfield,
          waypoints: [...p.waypoints].reverse(),
        };
        expect(validatePlan(reversed, ctx).distanceKm).toBeCloseTo(validatePlan(p, ctx).distanceKm, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('distance is additive: a waypoint on the great circle between two others adds nothing', () => {
    fc.assert(
      fc.property(localPlan, fc.nat(), (p, k) => {
        if (p.waypoints.length < 2) return;
        const leg = 1 + (k % (p.waypoints.length - 1));
        const split = edits.insertWaypoint(p, leg);
        expect(split.waypoints).toHaveLength(p.waypoints.length + 1);
        expect(validatePlan(split, ctx).distanceKm).toBeCloseTo(validatePlan(p, ctx).distanceKm, 6);
      }),
      { numRuns: 200 },
    );
  });
});

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}

const editArb = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    lat: fc.double({ min: -100, max: 100, noNaN: true }),
    lon: fc.double({ min: -200, max: 200, noNaN: true }),
  }),
  fc.record({ op: fc.constant('insert' as const), i: fc.integer({ min: -1, max: 10 }) }),
  fc.record({
    op: fc.constant('move' as const),
    i: fc.integer({ min: -1, max: 10 }),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  fc.record({ op: fc.constant('delete' as const), i: fc.integer({ min: -1, max: 10 }) }),
  fc.record({
    op: fc.constant('altitude' as const),
    i: fc.integer({ min: -1, max: 10 }),
    m: fc.double({ min: -100, max: 20_000 }),
  }),
  fc.record({
    op: fc.constant('sensors' as const),
    i: fc.integer({ min: -1, max: 10 }),
    s: fc.subarray([...SENSOR_KINDS]),
  }),
  fc.record({ op: fc.constant('timeline' as const), h: fc.double({ min: -10, max: 200 }) }),
  fc.record({ op: fc.constant('end' as const), id: fc.constantFrom('alpha', 'bravo') }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(p: Plan, e: Edit): Plan {
  switch (e.op) {
    case 'add':
      return edits.addWaypoint(p, e);
    case 'insert':
      return edits.insertWaypoint(p, e.i);
    case 'move':
      return edits.moveWaypoint(p, e.i, e);
    case 'delete':
      return edits.deleteWaypoint(p, e.i);
    case 'altitude':
      return edits.setAltitude(p, e.i, e.m);
    case 'sensors':
      return edits.setSensors(p, e.i, e.s);
    case 'timeline':
      return edits.setTimeline(p, { noticeH: e.h });
    case 'end':
      return edits.setEndAirfield(p, e.id);
  }
}

describe('plan edit properties', () => {
  it('never mutate their input, and always give a schema-valid plan', () => {
    fc.assert(
      fc.property(localPlan, fc.array(editArb, { maxLength: 12 }), (p, list) => {
        let plan = deepFreeze(JSON.parse(JSON.stringify(p)) as Plan);
        for (const e of list) {
          const before = JSON.stringify(plan);
          const next = apply(plan, e);
          expect(JSON.stringify(plan)).toBe(before);
          if (JSON.stringify(next) === before) expect(next).toBe(plan);
          expect(parsePlan(next).ok).toBe(true);
          plan = deepFreeze(next);
        }
      }),
      { numRuns: 200 },
    );
  });
});

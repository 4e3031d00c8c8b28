import { describe, expect, it } from 'vitest';
import { reviewPlan } from '../../../src/rules/host/review';
import { applyChanges } from '../../../src/rules/host/changes';
import { inZone } from '../../../src/rules/sim/zones';
import { densify } from '../../../src/rules/geo/sphere';
import type { Finding } from '../../../src/rules/types';
import { finding, makeLevel, makePlan, makeVerdict, squareZone, type PointSpec } from '../sim/fixtures';

const ROUTE: PointSpec[] = [
  { lat: 55.6, lon: 40.0, altitudeM: 3000, sensors: ['optical'] },
  { lat: 57.0, lon: 39.0, altitudeM: 3000, sensors: ['optical'] },
];
const TOO_LONG = finding('route/too-long', 'violation', 'Art. VI §II.4(A)');
const CAP = finding('restriction/distance-cap', 'restriction', 'host practice', { zoneId: 'kgd' });
const EXERCISE = finding('airspace/exercise', 'notice', 'Art. VI §II.5', { zoneId: 'ex', leg: 0 });

describe('reviewPlan: each kind of finding gets the lawful answer', () => {
  it.each<[string, Finding[], string, string[]]>([
    ['nothing → accept', [], 'accept', []],
    ['violation → refuse', [TOO_LONG], 'refuse', ['refusal']],
    ['restriction → demand changes', [CAP], 'demand-changes', ['demand']],
    ['notice → propose changes', [EXERCISE], 'propose-changes', ['proposal']],
    [
      'violation beats restriction and notice',
      [EXERCISE, CAP, TOO_LONG],
      'refuse',
      ['refusal', 'demand', 'proposal'],
    ],
    ['restriction beats notice', [EXERCISE, CAP], 'demand-changes', ['demand', 'proposal']],
  ])('%s', (_name, findings, decision, kinds) => {
    const level = makeLevel({
      zones: [squareZone('ex', 'exercise', 55.6, 39.0, 0.2, { activeFromH: 0, activeToH: 40 })],
    });
    const r = reviewPlan(makeVerdict(ROUTE, findings), level, 1);
    expect(r.decision).toBe(decision);
    expect(r.objections.map((o) => o.kind)).toEqual(kinds);
    expect(r.remark.key).toBe(`host.decision.${decision}`);
  });

  it('lists each refused finding with the article that justifies it', () => {
    const f2 = finding('timeline/early-takeoff', 'violation', 'Art. VI §II.4(E)');
    const r = reviewPlan(makeVerdict(ROUTE, [TOO_LONG, f2]), makeLevel(), 1);
    expect(r.objections.map((o) => [o.code, o.basis, o.lawful, o.ground])).toEqual([
      ['route/too-long', 'Art. VI §II.4(A)', true, 'non-compliant-plan'],
      ['timeline/early-takeoff', 'Art. VI §II.4(E)', true, 'non-compliant-plan'],
    ]);
    expect(r.changes).toEqual([]);
    expect(r.proposedPlan).toBeNull();
  });

  it('marks the host’s own restriction as contested (not lawful)', () => {
    const r = reviewPlan(makeVerdict(ROUTE, [CAP]), makeLevel(), 1);
    expect(r.objections[0]).toMatchObject({
      lawful: false,
      ground: 'host-practice',
      key: 'host.objection.restriction/distance-cap',
    });
  });

  it('answers within the 4 hours of Art. VI §II.6, deterministically from the seed', () => {
    const replies = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const a = reviewPlan(makeVerdict(ROUTE, [EXERCISE]), makeLevel(), seed);
      expect(JSON.stringify(a)).toBe(
        JSON.stringify(reviewPlan(makeVerdict(ROUTE, [EXERCISE]), makeLevel(), seed)),
      );
      expect(a.replyAfterSubmitH).toBeGreaterThanOrEqual(0.5);
      expect(a.replyAfterSubmitH).toBeLessThanOrEqual(4);
      replies.add(a.replyAfterSubmitH);
    }
    expect(replies.size).toBeGreaterThan(3);
  });
});

describe('reviewPlan: concrete changes for notices and restrictions', () => {
  it('moves the take-off after an exercise window and shows it in the proposed plan', () => {
    const zone = squareZone('ex', 'exercise', 55.6, 39.0, 0.2, { activeFromH: 20, activeToH: 40.5 });
    const plan = makePlan(ROUTE);
    const r = reviewPlan(makeVerdict(ROUTE, [EXERCISE], 26), makeLevel({ zones: [zone] }), 1, plan);
    expect(r.changes).toEqual([
      {
        kind: 'takeoff-time',
        code: 'airspace/exercise',
        zoneId: 'ex',
        fromAfterArrivalH: 26,
        toAfterArrivalH: 41,
        deltaH: 15,
      },
    ]);
    expect(r.proposedPlan?.timeline?.takeoffAfterSubmitH).toBe(24 + 15);
    expect(r.proposedPlan?.waypoints).toEqual(plan.waypoints);
    expect(plan.timeline?.takeoffAfterSubmitH).toBe(24); // not mutated
  });

  it('proposes an earlier take-off when the window ends too late but the plan has slack', () => {
    const zone = squareZone('ex', 'exercise', 55.6, 39.0, 0.2, { activeFromH: 60, activeToH: 95.8 });
    const plan = {
      ...makePlan(ROUTE),
      timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 60 },
    };
    const verdict = makeVerdict(ROUTE, [EXERCISE], 62);
    const r = reviewPlan(verdict, makeLevel({ zones: [zone] }), 1, plan);
    const change = r.changes[0]!;
    expect(change.kind).toBe('takeoff-time');
    if (change.kind !== 'takeoff-time') return;
    expect(change.deltaH).toBeLessThan(0);
    expect(change.toAfterArrivalH + verdict.flightDurationH).toBeLessThanOrEqual(60);
    expect(r.proposedPlan!.timeline!.takeoffAfterSubmitH).toBeGreaterThanOrEqual(24);
  });

  it('moves the legs through hazardous airspace above its band', () => {
    const zone = squareZone('hz', 'hazardous', 55.6, 39.0, 0.2, { lowerM: 0, upperM: 6000 });
    const f = finding('airspace/hazardous', 'notice', 'Art. VI §II.2', { zoneId: 'hz', leg: 0 });
    const plan = makePlan(ROUTE);
    const r = reviewPlan(makeVerdict(ROUTE, [f]), makeLevel({ zones: [zone] }), 1, plan);
    expect(r.changes).toEqual([
      {
        kind: 'altitude',
        code: 'airspace/hazardous',
        zoneId: 'hz',
        waypoints: [0],
        fromM: [3000],
        toM: 6300,
      },
    ]);
    expect(r.proposedPlan!.waypoints.map((w) => w.altitudeM)).toEqual([6300, 3000]);
  });

  it('goes under a high band when above it is out of reach and the sensors allow it', () => {
    const zone = squareZone('hz', 'hazardous', 55.6, 39.0, 0.2, { lowerM: 2500, upperM: 15000 });
    const f = finding('airspace/hazardous', 'notice', 'Art. VI §II.2', { zoneId: 'hz', leg: 0 });
    const r = reviewPlan(makeVerdict(ROUTE, [f]), makeLevel({ zones: [zone] }), 1);
    expect(r.changes[0]).toMatchObject({ kind: 'altitude', toM: 2200 });
    // Below the optical minimum (900 m) the host cannot ask: it proposes a detour instead.
    const low = squareZone('hz', 'hazardous', 55.6, 39.0, 0.2, { lowerM: 1000, upperM: 15000 });
    const r2 = reviewPlan(makeVerdict(ROUTE, [f]), makeLevel({ zones: [low] }), 1);
    expect(r2.changes[0]?.kind).toBe('route');
  });

  it('routes around hazardous airspace without a band or window, and the detour avoids it', () => {
    const zone = squareZone('hz', 'hazardous', 55.6, 39.0, 0.2);
    const f = finding('airspace/hazardous', 'notice', 'Art. VI §II.2', { zoneId: 'hz', leg: 0 });
    const plan = makePlan(ROUTE);
    const r = reviewPlan(makeVerdict(ROUTE, [f]), makeLevel({ zones: [zone] }), 1, plan);
    const change = r.changes[0]!;
    expect(change.kind).toBe('route');
    if (change.kind !== 'route') return;
    expect(change.insertAt).toBe(0);
    expect(change.addedKm).toBeGreaterThan(0);
    const wps = r.proposedPlan!.waypoints;
    expect(wps).toHaveLength(3);
    expect(wps[0]).toMatchObject({ ...change.waypoint, altitudeM: 3000, sensors: ['optical'] });
    const start = { lat: 55.608, lon: 36.653 };
    const path = [start, wps[0]!, wps[1]!];
    for (let i = 0; i + 1 < path.length; i++) {
      for (const p of densify(path[i]!, path[i + 1]!, 2)) expect(inZone(zone, p)).toBe(false);
    }
  });

  it('demands flying at the host’s altitude floor', () => {
    const zone = squareZone('msk', 'altitude-floor', 55.6, 39.0, 0.2, { floorM: 4500 });
    const f = finding('restriction/altitude-floor', 'restriction', 'host practice', { zoneId: 'msk' });
    const r = reviewPlan(makeVerdict(ROUTE, [f]), makeLevel({ zones: [zone] }), 1, makePlan(ROUTE));
    expect(r.decision).toBe('demand-changes');
    expect(r.changes).toEqual([
      {
        kind: 'altitude',
        code: 'restriction/altitude-floor',
        zoneId: 'msk',
        waypoints: [0],
        fromM: [3000],
        toM: 4500,
      },
    ]);
  });

  it('gives no concrete change for a distance cap (the player must shorten the route)', () => {
    const r = reviewPlan(makeVerdict(ROUTE, [CAP]), makeLevel(), 1, makePlan(ROUTE));
    expect(r.changes).toEqual([]);
    expect(r.proposedPlan).toBeNull();
  });

  it('applyChanges returns the same plan when there is nothing to change', () => {
    const plan = makePlan(ROUTE);
    expect(applyChanges(plan, [])).toBe(plan);
  });
});

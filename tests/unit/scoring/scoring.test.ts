import { describe, expect, it } from 'vitest';
import {
  scoreMission,
  quotaEntry,
  TRUST,
  PENALTY_POINTS,
  OBJECTIVE_BONUS,
  ALL_OBJECTIVES_BONUS,
} from '../../../src/rules/scoring';
import { reviewPlan } from '../../../src/rules/host/review';
import { protest } from '../../../src/rules/host/protest';
import { simulateFlight } from '../../../src/rules/sim/flight';
import { createForecast } from '../../../src/rules/sim/weather';
import type { Finding, Target } from '../../../src/rules/types';
import { interpolate } from '../../../src/rules/geo/sphere';
import {
  finding,
  KUBINKA,
  makeLevel,
  makePlan,
  makeTarget,
  makeVerdict,
  type PointSpec,
} from '../sim/fixtures';

const ROUTE: PointSpec[] = [{ lat: 55.6, lon: 40.0, altitudeM: 900, sensors: ['optical'] }];
/** Points on (or far from) the Kubinka → (55.6, 40.0) track. */
const ON_TRACK = [0.25, 0.5, 0.75].map((f) => interpolate(KUBINKA, ROUTE[0]!, f));
const FAR = { lat: 60, lon: 30 };
const CAP = finding('restriction/distance-cap', 'restriction', 'host practice', { zoneId: 'kgd' });
const EXERCISE = finding('airspace/exercise', 'notice', 'Art. VI §II.5', { zoneId: 'ex' });

function targetsFrom(spec: { on: boolean; objective: boolean; value: number }[]): Target[] {
  let k = 0;
  return spec.map((s, i) => {
    const p = s.on ? ON_TRACK[k++ % ON_TRACK.length]! : FAR;
    return makeTarget(`t${i}`, p.lat, p.lon, { objective: s.objective, value: s.value });
  });
}

function mission(
  targets: Target[],
  findings: Finding[] = [],
  opts: { yields?: Finding['code'][]; cite?: string } = {},
) {
  const level = makeLevel({ targets, hostBehaviour: { yieldsToProtest: opts.yields ?? [] } });
  const verdict = makeVerdict(ROUTE, findings);
  const response = reviewPlan(verdict, level, 1);
  const protests = opts.cite ? findings.map((f) => protest(response, f.code, opts.cite!, level)) : [];
  const forecast = createForecast({ cloudCover: 0, seed: 1 }, level.arrivalUtc);
  // Once the host is satisfied, the agreed plan (here: the same route, no findings) flies.
  const flight = simulateFlight(makePlan(ROUTE), makeVerdict(ROUTE), level, undefined, {
    takeoffAfterArrivalH: 26,
    seed: 1,
    forecast,
  });
  return { level, response, protests, flight };
}

describe('scoreMission: stars', () => {
  it.each([
    [
      'all objectives, clean',
      [
        { on: true, objective: true, value: 10 },
        { on: true, objective: true, value: 10 },
      ],
      3,
    ],
    [
      'half the objectives',
      [
        { on: true, objective: true, value: 10 },
        { on: false, objective: true, value: 10 },
      ],
      2,
    ],
    [
      'one of three objectives',
      [
        { on: true, objective: true, value: 10 },
        { on: false, objective: true, value: 10 },
        { on: false, objective: true, value: 10 },
      ],
      1,
    ],
    [
      'only a non-objective target',
      [
        { on: true, objective: false, value: 10 },
        { on: false, objective: true, value: 10 },
      ],
      1,
    ],
    ['nothing captured', [{ on: false, objective: true, value: 10 }], 0],
    ['no objectives: by target value, all of it', [{ on: true, objective: false, value: 10 }], 3],
  ])('%s', (_name, spec, stars) => {
    const m = mission(targetsFrom(spec));
    expect(scoreMission({ ...m, protests: [] }).stars).toBe(stars);
  });

  it('an unjustified protest costs the third star', () => {
    const m = mission(targetsFrom([{ on: true, objective: true, value: 10 }]), [CAP], {
      cite: 'Art. VIII §I.5',
    });
    const s = scoreMission(m);
    expect(s.stars).toBe(2);
    expect(s.trust.items.map((i) => i.key)).toEqual(['trust.lawful-flight', 'trust.unjustified-protest']);
  });

  it('no stars when the mission was declined or not flown', () => {
    const m = mission(targetsFrom([{ on: true, objective: true, value: 10 }]));
    expect(scoreMission({ ...m, declined: true }).stars).toBe(0);
    expect(scoreMission({ ...m, flight: null }).stars).toBe(0);
  });
});

describe('scoreMission: points', () => {
  it('adds captured value and objective bonuses and subtracts raised findings', () => {
    const targets = targetsFrom([
      { on: true, objective: true, value: 40 },
      { on: true, objective: false, value: 15 },
      { on: false, objective: false, value: 99 },
    ]);
    const m = mission(targets, [CAP, EXERCISE]);
    const s = scoreMission(m);
    expect(s.capturedValue).toBe(55);
    expect(s.objectivesCaptured).toBe(1);
    expect(s.objectivesBonus).toBe(OBJECTIVE_BONUS + ALL_OBJECTIVES_BONUS);
    expect(s.penalties.map((p) => p.code)).toEqual(['restriction/distance-cap', 'airspace/exercise']);
    expect(s.penaltyPoints).toBe(PENALTY_POINTS.restriction + PENALTY_POINTS.notice);
    expect(s.score).toBe(55 + OBJECTIVE_BONUS + ALL_OBJECTIVES_BONUS - s.penaltyPoints);
  });

  it('waives the penalty when the player protested with the right article', () => {
    const m = mission(targetsFrom([{ on: true, objective: true, value: 40 }]), [CAP], {
      cite: 'Art. VI §II.2',
      yields: ['restriction/distance-cap'],
    });
    const s = scoreMission(m);
    expect(s.penalties).toEqual([]);
    expect(s.trust.delta).toBe(TRUST.lawfulFlight + TRUST.justifiedProtest);
  });

  it('never goes below zero', () => {
    const m = mission(targetsFrom([{ on: false, objective: true, value: 5 }]), [CAP, EXERCISE]);
    expect(scoreMission(m).score).toBe(0);
  });
});

describe('scoreMission: trust and quota', () => {
  it('a plan with violations cannot fly: trust falls per violation, no lawful-flight bonus, quota not counted', () => {
    const violations = [
      finding('route/too-long', 'violation', 'Art. VI §II.4(A)'),
      finding('timeline/short-notice', 'violation', 'Art. VI §I.5'),
    ];
    const level = makeLevel({ targets: targetsFrom([{ on: true, objective: true, value: 10 }]) });
    const verdict = makeVerdict(ROUTE, violations);
    const response = reviewPlan(verdict, level, 1);
    const flight = simulateFlight(makePlan(ROUTE), verdict, level, undefined, {
      takeoffAfterArrivalH: 26,
      seed: 1,
    });
    const s = scoreMission({ level, response, protests: [], flight });
    expect(flight.status).toBe('grounded');
    expect(s.flown).toBe(false);
    expect(s.trust.delta).toBe(2 * TRUST.violationSubmitted);
    expect(s.stars).toBe(0);
    expect(s.quota).toMatchObject({
      counted: false,
      reason: 'prohibited',
      basis: 'Art. VIII §I.3',
      usedAfter: 3,
    });
  });

  it.each([
    [
      'flown',
      true,
      false,
      { counted: true, reason: 'flown', basis: 'Art. III §I.8', usedAfter: 4, left: 12 },
    ],
    [
      'declined',
      false,
      true,
      { counted: false, reason: 'declined', basis: 'Art. VIII §I.5', usedAfter: 3, left: 13 },
    ],
    [
      'prohibited',
      false,
      false,
      { counted: false, reason: 'prohibited', basis: 'Art. VIII §I.3', usedAfter: 3, left: 13 },
    ],
  ])('quota ledger: %s', (_name, flown, declined, expected) => {
    expect(quotaEntry(makeLevel(), flown, declined, 3)).toMatchObject({
      usedBefore: 3,
      active: 16,
      ...expected,
    });
  });

  it('a lawful flight earns trust and counts against the quota', () => {
    const m = mission(targetsFrom([{ on: true, objective: true, value: 10 }]));
    const s = scoreMission({ ...m, quotaUsed: 5 });
    expect(s.trust).toEqual({
      delta: TRUST.lawfulFlight,
      items: [{ key: 'trust.lawful-flight', delta: TRUST.lawfulFlight }],
    });
    expect(s.quota).toMatchObject({ counted: true, usedBefore: 5, usedAfter: 6 });
  });
});

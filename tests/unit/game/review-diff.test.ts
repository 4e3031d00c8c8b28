import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/rules/types';
import type { ProposedChange } from '../../../src/rules/host';
import { applyChanges } from '../../../src/rules/host/changes';
import { reviewPlan } from '../../../src/rules/host/review';
import { parseLevel, levelYear } from '../../../src/rules/level';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import { loadWorldNode } from '../../../src/world/load-node';
import { altitudeChangeLabel, legsOfChange, reviewDiff } from '../../../src/game/review-diff';

const wp = (lat: number, lon: number, altitudeM = 3000) => ({
  lat,
  lon,
  altitudeM,
  sensors: ['optical' as const],
});
const plan = (waypoints: Plan['waypoints'], takeoffAfterSubmitH?: number): Plan => ({
  format: 'open-skies-plan',
  version: 1,
  level: 'x',
  airfield: 'kubinka',
  waypoints,
  ...(takeoffAfterSubmitH === undefined
    ? {}
    : { timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH } }),
});
const base = plan([wp(50, 40), wp(51, 41), wp(52, 42)]);

describe('reviewDiff', () => {
  it('an identical plan has no change', () => {
    const d = reviewDiff(base, structuredClone(base));
    expect(d.changed).toBe(false);
    expect(d.waypoints.map((w) => w.status)).toEqual(['same', 'same', 'same']);
    expect(d.legs.every((l) => !l.routeChanged && !l.altitudeChanged)).toBe(true);
    expect(d.removed).toEqual([]);
  });

  it.each<{
    name: string;
    changes: ProposedChange[];
    status: string[];
    route: number[];
    alt: number[];
    shift: number;
  }>([
    {
      name: 'altitude of legs 2 and 3',
      changes: [
        { kind: 'altitude', code: 'airspace/exercise', waypoints: [1, 2], fromM: [3000, 3000], toM: 6000 },
      ],
      status: ['same', 'same', 'same'],
      route: [],
      alt: [1, 2],
      shift: 0,
    },
    {
      name: 'detour before waypoint 2',
      changes: [
        {
          kind: 'route',
          code: 'airspace/hazardous',
          insertAt: 1,
          leg: 1,
          waypoint: { lat: 50.2, lon: 41.5 },
          addedKm: 40,
        },
      ],
      status: ['same', 'added', 'same', 'same'],
      route: [1, 2],
      alt: [],
      shift: 0,
    },
    {
      name: 'later take-off',
      changes: [
        {
          kind: 'takeoff-time',
          code: 'airspace/exercise',
          fromAfterArrivalH: 26,
          toAfterArrivalH: 30,
          deltaH: 4,
        },
      ],
      status: ['same', 'same', 'same'],
      route: [],
      alt: [],
      shift: 4,
    },
    {
      name: 'detour and altitude together (indexes of the submitted plan)',
      changes: [
        { kind: 'altitude', code: 'airspace/exercise', waypoints: [2], fromM: [3000], toM: 2500 },
        {
          kind: 'route',
          code: 'airspace/hazardous',
          insertAt: 0,
          leg: 0,
          waypoint: { lat: 49, lon: 39 },
          addedKm: 12,
        },
      ],
      status: ['added', 'same', 'same', 'same'],
      route: [0, 1],
      alt: [3],
      shift: 0,
    },
  ])('$name', ({ changes, status, route, alt, shift }) => {
    const proposed = applyChanges(base, changes);
    const d = reviewDiff(base, proposed);
    expect(d.changed).toBe(true);
    expect(d.waypoints.map((w) => w.status)).toEqual(status);
    expect(d.legs.filter((l) => l.routeChanged).map((l) => l.index)).toEqual(route);
    expect(d.legs.filter((l) => l.altitudeChanged).map((l) => l.index)).toEqual(alt);
    expect(d.takeoffShiftH).toBe(shift);
    for (const c of changes) {
      const legs = legsOfChange(c, d, proposed);
      if (c.kind === 'altitude') expect(legs).toEqual(alt);
      if (c.kind === 'route') expect(legs).toEqual(route);
      if (c.kind === 'takeoff-time') expect(legs).toEqual([]);
    }
  });

  it('a moved and a removed waypoint', () => {
    const proposed = plan([wp(50, 40), wp(51.5, 41.5)]);
    const d = reviewDiff(base, proposed);
    expect(d.waypoints.map((w) => [w.status, w.submittedIndex])).toEqual([
      ['same', 0],
      ['moved', 1],
    ]);
    expect(d.removed).toEqual([2]);
    // Legs into and out of the moved waypoint change course; the return leg now starts there.
    expect(d.legs.map((l) => l.routeChanged)).toEqual([false, true, true]);
  });

  it('a removed waypoint alone changes the leg that now spans it', () => {
    const d = reviewDiff(base, plan([wp(50, 40), wp(52, 42)]));
    expect(d.removed).toEqual([1]);
    expect(d.waypoints.map((w) => w.status)).toEqual(['same', 'same']);
    expect(d.legs.map((l) => l.routeChanged)).toEqual([false, true, false]);
  });

  it.each([
    [3000, 6000, '3,000 → 6,000 m'],
    [10700, 9100, '10,700 → 9,100 m'],
    [900, 1200, '900 → 1,200 m'],
  ])('label %i → %i', (a, b, text) => {
    expect(altitudeChangeLabel(a, b)).toBe(text);
  });
});

describe('reviewDiff on a shipped level: 07 exercise airspace', () => {
  it('the host’s proposal for the lawful reference plan shows as changed legs', () => {
    const root = join(__dirname, '../../../levels');
    const level = parseLevel(JSON.parse(readFileSync(join(root, '07-exercise-airspace.json'), 'utf8')));
    const p = parsePlan(
      JSON.parse(readFileSync(join(root, 'reference', '07-exercise-airspace.lawful.plan.json'), 'utf8')),
    );
    if (!level.ok || !p.ok) throw new Error('level 07 or its plan does not parse');
    const ctx = { level: level.value, world: loadWorldNode(levelYear(level.value)), seed: 17 };
    const r = reviewPlan(validatePlan(p.value, ctx), level.value, 17, p.value);
    expect(r.changes.length).toBeGreaterThan(0);
    expect(r.proposedPlan).not.toBeNull();
    const d = reviewDiff(p.value, r.proposedPlan!);
    expect(d.changed).toBe(true);
    for (const c of r.changes) {
      if (c.kind === 'takeoff-time') expect(d.takeoffShiftH).toBeCloseTo(c.deltaH, 9);
      else expect(legsOfChange(c, d, r.proposedPlan!).length).toBeGreaterThan(0);
    }
  });
});

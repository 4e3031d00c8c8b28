/**
 * Result codes against the game: missions played through the store actions (as a student plays
 * them), handed in, and recomputed by the teacher's replay from plan + seed + decisions. An
 * untouched code agrees with the game; a code whose score, stars or trust were edited is flagged.
 */
import { describe, expect, it } from 'vitest';
import { levelYear } from '../../../src/rules';
import {
  checkResult,
  decodeResultCode,
  encodeJsonCode,
  encodeResultCode,
  type MissionResult,
} from '../../../src/rules/share';
import * as a from '../../../src/state/actions/mission';
import { isPracticeMission, missionResult, openSharedPlan } from '../../../src/state/actions/classroom';
import { answerDeviation } from '../../../src/state/actions/mission-deviation';
import type { GameStore } from '../../../src/state/store';
import { loadWorldNode } from '../../../src/world/load-node';
import { bootStore, enterPlan, memoryStorage, referencePlan } from '../state/actions-helpers';

type Step =
  'accept' | 'decline' | { protest: string; article: string } | { deviation: 'accepted' | 'refused' };

function play(levelId: string, planName: string, steps: Step[]): GameStore {
  const store = bootStore(memoryStorage(), levelId);
  a.startMission(levelId);
  a.beginPlanning();
  enterPlan(referencePlan(planName));
  a.submitPlan();
  for (const step of steps) {
    if (step === 'accept') a.acceptReview();
    else if (step === 'decline') a.declineMission();
    else if ('protest' in step) a.protestFinding(step.protest as never, step.article);
    else {
      a.setFlightTime(1e9);
      answerDeviation(step.deviation);
    }
  }
  if (store.getState().mission?.phase === 'flight') {
    a.setFlightTime(1e9);
    a.finishFlight();
  }
  expect(store.getState().mission?.phase).toBe('debrief');
  return store;
}

function teacherCheck(store: GameStore, result: MissionResult) {
  const s = store.getState();
  const level = s.levels[result.level]!;
  return checkResult(result, { level, world: loadWorldNode(levelYear(level)), seed: 0 });
}

const CASES: { name: string; level: string; plan: string; steps: Step[] }[] = [
  {
    name: '01 lawful, flown',
    level: '01-training-flight',
    plan: '01-training-flight.lawful',
    steps: ['accept'],
  },
  {
    name: '03 over the cap, protested, then declined',
    level: '03-kaliningrad-cap',
    plan: '03-kaliningrad-cap.unlawful',
    steps: [{ protest: 'restriction/distance-cap', article: 'Art. VI §II.2' }, 'decline'],
  },
  {
    name: '03 over the cap, declined',
    level: '03-kaliningrad-cap',
    plan: '03-kaliningrad-cap.unlawful',
    steps: ['decline'],
  },
  {
    name: '09 below the altitude floor, host changes accepted and flown',
    level: '09-withdrawal',
    plan: '09-withdrawal.unlawful',
    steps: ['accept'],
  },
  {
    name: '07 deviation refused',
    level: '07-exercise-airspace',
    plan: '07-exercise-airspace.lawful',
    steps: ['accept', { deviation: 'refused' }],
  },
];

describe('result code recompute', () => {
  it.each(CASES)('$name: the replay gives the game’s score, stars and trust', ({ level, plan, steps }) => {
    const store = play(level, plan, steps);
    const result = missionResult('Student A', '2026-12-01T09:00:00.000Z', store.getState());
    expect(result).not.toBeNull();
    const decoded = decodeResultCode(encodeResultCode(result!));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const checked = teacherCheck(store, decoded.value);
    expect(checked.differences).toEqual([]);
    expect(checked.edited).toBe(false);
    const outcome = store.getState().mission!.outcome!;
    expect(checked.replay.score.score).toBe(outcome.score);
    expect(checked.replay.score.stars).toBe(outcome.stars);
  });

  it('flags a code whose score, stars or trust were edited (CRC recomputed by the editor)', () => {
    const store = play('01-training-flight', '01-training-flight.lawful', ['accept']);
    const result = missionResult('Student B', '2026-12-01T09:00:00.000Z', store.getState())!;
    for (const edit of [
      { score: result.score + 100 },
      { stars: ((result.stars + 1) % 4) as MissionResult['stars'] },
      { trust: result.trust + 20 },
    ]) {
      // An editor who knows the format re-encodes with a valid CRC: only the replay can tell.
      const forged = decodeResultCode(encodeJsonCode('OSR1', { ...result, ...edit }));
      expect(forged.ok).toBe(true);
      if (!forged.ok) continue;
      const checked = teacherCheck(store, forged.value);
      expect(checked.edited).toBe(true);
      expect(checked.differences.join(' ')).toMatch(new RegExp(Object.keys(edit)[0]!));
    }
  });

  it('flags a code whose decisions cannot have been played (accepting a refusal)', () => {
    const store = play('01-training-flight', '01-training-flight.lawful', ['accept']);
    const result = missionResult('Student C', '2026-12-01T09:00:00.000Z', store.getState())!;
    const unlawful = referencePlan('01-training-flight.unlawful');
    const checked = teacherCheck(store, { ...result, plan: unlawful });
    expect(checked.edited).toBe(true);
    expect(checked.lawful).toBe(false);
  });
});

describe('practice mode', () => {
  it('a locked level opens from a plan in practice, and its result does not count', () => {
    const store = bootStore(memoryStorage(), '03-kaliningrad-cap');
    const before = store.getState().progress;
    const plan = referencePlan('03-kaliningrad-cap.lawful');
    const opened = openSharedPlan({ ...plan, endAirfield: plan.endAirfield ?? plan.airfield });
    expect(opened).toEqual({ ok: true, practice: true, levelId: '03-kaliningrad-cap' });
    expect(isPracticeMission()).toBe(true);
    const s = store.getState();
    expect(s.mission?.phase).toBe('planning');
    expect(s.verdict?.ok).toBe(true);
    a.submitPlan();
    a.acceptReview();
    a.setFlightTime(1e9);
    a.finishFlight();
    expect(store.getState().mission?.phase).toBe('debrief');
    expect(store.getState().progress).toEqual(before);
  });

  it('the first level opens normally; an unknown level or airfield is refused with the reason', () => {
    bootStore(memoryStorage(), '01-training-flight');
    const plan = referencePlan('01-training-flight.lawful');
    expect(openSharedPlan(plan)).toMatchObject({ ok: true, practice: false });
    expect(openSharedPlan({ ...plan, level: '99-nowhere' })).toMatchObject({
      ok: false,
      problem: 'unknown-level',
    });
    expect(openSharedPlan({ ...plan, airfield: 'atlantis' })).toMatchObject({
      ok: false,
      problem: 'unknown-airfield',
      detail: 'atlantis',
    });
  });
});

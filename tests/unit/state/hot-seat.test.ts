/**
 * Hot-seat actions (issue 14): one device (plan → hand-over → host → hand-over → answer → flight),
 * every bad path (double clicks, Back, a reload at each stage, a tampered field), and two devices
 * with plan and review codes.
 */
import { describe, expect, it } from 'vitest';
import { encodePlanCode } from '../../../src/rules/share';
import * as a from '../../../src/state/actions/mission';
import { missionContext } from '../../../src/state/actions/mission-core';
import { missionResult } from '../../../src/state/actions/classroom';
import * as hs from '../../../src/state/actions/hot-seat';
import { openPlanAsHost, openReviewCode, reviewCodeOf } from '../../../src/state/actions/hot-seat-remote';
import { bootStore, enterPlan, memoryStorage, referencePlan } from './actions-helpers';

const LEVEL = '03-kaliningrad-cap';
const CAPPED = referencePlan('03-kaliningrad-cap.unlawful');

function planned(storage = memoryStorage()) {
  const store = bootStore(storage, LEVEL);
  a.startMission(LEVEL);
  hs.startHotSeat();
  expect(store.getState().mission?.phase).toBe('planning');
  enterPlan(CAPPED);
  return store;
}
const stage = (): string | undefined => hs.hotSeat()?.stage;

describe('hot seat on one device', () => {
  it('plan → hand-over → host refuses → hand-over → justified protest → flies as submitted', () => {
    const store = planned();
    a.submitPlan();
    let s = store.getState();
    expect(s.mission?.phase).toBe('review');
    expect(stage()).toBe('to-host');
    // No computer review: the host is a player.
    expect(s.review).toBeNull();
    hs.hotSeatDecide({ kind: 'accept' }); // not the host's turn yet
    expect(stage()).toBe('to-host');
    hs.continueHandOver();
    s = store.getState();
    expect(stage()).toBe('host');
    expect(s.verdict).toBeNull();
    hs.hotSeatReveal();
    expect(store.getState().verdict?.findings.map((f) => f.code)).toContain('restriction/distance-cap');
    hs.hotSeatDecide({ kind: 'refuse', article: 'Art. VIII §I.4' });
    expect(stage()).toBe('to-observer');
    hs.hotSeatAnswer('comply'); // not the observer's turn yet
    expect(store.getState().mission?.phase).toBe('review');
    hs.continueHandOver();
    expect(stage()).toBe('answer');
    hs.hotSeatProtest('Art. VI §II.4(A)');
    hs.hotSeatProtest('Art. IV §2'); // one protest only
    expect(hs.hotSeat()?.protest).toEqual({ article: 'Art. VI §II.4(A)' });
    expect(store.getState().protestOutcomes).toMatchObject([
      { code: 'restriction/distance-cap', justified: true, result: 'host-yields' },
    ]);
    hs.hotSeatAnswer('comply');
    s = store.getState();
    expect(s.mission?.phase).toBe('flight');
    expect(s.mission?.present).toEqual(hs.hotSeat()?.submitted);
    a.setFlightTime(s.flight!.landingAfterArrivalH);
    a.finishFlight();
    s = store.getState();
    expect(s.mission?.phase).toBe('debrief');
    // The justified protest lifts the penalty of the objection it answered and adds trust.
    const outcome = s.mission!.outcome;
    expect(outcome?.kind).toBe('flown');
    // No result code: the teacher's replay knows only the computer host.
    expect(missionResult('A', '2026-01-01T00:00:00Z')).toBeNull();
    expect(hs.judge(hs.hotSeat()!, missionContext()!.ctx)?.result).toMatchObject({
      flight: 'as-submitted',
      hostScore: { points: 50, trustDelta: -5 },
    });
  });

  it('a change the observer complies with flies changed; declining does not fly', () => {
    const store = planned();
    a.submitPlan();
    hs.continueHandOver();
    expect(hs.hotSeatProposeChange({ what: 'altitude', waypoint: 2, altitudeM: 3000 })).toBe(true);
    hs.continueHandOver();
    hs.hotSeatAnswer('comply');
    expect(store.getState().mission?.phase).toBe('flight');
    expect(store.getState().mission?.present).toMatchObject({
      waypoints: expect.arrayContaining([expect.objectContaining({ altitudeM: 3000 })]),
    });

    const again = planned();
    a.submitPlan();
    hs.continueHandOver();
    hs.hotSeatDecide({ kind: 'refuse', article: 'Art. VIII §I.1' });
    hs.continueHandOver();
    hs.hotSeatAnswer('decline');
    const m = again.getState().mission!;
    expect(m.phase).toBe('debrief');
    expect(m.outcome?.kind).toBe('declined');
    expect(again.getState().flight).toBeNull();
  });

  it('Back from a hand-over or the host returns A to planning with the decision dropped', () => {
    const store = planned();
    a.submitPlan();
    hs.continueHandOver();
    hs.hotSeatBackToPlanning();
    expect(store.getState().mission?.phase).toBe('planning');
    expect(hs.hotSeat()).toMatchObject({ stage: 'plan', host: null, submitted: null });
    // Any way back to planning (the presenter's Page Up) resets it the same way.
    a.submitPlan();
    hs.continueHandOver();
    hs.hotSeatDecide({ kind: 'accept' });
    a.beginPlanning();
    expect(hs.hotSeat()).toMatchObject({ stage: 'plan', host: null });
    hs.leaveHotSeat();
    expect(hs.hotSeat()).toBeNull();
    a.submitPlan();
    expect(store.getState().review).not.toBeNull(); // solo again: the computer reviews
  });

  it.each(['to-host', 'host', 'to-observer', 'answer'])('a reload at %s resumes at the same stage', (at) => {
    const storage = memoryStorage();
    planned(storage);
    a.submitPlan();
    if (at !== 'to-host') hs.continueHandOver();
    if (at === 'to-observer' || at === 'answer')
      hs.hotSeatDecide({ kind: 'refuse', article: 'Art. VIII §I.4' });
    if (at === 'answer') hs.continueHandOver();
    expect(stage()).toBe(at);
    const again = bootStore(storage, LEVEL);
    expect(a.resumeMission()).toBe(true);
    const s = again.getState();
    expect(s.mission?.phase).toBe('review');
    expect(hs.hotSeat(s)?.stage).toBe(at);
    // The host's findings stay hidden; nothing of the computer's own review comes back.
    if (at === 'host' || at === 'to-host') expect(s.verdict).toBeNull();
    if (at !== 'answer') expect(s.review).toBeNull();
  });

  it.each(['flight', 'debrief'])('a reload in %s keeps the players’ review (scoring, debrief)', (phase) => {
    const storage = memoryStorage();
    const store = planned(storage);
    a.submitPlan();
    hs.continueHandOver();
    hs.hotSeatDecide({ kind: 'refuse', article: 'Art. VIII §I.4' });
    hs.continueHandOver();
    hs.hotSeatProtest('Art. VI §II.4(A)');
    hs.hotSeatAnswer('comply');
    if (phase === 'debrief') {
      a.setFlightTime(store.getState().flight!.landingAfterArrivalH);
      a.finishFlight();
    }
    const before = store.getState();
    const again = bootStore(storage, LEVEL);
    expect(a.resumeMission()).toBe(true);
    const s = again.getState();
    expect(s.mission?.phase).toBe(phase);
    expect(s.protestOutcomes).toEqual(before.protestOutcomes);
    expect(s.reviewInitial?.objections.map((o) => o.code)).toEqual(
      before.reviewInitial?.objections.map((o) => o.code),
    );
    if (phase === 'flight') {
      a.setFlightTime(s.flight!.landingAfterArrivalH);
      a.finishFlight();
    }
    expect(again.getState().mission!.outcome).toEqual(
      phase === 'debrief' ? before.mission!.outcome : expect.objectContaining({ kind: 'flown' }),
    );
  });

  it('a tampered hot-seat field resumes as a solo review, never a crash', () => {
    const storage = memoryStorage();
    const store = planned(storage);
    a.submitPlan();
    store.setState({
      mission: { ...store.getState().mission!, hotSeat: { stage: 'answer', host: 42 } as never },
    });
    const again = bootStore(storage, LEVEL);
    expect(a.resumeMission()).toBe(true);
    expect(hs.hotSeat(again.getState())).toBeNull();
    expect(again.getState().review).not.toBeNull();
  });

  it('is not offered in 08, where the player is the host already', () => {
    bootStore(memoryStorage(), '08-host-duty');
    a.startMission('08-host-duty');
    hs.startHotSeat();
    expect(hs.hotSeat()).toBeNull();
  });
});

describe('two devices', () => {
  it('plan code → host mode → review code → the observer answers and flies', () => {
    // Device A: plans and shares the plan code.
    const storeA = planned();
    hs.leaveHotSeat();
    const planCode = encodePlanCode(storeA.getState().mission!.present as never);

    // Device B: hosts it.
    const storeB = bootStore(memoryStorage(), LEVEL);
    expect(openPlanAsHost('OSP1.broken.00000000')).toMatchObject({ ok: false, why: /plan code/ });
    expect(openPlanAsHost(planCode)).toEqual({ ok: true, levelId: LEVEL });
    expect(storeB.getState().mission).toMatchObject({ phase: 'review' });
    expect(stage()).toBe('host');
    expect(reviewCodeOf()).toBeNull();
    hs.hotSeatDecide({ kind: 'refuse', article: 'Art. VIII §I.4' });
    expect(stage()).toBe('review-code');
    const reviewCode = reviewCodeOf()!;
    // The host side ends at the review code: nothing is scored on B.
    expect(storeB.getState().progress.results).toEqual({});
    expect(reviewCode).toMatch(/^OSV1\./);

    // Device A: opens the review code and answers.
    const storeA2 = bootStore(memoryStorage(), LEVEL);
    expect(openReviewCode(planCode)).toMatchObject({ ok: false, why: /should start with "OSV1\."/ });
    expect(openReviewCode(reviewCode)).toEqual({ ok: true, levelId: LEVEL });
    expect(stage()).toBe('answer');
    expect(hs.hotSeat()?.host).toEqual({ kind: 'refuse', article: 'Art. VIII §I.4' });
    hs.hotSeatProtest('Art. VI §II.2');
    hs.hotSeatAnswer('comply');
    expect(storeA2.getState().mission?.phase).toBe('flight');
  });
});

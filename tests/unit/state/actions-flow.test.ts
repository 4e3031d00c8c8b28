import { describe, expect, it } from 'vitest';
import { governingArticles } from '../../../src/rules';
import * as a from '../../../src/state/actions/mission';
import { currentPlan, isUnlocked, nextLevelId, quotaLeft, quotaUsedFor } from '../../../src/state/selectors';
import { bootStore, enterPlan, memoryStorage, referencePlan } from './actions-helpers';

function flyToEnd(store: ReturnType<typeof bootStore>): void {
  const f = store.getState().flight!;
  a.setFlightTime(f.landingAfterArrivalH);
  a.finishFlight();
}

describe('submit → review → flight → debrief', () => {
  it('flies the lawful training plan and records score, stars, trust and the quota ledger', () => {
    const store = bootStore(memoryStorage());
    a.startMission('01-training-flight');
    a.beginPlanning();
    enterPlan(referencePlan('01-training-flight.lawful'));
    expect(store.getState().verdict?.ok).toBe(true);
    a.submitPlan();
    let s = store.getState();
    expect(s.mission?.phase).toBe('review');
    expect(s.review?.decision).toBe('accept');
    a.acceptReview();
    s = store.getState();
    expect(s.mission?.phase).toBe('flight');
    expect(s.flight?.status).toBe('flown');
    expect(s.mission?.flight?.tH).toBe(s.flight?.takeoffAfterArrivalH);
    // The clock stays inside take-off..landing.
    a.setFlightTime(-5);
    expect(store.getState().mission?.flight?.tH).toBe(s.flight?.takeoffAfterArrivalH);
    a.setPaused(true);
    expect(store.getState().mission?.flight?.paused).toBe(true);
    flyToEnd(store);
    s = store.getState();
    expect(s.mission?.phase).toBe('debrief');
    expect(s.flight!.captures.length).toBeGreaterThan(0);
    const result = s.progress.results['01-training-flight'];
    expect(result?.stars).toBeGreaterThanOrEqual(1);
    expect(result?.score).toBeGreaterThan(0);
    expect(s.progress.trust).toBeGreaterThan(50);
    // The ledger is counted from the results: this flight is on it, stored with the outcome too.
    const level01 = s.levels['01-training-flight']!;
    expect(s.mission?.outcome?.quota).toMatchObject({ observer: 'USA', host: 'UKR', counted: true });
    expect(s.mission?.outcome?.quota?.usedAfter).toBe(quotaUsedFor(s, level01) + 1);
    // Flown → the next mission opens.
    expect(isUnlocked(s, '02-first-flight-over-russia')).toBe(true);
    expect(nextLevelId(s, '01-training-flight')).toBe('02-first-flight-over-russia');
  });

  it('a plan with violations is refused and cannot be accepted; revising returns to planning', () => {
    const store = bootStore(memoryStorage());
    a.startMission('01-training-flight');
    a.beginPlanning();
    enterPlan(referencePlan('01-training-flight.unlawful'));
    expect(store.getState().verdict?.ok).toBe(false);
    a.submitPlan();
    expect(store.getState().review?.decision).toBe('refuse');
    a.acceptReview();
    expect(store.getState().mission?.phase).toBe('review');
    a.beginPlanning();
    expect(store.getState().mission?.phase).toBe('planning');
    expect(store.getState().review).toBeNull();
    expect(currentPlan(store.getState())?.waypoints.length).toBeGreaterThan(0);
  });

  it('03: a protest with the right article is justified but the host maintains; declining uses no quota', () => {
    const store = bootStore(memoryStorage(), '03-kaliningrad-cap');
    a.startMission('03-kaliningrad-cap');
    const level = store.getState().levels['03-kaliningrad-cap']!;
    const quotaBefore = quotaLeft(store.getState(), level);
    a.beginPlanning();
    enterPlan(referencePlan('03-kaliningrad-cap.unlawful'));
    const codes = store.getState().verdict!.findings.map((f) => f.code);
    expect(codes).toContain('restriction/distance-cap');
    a.submitPlan();
    expect(store.getState().review?.decision).toBe('demand-changes');
    a.acceptReview(); // a demand without concrete changes cannot be "accepted"
    expect(store.getState().mission?.phase).toBe('review');
    a.protestFinding('restriction/distance-cap', governingArticles('restriction/distance-cap')[0]!);
    const s = store.getState();
    expect(s.protestOutcomes).toHaveLength(1);
    expect(s.protestOutcomes[0]).toMatchObject({ result: 'host-maintains', justified: true });
    expect(s.mission?.review).toMatchObject({ protests: [{ code: 'restriction/distance-cap' }] });
    a.declineMission();
    const d = store.getState();
    expect(d.mission?.phase).toBe('debrief');
    expect(d.mission?.outcome).toMatchObject({ kind: 'declined', stars: 0, quota: { counted: false } });
    expect(d.progress.results['03-kaliningrad-cap']).toBeUndefined();
    expect(quotaLeft(d, level)).toBe(quotaBefore);
  });

  it('03: a protest citing the wrong article is rejected and costs trust', () => {
    const store = bootStore(memoryStorage(), '03-kaliningrad-cap');
    a.startMission('03-kaliningrad-cap');
    a.beginPlanning();
    enterPlan(referencePlan('03-kaliningrad-cap.unlawful'));
    a.submitPlan();
    a.protestFinding('restriction/distance-cap', 'Art. III');
    expect(store.getState().protestOutcomes[0]).toMatchObject({
      result: 'rejected',
      reason: 'wrong-article',
    });
    // The same finding cannot be protested twice.
    a.protestFinding('restriction/distance-cap', 'Art. VI §II.2');
    expect(store.getState().protestOutcomes).toHaveLength(1);
  });

  it('03: complying (a route inside the cap) is accepted and flown', () => {
    const store = bootStore(memoryStorage(), '03-kaliningrad-cap');
    a.startMission('03-kaliningrad-cap');
    a.beginPlanning();
    enterPlan(referencePlan('03-kaliningrad-cap.lawful'));
    a.submitPlan();
    expect(['accept', 'propose-changes']).toContain(store.getState().review?.decision);
    a.acceptReview();
    expect(store.getState().mission?.phase).toBe('flight');
    flyToEnd(store);
    expect(store.getState().progress.results['03-kaliningrad-cap']?.stars).toBeGreaterThanOrEqual(1);
  });

  it('retry starts the same mission afresh; quit keeps it for Continue', () => {
    const store = bootStore(memoryStorage());
    a.startMission('01-training-flight');
    a.beginPlanning();
    a.addWaypoint(50.6, 30.2);
    a.quitToMenu();
    expect(store.getState().screen).toBe('menu');
    expect(store.getState().mission?.phase).toBe('planning');
    a.retryMission();
    expect(store.getState().mission?.phase).toBe('briefing');
    expect(currentPlan(store.getState())?.waypoints).toEqual([]);
  });
});

describe('campaign unlocking', () => {
  it.each([
    [{}, '01-training-flight', true],
    [{}, '02-first-flight-over-russia', false],
    [{ '01-training-flight': { stars: 1, score: 10 } }, '02-first-flight-over-russia', true],
    [{ '01-training-flight': { stars: 1, score: 10 } }, '03-kaliningrad-cap', false],
    // 08 host duty is playable since issue 14: it sits between 07 and 09.
    [{ '07-exercise-airspace': { stars: 2, score: 10 } }, '08-host-duty', true],
    [{ '07-exercise-airspace': { stars: 2, score: 10 } }, '09-withdrawal', false],
    [{ '08-host-duty': { stars: 2, score: 10 } }, '09-withdrawal', true],
    [{}, '08-host-duty', false],
  ])('results %j → %s unlocked: %s', (results, id, open) => {
    const store = bootStore(memoryStorage());
    store.setState({ progress: { ...store.getState().progress, results } });
    expect(isUnlocked(store.getState(), id)).toBe(open);
  });
});

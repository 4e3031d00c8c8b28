/**
 * Issue 10 through the store: the preview follows every plan change, the first tap next to the
 * airfield gets the default sensors, trust counts once per mission, a 0★ flight opens nothing,
 * and the debrief keeps a dispute the player settled by revising the plan.
 */
import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import { currentPlan, isUnlocked } from '../../../src/state/selectors';
import { bootStore, enterPlan, memoryStorage, referencePlan } from './actions-helpers';

function fly(store: ReturnType<typeof bootStore>): void {
  a.submitPlan();
  a.acceptReview();
  a.setFlightTime(store.getState().flight!.landingAfterArrivalH);
  a.finishFlight();
}

function clearRoute(store: ReturnType<typeof bootStore>): void {
  while ((currentPlan(store.getState())?.waypoints.length ?? 0) > 0) a.deleteWaypoint(0);
}

describe('planning', () => {
  it.each(['01-training-flight', '02-first-flight-over-russia'])(
    '%s: the preview follows the plan (and the host’s accepted changes) and agrees with the flight',
    (id) => {
      const store = bootStore(memoryStorage(), id);
      a.startMission(id);
      a.beginPlanning();
      expect(store.getState().preview!.objectivesCovered).toBe(0);
      enterPlan(referencePlan(`${id}.lawful`));
      const p = store.getState().preview!;
      expect(p.objectivesCovered).toBe(p.objectives);
      expect(p.bestResolutionM).toBeGreaterThan(0);
      a.undo();
      expect(store.getState().preview).not.toBe(p);
      a.redo();
      a.submitPlan();
      a.acceptReview();
      // 02: the host moves take-off into the dark; the preview of the agreed plan says so.
      const agreed = store.getState().preview!;
      a.setFlightTime(store.getState().flight!.landingAfterArrivalH);
      a.finishFlight();
      const captured = new Set(store.getState().flight!.captures.map((c) => c.targetId));
      for (const t of agreed.targets) expect(captured.has(t.targetId)).toBe(t.status === 'covered');
    },
  );

  it('a first tap on the airfield’s own (zero-length) leg adds waypoint 1 with the default sensors', () => {
    const store = bootStore(memoryStorage(), '02-first-flight-over-russia');
    a.startMission('02-first-flight-over-russia');
    a.beginPlanning();
    a.insertWaypoint(0, 55.7, 36.8);
    a.insertWaypoint(1, 56.2, 37.5);
    const plan = currentPlan(store.getState())!;
    expect(plan.waypoints.map((w) => w.sensors)).toEqual([['optical'], ['optical']]);
  });
});

describe('campaign progress', () => {
  it('flying 02 three times moves trust once', () => {
    const store = bootStore(memoryStorage(), '02-first-flight-over-russia');
    const before = store.getState().progress.trust;
    const trusts: number[] = [];
    for (let k = 0; k < 3; k++) {
      a.startMission('02-first-flight-over-russia');
      a.beginPlanning();
      enterPlan(referencePlan('02-first-flight-over-russia.lawful'));
      fly(store);
      trusts.push(store.getState().progress.trust);
    }
    expect(trusts[0]).toBeGreaterThan(before);
    expect(trusts).toEqual([trusts[0], trusts[0], trusts[0]]);
  });

  it('a flight that brings nothing home (0★) does not open the next mission', () => {
    const store = bootStore(memoryStorage());
    a.startMission('01-training-flight');
    a.beginPlanning();
    // One short lawful loop near Boryspil, far from every site.
    a.addWaypoint(50.2, 31.3);
    fly(store);
    const s = store.getState();
    expect(s.progress.results['01-training-flight']?.stars).toBe(0);
    expect(isUnlocked(s, '02-first-flight-over-russia')).toBe(false);
    a.nextMission();
    expect(store.getState().mission?.levelId).toBe('01-training-flight');
  });

  it('a demand met by revising the plan stays on record for the debrief', () => {
    const store = bootStore(memoryStorage(), '03-kaliningrad-cap');
    a.startMission('03-kaliningrad-cap');
    a.beginPlanning();
    enterPlan(referencePlan('03-kaliningrad-cap.unlawful'));
    a.submitPlan();
    const raised = store.getState().review!.objections.map((o) => o.code);
    expect(raised.length).toBeGreaterThan(0);
    a.beginPlanning();
    clearRoute(store);
    enterPlan(referencePlan('03-kaliningrad-cap.lawful'));
    fly(store);
    const m = store.getState().mission!;
    expect(m.phase).toBe('debrief');
    const revised = m.review?.revised ?? [];
    expect(revised.map((r) => r.code)).toEqual(expect.arrayContaining(raised));
  });
});

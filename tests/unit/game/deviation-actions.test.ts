/**
 * The host's deviation request in a mission (level 07): the clock holds at the request until the
 * player answers, the answer is saved, the flight and the score follow it, and a reload keeps it.
 */
import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import {
  answerDeviation,
  pendingDeviation,
  syncDeviation,
} from '../../../src/state/actions/mission-deviation';
import { TRUST } from '../../../src/rules/scoring';
import { bootStore, enterPlan, memoryStorage, referencePlan } from '../state/actions-helpers';

const LEVEL = '07-exercise-airspace';

function toFlight(backing = memoryStorage()) {
  const store = bootStore(backing, LEVEL);
  a.startMission(LEVEL);
  a.beginPlanning();
  enterPlan(referencePlan('07-exercise-airspace.lawful'));
  a.submitPlan();
  // The host would move take-off past the exercise's end (then it has no live firing to ask a
  // deviation for): protest with the right article so the flight keeps its time, during the exercise.
  a.protestFinding('airspace/exercise', 'Art. VI §II.5');
  a.acceptReview();
  return { store, backing };
}

describe('deviation request in flight', () => {
  it('is not made when the accepted change moves take-off past the exercise’s end', () => {
    const store = bootStore(memoryStorage(), LEVEL);
    a.startMission(LEVEL);
    a.beginPlanning();
    enterPlan(referencePlan('07-exercise-airspace.lawful'));
    a.submitPlan();
    expect(store.getState().review!.changes.map((c) => c.kind)).toEqual(['takeoff-time']);
    a.acceptReview();
    expect(store.getState().flight!.deviationRequest).toBeNull();
  });

  it('holds the clock at the request, also when skipping to the landing', () => {
    const { store } = toFlight();
    const s = store.getState();
    const req = s.flight!.deviationRequest!;
    expect(req.flightSafety).toBe(true);
    expect(pendingDeviation(s)).toBeNull();
    a.setFlightTime(s.flight!.landingAfterArrivalH);
    expect(store.getState().mission!.flight!.tH).toBe(req.tH);
    expect(pendingDeviation(store.getState())).toEqual(req);
    a.finishFlight();
    expect(store.getState().mission!.phase).toBe('flight');
    // No answer before the request is reached.
    a.setFlightTime(req.tH - 0.1);
    answerDeviation('accepted');
    expect(store.getState().mission!.deviation).toBeUndefined();
  });

  it.each<{ answer: 'accepted' | 'refused'; trustItem: boolean; sensorsOff: boolean }>([
    { answer: 'accepted', trustItem: false, sensorsOff: true },
    { answer: 'refused', trustItem: true, sensorsOff: false },
  ])('$answer: saved, flown and scored accordingly', ({ answer, trustItem, sensorsOff }) => {
    const { store, backing } = toFlight();
    const trustBefore = store.getState().progress.trust;
    a.setFlightTime(1e9);
    answerDeviation(answer);
    let s = store.getState();
    expect(s.mission!.deviation).toBe(answer);
    expect(s.flight!.deviation?.answer).toBe(answer);
    expect(s.flight!.deviation?.lawful).toBe(!trustItem);
    expect(s.flight!.deviation?.sensorsOffFromH !== null).toBe(sensorsOff);
    expect(pendingDeviation(s)).toBeNull();
    // The answer is in the save.
    expect(backing.data.get('open-skies:save')).toContain(`"deviation":"${answer}"`);
    a.setFlightTime(s.flight!.landingAfterArrivalH);
    expect(store.getState().mission!.flight!.tH).toBe(s.flight!.landingAfterArrivalH);
    a.finishFlight();
    s = store.getState();
    expect(s.mission!.phase).toBe('debrief');
    // The answer and the outcome are two fields: the answer stays, the outcome is the result.
    expect(s.mission!.deviation).toBe(answer);
    const delta = s.mission!.outcome!.trustDelta;
    // The justified protest (see toFlight) counts too.
    expect(delta).toBe(
      TRUST.lawfulFlight + TRUST.justifiedProtest + (trustItem ? TRUST.deviationRefusedUnlawfully : 0),
    );
    expect(s.progress.trust).toBe(Math.min(100, trustBefore + delta));
    const d = s.flight!.deviation!;
    if (sensorsOff) {
      const inWindow = s.flight!.samples.filter((x) => x.tH >= d.sensorsOffFromH! && x.tH < d.sensorsOffToH!);
      expect(d.sensorsOffToH! - d.sensorsOffFromH!).toBeCloseTo(0.5, 9);
      expect(inWindow.length).toBeGreaterThan(3);
      for (const x of inWindow) expect(x.sensors).toEqual([]);
    }
  });

  it('a reload mid-flight keeps the answer and applies it to the rebuilt flight', () => {
    const { store, backing } = toFlight();
    a.setFlightTime(1e9);
    answerDeviation('accepted');
    const flown = JSON.stringify(store.getState().flight);
    const again = bootStore(backing, LEVEL);
    a.resumeMission();
    expect(again.getState().mission!.phase).toBe('flight');
    // resumeMission applies the saved answer to the flight it rebuilt from plan + seed.
    expect(again.getState().flight!.deviation?.answer).toBe('accepted');
    expect(JSON.stringify(again.getState().flight)).toBe(flown);
    syncDeviation();
    expect(JSON.stringify(again.getState().flight)).toBe(flown);
    expect(pendingDeviation(again.getState())).toBeNull();
  });
});

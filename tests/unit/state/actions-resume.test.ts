import { enAll as en } from '../../helpers/english';
import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import { STORAGE_KEY } from '../../../src/state/storage';
import { bootStore, enterPlan, memoryStorage, referencePlan } from './actions-helpers';

/** The runtime part a reload must rebuild, as plain data. */
function snapshot(store: ReturnType<typeof bootStore>) {
  const s = store.getState();
  return {
    screen: s.screen,
    mission: s.mission,
    verdict: s.verdict,
    review: s.review,
    protestOutcomes: s.protestOutcomes,
    flight: s.flight,
    progress: s.progress,
  };
}

describe('resume after a reload (a new store on the same storage)', () => {
  it.each([
    [
      'planning, with undo and redo steps',
      () => {
        enterPlan(referencePlan('01-training-flight.lawful'));
        a.undo();
        a.undo();
      },
    ],
    [
      'review',
      () => {
        enterPlan(referencePlan('01-training-flight.lawful'));
        a.submitPlan();
      },
    ],
    [
      'flight, mid-way and paused',
      () => {
        enterPlan(referencePlan('01-training-flight.lawful'));
        a.submitPlan();
        a.acceptReview();
        a.setPaused(true);
      },
    ],
    [
      'debrief',
      () => {
        enterPlan(referencePlan('01-training-flight.lawful'));
        a.submitPlan();
        a.acceptReview();
      },
    ],
  ])('restores %s exactly', (name, play) => {
    const backing = memoryStorage();
    const first = bootStore(backing);
    a.startMission('01-training-flight');
    a.beginPlanning();
    play();
    if (name.startsWith('flight') || name === 'debrief') {
      const f = first.getState().flight!;
      a.setFlightTime((f.takeoffAfterArrivalH + f.landingAfterArrivalH) / 2);
      if (name === 'debrief') {
        a.setFlightTime(f.landingAfterArrivalH);
        a.finishFlight();
      }
    }
    const before = snapshot(first);

    const second = bootStore(backing); // "reload": same storage, fresh runtime
    expect(second.getState().verdict).toBeNull();
    expect(second.getState().flight).toBeNull();
    expect(a.resumeMission()).toBe(true);
    const after = snapshot(second);
    expect(after.screen).toBe('mission');
    expect(after.mission).toEqual(before.mission);
    expect(after.verdict).toEqual(before.verdict);
    expect(after.review).toEqual(before.review);
    expect(after.protestOutcomes).toEqual(before.protestOutcomes);
    expect(after.flight).toEqual(before.flight);
    expect(after.progress).toEqual(before.progress);
    // Undo keeps working after the reload.
    if (name.startsWith('planning')) {
      a.redo();
      expect(second.getState().mission?.future).toHaveLength(before.mission!.future.length - 1);
    }
  });

  it('restores a protest and its outcome in review', () => {
    const backing = memoryStorage();
    const first = bootStore(backing, '03-kaliningrad-cap');
    a.startMission('03-kaliningrad-cap');
    a.beginPlanning();
    enterPlan(referencePlan('03-kaliningrad-cap.unlawful'));
    a.submitPlan();
    a.protestFinding('restriction/distance-cap', 'Art. VI §II.2');
    const before = snapshot(first);
    bootStore(backing, '03-kaliningrad-cap');
    expect(a.resumeMission()).toBe(true);
    expect(snapshot(a.actionStore()).protestOutcomes).toEqual(before.protestOutcomes);
    expect(snapshot(a.actionStore()).review).toEqual(before.review);
  });

  it.each([
    [
      'a plan with a latitude out of range',
      (m: Record<string, unknown>) => {
        (m.present as { waypoints: { lat: number }[] }).waypoints[0]!.lat = 123;
      },
    ],
    [
      'a plan that is not a plan',
      (m: Record<string, unknown>) => {
        m.present = { hello: 'world' };
      },
    ],
    [
      'an undo step of another mission',
      (m: Record<string, unknown>) => {
        (m.past as { level: string }[])[0]!.level = '02-first-flight-over-russia';
      },
    ],
    [
      'a level that no longer exists',
      (m: Record<string, unknown>) => {
        m.levelId = '99-gone';
      },
    ],
  ])('a broken save (%s) drops only the mission, with a message', (_name, breakIt) => {
    const backing = memoryStorage();
    const first = bootStore(backing);
    first.setState({
      progress: {
        ...first.getState().progress,
        trust: 64,
        results: { '01-training-flight': { stars: 2, score: 100 } },
      },
    });
    a.startMission('01-training-flight');
    a.beginPlanning();
    a.addWaypoint(50.6, 30.2);
    a.addWaypoint(49.1, 33.2);
    const raw = JSON.parse(backing.data.get(STORAGE_KEY)!);
    breakIt(raw.state.mission);
    backing.data.set(STORAGE_KEY, JSON.stringify(raw));

    const second = bootStore(backing);
    expect(a.resumeMission()).toBe(false);
    const s = second.getState();
    expect(s.mission).toBeNull();
    // The notice is a key of the UI table (state speaks no language) naming what was wrong.
    expect(s.missionNotice?.key).toMatch(/^say\.save-(level-missing|plan-broken)$/);
    expect(en[s.missionNotice!.key as keyof typeof en]).toMatch(/closed/);
    expect(Object.values(s.missionNotice!.params).join(' ')).not.toBe('');
    expect(s.progress.trust).toBe(64);
    expect(s.progress.results['01-training-flight']).toEqual({ stars: 2, score: 100 });
    a.dismissMissionNotice();
    expect(second.getState().missionNotice).toBeNull();
  });

  it('Continue pressed before the map has loaded resumes as soon as the world arrives', () => {
    const backing = memoryStorage();
    bootStore(backing);
    a.startMission('01-training-flight');
    a.beginPlanning();
    a.addWaypoint(50.6, 30.2);
    const second = bootStore(backing);
    const world = second.getState().world;
    second.setState({ world: null });
    expect(a.resumeMission()).toBe(false);
    expect(second.getState().screen).not.toBe('mission');
    second.setState({ world });
    expect(second.getState().screen).toBe('mission');
    expect(second.getState().mission?.phase).toBe('planning');
    expect(second.getState().verdict?.legs.length).toBe(2);
  });

  it('a mission opened before the world loaded gets its verdict once it is there', () => {
    const store = bootStore(memoryStorage());
    const world = store.getState().world;
    store.setState({ world: null });
    a.startMission('01-training-flight');
    expect(store.getState().verdict).toBeNull();
    store.setState({ world });
    a.refreshVerdict();
    expect(store.getState().verdict?.maxDistanceKm).toBe(2100);
  });

  it('there is nothing to resume without a saved mission', () => {
    bootStore(memoryStorage());
    expect(a.resumeMission()).toBe(false);
  });
});

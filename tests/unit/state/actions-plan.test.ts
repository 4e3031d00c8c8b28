import { beforeEach, describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import { currentPlan } from '../../../src/state/selectors';
import type { GameStore } from '../../../src/state/store';
import { bootStore, memoryStorage } from './actions-helpers';

let store: GameStore;
const plan = () => currentPlan(store.getState())!;
const coords = () => plan().waypoints.map((w) => [w.lat, w.lon]);

beforeEach(() => {
  store = bootStore(memoryStorage());
  a.startMission('01-training-flight');
  a.beginPlanning();
});

describe('planning edits through the store', () => {
  it('starts at the briefing with an empty plan from the level airfield, then plans', () => {
    const s = store.getState();
    expect(s.screen).toBe('mission');
    expect(s.mission?.phase).toBe('planning');
    expect(plan()).toMatchObject({ level: '01-training-flight', airfield: 'boryspil', waypoints: [] });
    expect(s.verdict?.distanceKm).toBe(0);
  });

  it('adds, inserts, moves and deletes waypoints; the first leg has the camera on', () => {
    a.addWaypoint(50.6, 30.2);
    a.addWaypoint(49.1, 33.2);
    expect(plan().waypoints[0]?.sensors).toEqual(['optical']);
    expect(plan().waypoints[1]?.sensors).toEqual(['optical']);
    expect(store.getState().selectedWaypoint).toBe(1);
    a.insertWaypoint(1, 50, 31);
    expect(coords()).toEqual([
      [50.6, 30.2],
      [50, 31],
      [49.1, 33.2],
    ]);
    a.moveWaypoint(2, 48.5, 32.5);
    expect(coords()[2]).toEqual([48.5, 32.5]);
    a.deleteWaypoint(0);
    expect(coords()).toEqual([
      [50, 31],
      [48.5, 32.5],
    ]);
  });

  it.each([
    [
      'altitude',
      () => a.setLegAltitude(0, 4200),
      (p: ReturnType<typeof plan>) => p.waypoints[0]?.altitudeM,
      4200,
    ],
    [
      'sensors',
      () => a.setLegSensors(0, ['optical', 'sar']),
      (p: ReturnType<typeof plan>) => p.waypoints[0]?.sensors,
      ['optical', 'sar'],
    ],
    [
      'timeline',
      () => a.setTimeline({ takeoffAfterSubmitH: 30 }),
      (p: ReturnType<typeof plan>) => p.timeline?.takeoffAfterSubmitH,
      30,
    ],
  ] as const)('sets the %s of a leg and undoes it', (_name, edit, read, expected) => {
    a.addWaypoint(50.6, 30.2);
    const before = read(plan());
    edit();
    expect(read(plan())).toEqual(expected);
    a.undo();
    expect(read(plan())).toEqual(before);
    a.redo();
    expect(read(plan())).toEqual(expected);
  });

  it('undo and redo walk the history; a new edit clears the redo steps', () => {
    a.addWaypoint(50.6, 30.2);
    a.addWaypoint(49.1, 33.2);
    a.addWaypoint(46.9, 31.9);
    a.undo();
    a.undo();
    expect(coords()).toEqual([[50.6, 30.2]]);
    expect(store.getState().mission?.future).toHaveLength(2);
    a.redo();
    expect(coords()).toHaveLength(2);
    a.addWaypoint(48, 35);
    expect(store.getState().mission?.future).toHaveLength(0);
    a.redo(); // nothing to redo
    expect(coords()).toEqual([
      [50.6, 30.2],
      [49.1, 33.2],
      [48, 35],
    ]);
    a.undo();
    a.undo();
    a.undo();
    a.undo(); // past the beginning: stays empty
    expect(plan().waypoints).toEqual([]);
  });

  it('a drag of one waypoint is one undo step', () => {
    a.addWaypoint(50.6, 30.2);
    a.selectWaypoint(0);
    for (let k = 1; k <= 5; k++) a.moveWaypoint(0, 50.6 - k * 0.1, 30.2 + k * 0.1);
    a.selectWaypoint(null);
    expect(coords()[0]).toEqual([50.1, 30.7]);
    a.undo();
    expect(coords()[0]).toEqual([50.6, 30.2]);
  });

  it('the verdict is recomputed only when the plan changes', () => {
    a.addWaypoint(50.6, 30.2);
    const v1 = store.getState().verdict;
    // Not plan changes: selection, lock, no-op edits (same values, out-of-range index).
    a.selectWaypoint(0);
    a.toggleRouteLock();
    a.toggleRouteLock();
    a.moveWaypoint(0, 50.6, 30.2);
    a.setLegAltitude(0, plan().waypoints[0]!.altitudeM);
    a.setLegSensors(0, ['optical']);
    a.deleteWaypoint(7);
    expect(store.getState().verdict).toBe(v1);
    a.setLegAltitude(0, 2500);
    const v2 = store.getState().verdict;
    expect(v2).not.toBe(v1);
    expect(v2?.legs[0]?.altitudeM).toBe(2500);
    a.setTimeline({ noticeH: 48 });
    expect(store.getState().verdict).not.toBe(v2);
    expect(store.getState().verdict?.findings.map((f) => f.code)).toContain('timeline/short-notice');
  });

  it('lock route stops every edit until unlocked', () => {
    a.addWaypoint(50.6, 30.2);
    a.toggleRouteLock();
    expect(store.getState().routeLocked).toBe(true);
    a.addWaypoint(49, 33);
    a.moveWaypoint(0, 49, 31);
    a.deleteWaypoint(0);
    a.undo();
    expect(coords()).toEqual([[50.6, 30.2]]);
    a.toggleRouteLock();
    a.addWaypoint(49, 33);
    expect(coords()).toHaveLength(2);
  });

  it('edits outside planning do nothing', () => {
    a.startMission('01-training-flight'); // briefing
    a.addWaypoint(50.6, 30.2);
    expect(plan().waypoints).toEqual([]);
  });

  it('every edit is saved at once (autosave)', () => {
    const backing = memoryStorage();
    store = bootStore(backing);
    a.startMission('01-training-flight');
    a.beginPlanning();
    a.addWaypoint(50.6, 30.2);
    const saved = JSON.parse(backing.data.get('open-skies:save')!).state.mission;
    expect(saved.phase).toBe('planning');
    expect(saved.present.waypoints).toHaveLength(1);
    expect(saved.past).toHaveLength(1);
  });
});

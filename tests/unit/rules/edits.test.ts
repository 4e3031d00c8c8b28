import { describe, expect, it } from 'vitest';
import {
  addWaypoint,
  deleteWaypoint,
  insertWaypoint,
  moveWaypoint,
  setAltitude,
  setEndAirfield,
  setSensors,
  setTimeline,
  DEFAULT_ALTITUDE_M,
} from '../../../src/rules/edits';
import { createHistory, pushPlan, redo, undo, canRedo, canUndo } from '../../../src/rules/history';
import type { Plan } from '../../../src/rules/types';
import { testPlan } from '../../fixtures/rules/synthetic-world';

const plan = Object.freeze(testPlan()) as Plan;

describe('plan edits', () => {
  it('addWaypoint appends and copies the last altitude and sensors', () => {
    const next = addWaypoint(plan, { lat: 3, lon: 3 });
    expect(next.waypoints).toHaveLength(4);
    expect(next.waypoints[3]).toEqual({ lat: 3, lon: 3, altitudeM: 1500, sensors: [] });
    expect(next.waypoints[0]).toBe(plan.waypoints[0]); // untouched waypoints are shared
  });

  it('addWaypoint on an empty plan uses the default altitude; clamps coordinates', () => {
    const next = addWaypoint(testPlan({ waypoints: [] }), { lat: 95, lon: -190 });
    expect(next.waypoints).toEqual([{ lat: 90, lon: -180, altitudeM: DEFAULT_ALTITUDE_M, sensors: [] }]);
  });

  it.each<[string, (p: Plan) => Plan]>([
    ['insert on leg 0 without a point (airfield end)', (p) => insertWaypoint(p, 0)],
    ['insert on the final leg without a point', (p) => insertWaypoint(p, 3)],
    ['insert on a leg out of range', (p) => insertWaypoint(p, 9, { lat: 1, lon: 1 })],
    ['move to the same place', (p) => moveWaypoint(p, 1, { lat: 7, lon: 7 })],
    ['move a missing waypoint', (p) => moveWaypoint(p, 5, { lat: 1, lon: 1 })],
    ['delete a missing waypoint', (p) => deleteWaypoint(p, -1)],
    ['same altitude', (p) => setAltitude(p, 0, 1500)],
    ['altitude NaN', (p) => setAltitude(p, 0, NaN)],
    ['same sensors', (p) => setSensors(p, 0, ['optical'])],
    ['same timeline', (p) => setTimeline(p, { noticeH: 72 })],
    ['negative notice', (p) => setTimeline(p, { noticeH: -1 })],
    ['same end airfield', (p) => setEndAirfield(p, 'alpha')],
  ])('%s returns the same object', (_name, edit) => {
    expect(edit(plan)).toBe(plan);
  });

  it('insertWaypoint splits a leg at the given point or its midpoint', () => {
    expect(insertWaypoint(plan, 1, { lat: 6, lon: 4 }).waypoints.map((w) => [w.lat, w.lon])).toEqual([
      [7, 5],
      [6, 4],
      [7, 7],
      [5, 7],
    ]);
    const mid = insertWaypoint(plan, 2).waypoints[2];
    expect(mid?.lat).toBeCloseTo(6, 6);
    expect(mid?.lon).toBeCloseTo(7, 6);
    expect(mid?.sensors).toEqual([]); // takes the split leg's (waypoints[2]) settings
    expect(insertWaypoint(plan, 3, { lat: 5, lon: 6 }).waypoints).toHaveLength(4);
  });

  it('moveWaypoint, deleteWaypoint, setAltitude, setSensors change one waypoint', () => {
    expect(moveWaypoint(plan, 0, { lat: 8, lon: 8 }).waypoints[0]).toMatchObject({
      lat: 8,
      lon: 8,
      altitudeM: 1500,
    });
    expect(deleteWaypoint(plan, 1).waypoints.map((w) => w.lon)).toEqual([5, 7]);
    expect(setAltitude(plan, 2, 99_999).waypoints[2]?.altitudeM).toBe(15_000);
    expect(setAltitude(plan, 2, -5).waypoints[2]?.altitudeM).toBe(1);
    expect(setSensors(plan, 2, ['sar', 'optical', 'sar']).waypoints[2]?.sensors).toEqual(['optical', 'sar']);
  });

  it('setTimeline and setEndAirfield', () => {
    expect(setTimeline(plan, { noticeH: 80, takeoffAfterSubmitH: 30 }).timeline).toEqual({
      noticeH: 80,
      submitAfterArrivalH: 2,
      takeoffAfterSubmitH: 30,
    });
    expect(setTimeline(plan, { submitAfterArrivalH: 0 })).toBe(plan);
    expect(setEndAirfield(plan, 'bravo').endAirfield).toBe('bravo');
  });
});

describe('undo/redo history', () => {
  const a = plan;
  const b = addWaypoint(a, { lat: 1, lon: 1 });
  const c = addWaypoint(b, { lat: 2, lon: 2 });

  it('undoes and redoes in order, as plain data', () => {
    let h = pushPlan(pushPlan(createHistory(a), b), c);
    expect(h).toEqual({ past: [a, b], present: c, future: [] });
    h = undo(h);
    expect(h.present).toBe(b);
    h = undo(h);
    expect(h.present).toBe(a);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(b);
    expect(canRedo(h)).toBe(true);
    expect(JSON.parse(JSON.stringify(h))).toEqual(h);
  });

  it('a new edit clears redo; an unchanged plan leaves no step', () => {
    const h = undo(pushPlan(createHistory(a), b));
    const h2 = pushPlan(h, c);
    expect(h2.future).toEqual([]);
    expect(pushPlan(h2, h2.present)).toBe(h2);
    expect(redo(h2)).toBe(h2);
  });

  it('keeps at most the cap of undo steps', () => {
    let h = createHistory(a);
    for (let i = 0; i < 10; i++) h = pushPlan(h, moveWaypoint(h.present, 0, { lat: i, lon: i }), 3);
    expect(h.past).toHaveLength(3);
    expect(h.past[0]?.waypoints[0]?.lat).toBe(6);
  });
});

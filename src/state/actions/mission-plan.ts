/** Planning actions: the map scene and the route table call these; the rules decide legality. */
import type { PlanTimeline, SensorKind } from '../../rules/types';
import { canRedo, canUndo, redo as redoH, undo as undoH } from '../../rules';
import { breakEditChain, editPlan, get, historyOf, set, setHistory, announce } from './mission-core';
import * as edits from '../../rules/edits';

/** The first leg is flown with the camera on, so a new player's first route brings home pictures. */
const FIRST_SENSORS: SensorKind[] = ['optical'];

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** `site`: the waypoint was put on this site (a tap within a few pixels of it snaps there). */
export function addWaypoint(lat: number, lon: number, site?: string): void {
  let index = 0;
  const added = editPlan((p) => {
    index = p.waypoints.length;
    const next = edits.addWaypoint(p, { lat: round5(lat), lon: round5(lon) });
    return index === 0 && next !== p ? edits.setSensors(next, 0, FIRST_SENSORS) : next;
  });
  if (added) {
    set({ selectedWaypoint: index });
    if (site) announce('say.wp-snapped', { n: index + 1, site });
    else announce('say.wp-added', { n: index + 1 });
  }
}

/**
 * Inserts a waypoint in leg `legIndex` (the leg that ends at waypoints[legIndex]). On an empty
 * route the only "leg" is the airfield's own zero-length one, with no waypoint to copy sensors
 * from: that is the first waypoint, so it gets the mission's default sensors like any other.
 */
export function insertWaypoint(legIndex: number, lat: number, lon: number, site?: string): void {
  const plan = get().mission?.present as { waypoints: unknown[] } | undefined;
  if (plan && plan.waypoints.length === 0) {
    addWaypoint(lat, lon, site);
    return;
  }
  if (editPlan((p) => edits.insertWaypoint(p, legIndex, { lat: round5(lat), lon: round5(lon) }))) {
    set({ selectedWaypoint: legIndex });
    if (site) announce('say.wp-snapped', { n: legIndex + 1, site });
    else announce('say.wp-inserted', { n: legIndex + 1 });
  }
}

/** Moves waypoint i; successive moves of the same waypoint (a drag) make one undo step. */
export function moveWaypoint(i: number, lat: number, lon: number): void {
  editPlan((p) => edits.moveWaypoint(p, i, { lat: round5(lat), lon: round5(lon) }), `move:${i}`);
}

export function deleteWaypoint(i: number): void {
  if (editPlan((p) => edits.deleteWaypoint(p, i))) {
    const n = (get().mission?.present as { waypoints: unknown[] }).waypoints.length;
    set({ selectedWaypoint: n === 0 ? null : Math.min(i, n - 1) });
    announce('say.wp-deleted', { n: i + 1 });
  }
}

export function selectWaypoint(i: number | null): void {
  breakEditChain();
  if (get().selectedWaypoint !== i) set({ selectedWaypoint: i });
}

export function setLegAltitude(i: number, altitudeM: number): void {
  if (!Number.isFinite(altitudeM)) return;
  editPlan((p) => edits.setAltitude(p, i, Math.round(altitudeM)), `alt:${i}`);
}

export function setLegSensors(i: number, sensors: SensorKind[]): void {
  breakEditChain();
  editPlan((p) => edits.setSensors(p, i, sensors));
}

export function setTimeline(partial: Partial<PlanTimeline>): void {
  breakEditChain();
  editPlan((p) => edits.setTimeline(p, partial));
}

export function setEndAirfield(id: string): void {
  breakEditChain();
  editPlan((p) => edits.setEndAirfield(p, id));
}

function planning(): boolean {
  const s = get();
  return s.mission?.phase === 'planning' && !s.routeLocked;
}

export function undo(): void {
  const m = get().mission;
  if (!m || !planning()) return;
  const h = historyOf(m);
  if (!canUndo(h)) return;
  setHistory(undoH(h));
  announce('say.undone');
}

export function redo(): void {
  const m = get().mission;
  if (!m || !planning()) return;
  const h = historyOf(m);
  if (!canRedo(h)) return;
  setHistory(redoH(h));
  announce('say.redone');
}

export function toggleRouteLock(): void {
  breakEditChain();
  const locked = !get().routeLocked;
  set({ routeLocked: locked });
  announce(locked ? 'say.locked' : 'say.unlocked');
}

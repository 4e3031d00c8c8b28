/**
 * Pure plan edits for the planner. Each returns a new plan, or the very same object when the
 * edit changes nothing (so the store can skip work), and never mutates its input. Out-of-range
 * indexes are no-ops; coordinates are clamped to the valid range so an edit cannot produce a
 * plan the parser would reject.
 */
import { MAX_ALTITUDE_M, MAX_WAYPOINTS } from './plan/schema';
import { interpolate } from './geo';
import type { Plan, PlanTimeline, PlanWaypoint, SensorKind } from './types';
import { DEFAULT_TIMELINE } from './types';
import { SENSOR_KINDS } from '../world/types';

export interface Position {
  lat: number;
  lon: number;
}

/** Altitude a new waypoint gets when the plan has none to copy: OC-135B optical minimum-ish. */
export const DEFAULT_ALTITUDE_M = 1_500;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const clampPosition = (p: Position): Position => ({
  lat: clamp(p.lat, -90, 90),
  lon: clamp(p.lon, -180, 180),
});
const isIndex = (plan: Plan, i: number) => Number.isInteger(i) && i >= 0 && i < plan.waypoints.length;

function withWaypoints(plan: Plan, waypoints: PlanWaypoint[]): Plan {
  return { ...plan, waypoints };
}

function newWaypoint(at: Position, template: PlanWaypoint | undefined): PlanWaypoint {
  const p = clampPosition(at);
  return {
    lat: p.lat,
    lon: p.lon,
    altitudeM: template?.altitudeM ?? DEFAULT_ALTITUDE_M,
    sensors: template ? [...template.sensors] : [],
  };
}

/** Appends a waypoint; it copies the previous waypoint's altitude and sensors. */
export function addWaypoint(plan: Plan, at: Position): Plan {
  if (plan.waypoints.length >= MAX_WAYPOINTS) return plan;
  const last = plan.waypoints[plan.waypoints.length - 1];
  return withWaypoints(plan, [...plan.waypoints, newWaypoint(at, last)]);
}

/**
 * Splits leg `legIndex` (leg i ends at waypoints[i]; leg n ends at the end airfield) by a new
 * waypoint at `at`, or at the leg's great-circle midpoint when `at` is absent and the leg has
 * two waypoints. The new waypoint takes the split leg's altitude and sensors.
 */
export function insertWaypoint(plan: Plan, legIndex: number, at?: Position): Plan {
  const n = plan.waypoints.length;
  if (!Number.isInteger(legIndex) || legIndex < 0 || legIndex > n || n >= MAX_WAYPOINTS) return plan;
  const before = plan.waypoints[legIndex - 1];
  const after = plan.waypoints[legIndex];
  let where = at;
  if (!where) {
    if (!before || !after) return plan; // an airfield end: its position is not in the plan
    where = interpolate(before, after, 0.5);
  }
  const waypoint = newWaypoint(where, after ?? before);
  return withWaypoints(plan, [
    ...plan.waypoints.slice(0, legIndex),
    waypoint,
    ...plan.waypoints.slice(legIndex),
  ]);
}

export function moveWaypoint(plan: Plan, index: number, to: Position): Plan {
  const w = plan.waypoints[index];
  if (!w || !isIndex(plan, index)) return plan;
  const p = clampPosition(to);
  if (p.lat === w.lat && p.lon === w.lon) return plan;
  return withWaypoints(
    plan,
    plan.waypoints.map((x, i) =>
      i === index ? { ...x, lat: p.lat, lon: p.lon, sensors: [...x.sensors] } : x,
    ),
  );
}

export function deleteWaypoint(plan: Plan, index: number): Plan {
  if (!isIndex(plan, index)) return plan;
  return withWaypoints(
    plan,
    plan.waypoints.filter((_, i) => i !== index),
  );
}

/** Altitude of the leg ending at waypoint `index`, clamped to (0, 15,000] m. */
export function setAltitude(plan: Plan, index: number, altitudeM: number): Plan {
  const w = plan.waypoints[index];
  if (!w || !isIndex(plan, index) || !Number.isFinite(altitudeM)) return plan;
  const a = clamp(altitudeM, 1, MAX_ALTITUDE_M);
  if (a === w.altitudeM) return plan;
  return withWaypoints(
    plan,
    plan.waypoints.map((x, i) => (i === index ? { ...x, altitudeM: a, sensors: [...x.sensors] } : x)),
  );
}

/** Sensors of the leg ending at waypoint `index`, deduplicated, in the canonical order. */
export function setSensors(plan: Plan, index: number, sensors: readonly SensorKind[]): Plan {
  const w = plan.waypoints[index];
  if (!w || !isIndex(plan, index)) return plan;
  const next = SENSOR_KINDS.filter((k) => sensors.includes(k));
  const current = SENSOR_KINDS.filter((k) => w.sensors.includes(k));
  if (
    next.length === current.length &&
    next.length === w.sensors.length &&
    next.every((k, i) => w.sensors[i] === k)
  ) {
    return plan;
  }
  return withWaypoints(
    plan,
    plan.waypoints.map((x, i) => (i === index ? { ...x, sensors: next } : x)),
  );
}

/** Changes any of the timeline's figures; negative or non-finite values are ignored. */
export function setTimeline(plan: Plan, change: Partial<PlanTimeline>): Plan {
  const current = plan.timeline ?? DEFAULT_TIMELINE;
  const next: PlanTimeline = { ...current };
  for (const key of ['noticeH', 'submitAfterArrivalH', 'takeoffAfterSubmitH'] as const) {
    const v = change[key];
    if (v === undefined || !Number.isFinite(v) || v < 0) continue;
    if (key === 'submitAfterArrivalH' && v === 0) continue;
    next[key] = v;
  }
  if (
    plan.timeline &&
    next.noticeH === current.noticeH &&
    next.submitAfterArrivalH === current.submitAfterArrivalH &&
    next.takeoffAfterSubmitH === current.takeoffAfterSubmitH
  ) {
    return plan;
  }
  if (!plan.timeline && JSON.stringify(next) === JSON.stringify(DEFAULT_TIMELINE)) return plan;
  return { ...plan, timeline: next };
}

export function setEndAirfield(plan: Plan, airfieldId: string): Plan {
  if ((plan.endAirfield ?? plan.airfield) === airfieldId) return plan;
  return { ...plan, endAirfield: airfieldId };
}

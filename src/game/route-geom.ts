/**
 * The route as the map draws it: stops (start airfield, waypoints, end airfield), legs as
 * projected great-circle lines, the worst finding per leg, and hit tests for handles and legs.
 * Pure: no Phaser. Leg i ends at waypoints[i]; leg n (n = waypoints.length) returns to the end
 * airfield (as in rules/types).
 */
import type { Plan, Severity, Verdict } from '../rules/types';
import { findingTitle } from '../i18n';
import { lonLat, type MapProjection, type MapPx } from './projection';
import { worstFindingByLeg } from '../rules/severity';
import { projectGeo } from './project-geo';

export interface Stop {
  lat: number;
  lon: number;
}

export type AirfieldLookup = (id: string) => Stop | undefined;

/** Start airfield, the waypoints, end airfield; null when an airfield is unknown. */
export function routeStops(plan: Plan, airfield: AirfieldLookup): Stop[] | null {
  const start = airfield(plan.airfield);
  const end = airfield(plan.endAirfield ?? plan.airfield);
  if (!start || !end) return null;
  return [start, ...plan.waypoints.map((w) => ({ lat: w.lat, lon: w.lon })), end];
}

/** Each leg as great-circle lines in map px (a leg may be split where the map clips it). */
export function projectLegs(projection: MapProjection, stops: readonly Stop[]): number[][][] {
  const legs: number[][][] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i] as Stop;
    const b = stops[i + 1] as Stop;
    legs.push(
      projectGeo(projection, {
        type: 'LineString',
        coordinates: [
          [a.lon, a.lat],
          [b.lon, b.lat],
        ],
      }).lines,
    );
  }
  return legs;
}

export function projectStops(projection: MapProjection, stops: readonly Stop[]): MapPx[] {
  return stops.map((s) => projection.toMap(lonLat(s.lon, s.lat)));
}

export interface LegMark {
  /** The most serious finding on the leg (violation over restriction), or null. */
  severity: Exclude<Severity, 'notice'> | null;
  /** Player-facing reason shown beside the leg (the finding's title). */
  title: string | null;
}

/** The worst violation or restriction of each of nLegs legs (notices leave a leg unmarked). */
export function legMarks(verdict: Pick<Verdict, 'findings'> | null, nLegs: number): LegMark[] {
  const worst = worstFindingByLeg(verdict?.findings ?? [], nLegs);
  return worst.map((f) =>
    f && f.severity !== 'notice'
      ? { severity: f.severity, title: findingTitle(f.code) }
      : { severity: null, title: null },
  );
}

/** Index of the nearest point within radius, or null. */
export function nearestPoint(
  points: readonly MapPx[],
  p: { x: number; y: number },
  radius: number,
): number | null {
  let best: number | null = null;
  let bestD = radius;
  points.forEach((q, i) => {
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + dx * t), py - (ay + dy * t));
}

/** Index of the leg passing nearest to p within tol, or null. */
export function nearestLeg(
  legs: readonly (readonly (readonly number[])[])[],
  p: { x: number; y: number },
  tol: number,
): number | null {
  let best: number | null = null;
  let bestD = tol;
  legs.forEach((lines, i) => {
    for (const f of lines)
      for (let k = 0; k + 3 < f.length; k += 2) {
        const d = segDist(
          p.x,
          p.y,
          f[k] as number,
          f[k + 1] as number,
          f[k + 2] as number,
          f[k + 3] as number,
        );
        if (d <= bestD) {
          bestD = d;
          best = i;
        }
      }
  });
  return best;
}

/** A point half-way along a leg's projected line, for its label. */
export function legMidpoint(lines: readonly (readonly number[])[]): { x: number; y: number } | null {
  let total = 0;
  for (const f of lines)
    for (let k = 0; k + 3 < f.length; k += 2)
      total += Math.hypot(
        (f[k + 2] as number) - (f[k] as number),
        (f[k + 3] as number) - (f[k + 1] as number),
      );
  let left = total / 2;
  for (const f of lines)
    for (let k = 0; k + 3 < f.length; k += 2) {
      const ax = f[k] as number;
      const ay = f[k + 1] as number;
      const bx = f[k + 2] as number;
      const by = f[k + 3] as number;
      const len = Math.hypot(bx - ax, by - ay);
      if (len >= left && len > 0)
        return { x: ax + ((bx - ax) * left) / len, y: ay + ((by - ay) * left) / len };
      left -= len;
    }
  return null;
}

/** Length of projected lines, map px. */
export function lineLength(lines: readonly (readonly number[])[]): number {
  let sum = 0;
  for (const f of lines)
    for (let k = 0; k + 3 < f.length; k += 2)
      sum += Math.hypot((f[k + 2] as number) - (f[k] as number), (f[k + 3] as number) - (f[k + 1] as number));
  return sum;
}

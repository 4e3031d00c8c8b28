/**
 * Frames for the map that depend on the plan: where a map without sites opens (the planning
 * sandbox: the chosen airfield's reach within the host's territory), and the route's own
 * frame for "Fit route". Pure: map px in, bounds out.
 */
import type { Plan } from '../rules/types';
import { AIRFIELD_BY_ID } from '../world';
import type { OverlayGeometry } from './overlay-data';
import { lonLat, type MapBounds, type MapProjection } from './projection';

function bboxOf(xs: number[], ys: number[]): MapBounds | null {
  if (xs.length === 0) return null;
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/**
 * A map with no sites or zones (the sandbox) opens on the take-off airfield's reach (its
 * out-and-back ring) where it lies over the host's territory (`territory`), with the airfield
 * itself always inside: a small host shows whole, Russia shows the part a flight from Kubinka
 * can reach. Null when the overlay has sites or zones (their frame applies) or no such airfield.
 */
export function homeFrame(o: OverlayGeometry, territory: MapBounds, homeId: string | null): MapBounds | null {
  if (o.targets.length + o.zones.length > 0 || !homeId) return null;
  const home = o.airfields.find((a) => a.id === homeId);
  if (!home || !Number.isFinite(home.at.x) || !Number.isFinite(home.at.y)) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const r of home.ring)
    for (let i = 0; i + 1 < r.length; i += 2) {
      const x = r[i] as number;
      const y = r[i + 1] as number;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        xs.push(x);
        ys.push(y);
      }
    }
  const reach = bboxOf(xs, ys) ?? territory;
  // The reach, cut to the territory (or the reach alone when the airfield lies away from the
  // main territory, as Elmendorf in Alaska); then grown to hold the airfield.
  let cut: MapBounds = [
    [Math.max(reach[0][0], territory[0][0]), Math.max(reach[0][1], territory[0][1])],
    [Math.min(reach[1][0], territory[1][0]), Math.min(reach[1][1], territory[1][1])],
  ];
  if (!(cut[1][0] > cut[0][0] && cut[1][1] > cut[0][1])) cut = reach;
  const x0 = Math.min(cut[0][0], home.at.x);
  const y0 = Math.min(cut[0][1], home.at.y);
  const x1 = Math.max(cut[1][0], home.at.x);
  const y1 = Math.max(cut[1][1], home.at.y);
  if (!(x1 > x0 && y1 > y0)) return null;
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The route's frame: take-off and landing airfields and every waypoint (null: no waypoints). */
export function routeFrame(plan: Plan | null, projection: MapProjection): MapBounds | null {
  if (!plan || plan.waypoints.length === 0) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (lon: number, lat: number): void => {
    const p = projection.toMap(lonLat(lon, lat));
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) {
      xs.push(p.x);
      ys.push(p.y);
    }
  };
  for (const id of [plan.airfield, plan.endAirfield ?? plan.airfield]) {
    const a = AIRFIELD_BY_ID.get(id);
    if (a) add(a.lon, a.lat);
  }
  for (const w of plan.waypoints) add(w.lon, w.lat);
  return bboxOf(xs, ys);
}

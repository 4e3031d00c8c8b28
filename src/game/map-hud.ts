/**
 * The scale and north arrow the Hud shows, from the map's projection and the current view:
 * kilometres per device pixel and the direction of north at the centre of the view (a conic
 * map turns away from straight up far from its central meridian). Pure maths, unit-tested.
 */
import { distanceKm } from '../rules/geo/sphere';
import type { MapHud } from '../state/view-state';
import { lonLat, screenPx, type MapProjection } from './projection';
import { screenToMap, type View } from './view';

/** Device px of the probe eastwards from the centre that gives the scale. */
const PROBE_PX = 100;

export function mapHudOf(
  projection: Pick<MapProjection, 'toMap' | 'toLonLat'>,
  view: View,
  facts: { zones: boolean; targets: boolean },
): MapHud {
  const c = projection.toLonLat(screenToMap(view, screenPx(view.widthPx / 2, view.heightPx / 2)));
  const e = projection.toLonLat(screenToMap(view, screenPx(view.widthPx / 2 + PROBE_PX, view.heightPx / 2)));
  const km = distanceKm({ lat: c[1], lon: c[0] }, { lat: e[1], lon: e[0] });
  return { kmPerPx: km / PROBE_PX, ...facts, northDeg: northDegAt(projection, c[0], c[1]) };
}

/** Degrees clockwise from straight up in which north points at a place (0 when undefined). */
export function northDegAt(projection: Pick<MapProjection, 'toMap'>, lon: number, lat: number): number {
  const here = projection.toMap(lonLat(lon, lat));
  const up = projection.toMap(lonLat(lon, Math.min(89.9, lat + 0.5)));
  const deg = (Math.atan2(up.x - here.x, here.y - up.y) * 180) / Math.PI;
  return Number.isFinite(deg) ? deg : 0;
}

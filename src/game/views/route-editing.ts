/**
 * Map input → mission actions while planning: a tap on a leg inserts a waypoint there, a tap on
 * empty map adds one at the end, a handle drag moves its waypoint (the rules decide legality).
 */
import { store } from '../../state/store';
import * as mission from '../../state/actions/mission';
import { editing } from '../map-state';
import type { MapProjection, ScreenPx } from '../projection';
import { screenToMap, type View } from '../view';
import type { MapInputHandlers } from './MapInput';
import type { RouteLayer } from './RouteLayer';

export function routeEditing(
  route: RouteLayer,
  projection: MapProjection,
  view: () => View,
): Pick<MapInputHandlers, 'tap' | 'grab' | 'drag' | 'release' | 'hover'> {
  let dragging: number | null = null;
  const where = (at: ScreenPx) => {
    const p = screenToMap(view(), at);
    const ll = projection.toLonLat(p);
    return { p, lon: ll[0], lat: ll[1], ok: Number.isFinite(ll[0]) && Number.isFinite(ll[1]) };
  };
  return {
    tap: (at) => {
      if (!editing(store.getState())) return;
      const w = where(at);
      if (!w.ok) return;
      const leg = route.legAt(w.p);
      if (leg !== null) mission.insertWaypoint(leg, w.lat, w.lon);
      else mission.addWaypoint(w.lat, w.lon);
    },
    grab: (at) => {
      if (!editing(store.getState())) return false;
      dragging = route.handleAt(screenToMap(view(), at));
      if (dragging !== null) mission.selectWaypoint(dragging);
      return dragging !== null;
    },
    drag: (at) => {
      if (dragging === null) return;
      const w = where(at);
      if (w.ok) mission.moveWaypoint(dragging, w.lat, w.lon);
    },
    release: () => {
      dragging = null;
    },
    hover: (at) => (editing(store.getState()) ? route.hoverAt(screenToMap(view(), at)) : 'default'),
  };
}

/**
 * Map input → mission actions while planning: a tap on a leg inserts a waypoint there, a tap on
 * empty map adds one at the end, a handle drag moves its waypoint (the rules decide legality).
 * A tap or drag that ends within SNAP_CSS_PX of a site puts the waypoint on the site itself
 * (one undo step, announced), so "click near the target" means "over the target".
 */
import { store } from '../../state/store';
import { currentLevel } from '../../state/selectors';
import { localLevel } from '../../i18n';
import * as mission from '../../state/actions/mission';
import { setRouteDrag } from '../../state/actions/view';
import { editing } from '../map-state';
import { lonLat, type MapProjection, type MapPx, type ScreenPx } from '../projection';
import { nearestPoint } from '../route-geom';
import { screenToMap, type View } from '../view';
import type { MapInputHandlers } from './MapInput';
import type { PreviewLayer, RouteHover } from './PreviewLayer';
import type { RouteLayer } from './RouteLayer';

/** A tap this close to a site (CSS px) lands on the site. */
export const SNAP_CSS_PX = 14;

interface Site {
  id: string;
  name: string;
  lat: number;
  lon: number;
  p: MapPx;
}

export function routeEditing(
  route: RouteLayer,
  cues: PreviewLayer,
  projection: MapProjection,
  view: () => View,
  dpr: () => number,
): Pick<MapInputHandlers, 'tap' | 'grab' | 'drag' | 'release' | 'hover'> {
  let dragging: number | null = null;
  let sitesOf: { level: unknown; sites: Site[] } | null = null;
  const sites = (): Site[] => {
    // Site names in the player's language (a snap is announced by name).
    const inPlay = currentLevel(store.getState());
    const level = inPlay ? localLevel(inPlay) : null;
    if (sitesOf?.level !== level) {
      sitesOf = {
        level,
        sites: (level?.targets ?? []).map((t) => ({ ...t, p: projection.toMap(lonLat(t.lon, t.lat)) })),
      };
    }
    return sitesOf.sites;
  };
  /** The site under a map point, within SNAP_CSS_PX on screen. */
  const siteAt = (p: MapPx): Site | null => {
    const list = sites();
    const i = nearestPoint(
      list.map((s) => s.p),
      p,
      (SNAP_CSS_PX * dpr()) / view().zoom,
    );
    return i === null ? null : (list[i] ?? null);
  };
  const where = (at: ScreenPx) => {
    const p = screenToMap(view(), at);
    const site = siteAt(p);
    if (site) return { p: site.p, lon: site.lon, lat: site.lat, ok: true, site };
    const ll = projection.toLonLat(p);
    return { p, lon: ll[0], lat: ll[1], ok: Number.isFinite(ll[0]) && Number.isFinite(ll[1]), site: null };
  };
  const hoverOf = (at: ScreenPx): RouteHover | null => {
    if (!editing(store.getState())) return null;
    const p = screenToMap(view(), at);
    const handle = route.handleAt(p);
    if (handle !== null) return { kind: 'handle', at: p };
    const site = siteAt(p);
    const leg = route.legAt(p);
    if (site) return { kind: leg !== null ? 'leg-site' : 'site', at: site.p };
    return leg !== null ? { kind: 'leg', at: p } : { kind: 'map', at: p };
  };
  return {
    tap: (at) => {
      if (!editing(store.getState())) return;
      const w = where(at);
      if (!w.ok) return;
      const leg = route.legAt(screenToMap(view(), at));
      const site = w.site?.name;
      if (leg !== null) mission.insertWaypoint(leg, w.lat, w.lon, site);
      else mission.addWaypoint(w.lat, w.lon, site);
      cues.setHover(null);
    },
    grab: (at) => {
      if (!editing(store.getState())) return false;
      dragging = route.handleAt(screenToMap(view(), at));
      if (dragging !== null) {
        mission.selectWaypoint(dragging);
        setRouteDrag(store, dragging);
      }
      return dragging !== null;
    },
    drag: (at) => {
      if (dragging === null) return;
      const w = where(at);
      if (w.ok) mission.moveWaypoint(dragging, w.lat, w.lon);
      cues.setHover(w.site ? { kind: 'site', at: w.site.p } : null);
    },
    release: () => {
      dragging = null;
      setRouteDrag(store, null);
      cues.setHover(null);
    },
    hover: (at) => {
      const h = hoverOf(at);
      cues.setHover(h);
      if (!h) return 'default';
      return h.kind === 'handle' ? 'grab' : h.kind === 'leg' || h.kind === 'leg-site' ? 'copy' : 'crosshair';
    },
  };
}

/**
 * The briefing's small map: the observed party's outline, its Open Skies airfields and the
 * objectives, as SVG (d3-geo, fitted to what the mission is about). A picture for orientation,
 * not the planning map; it has a text alternative listing what it shows.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, MultiPoint } from 'geojson';
import type { Level, WorldGeo } from '../../rules/types';
import { h, svg } from './dom';

const W = 320;
const H = 220;

export function miniMap(level: Level, world: WorldGeo, label: string): HTMLElement {
  const host = world.states.get(level.host);
  const points: [number, number][] = [];
  for (const a of level.airfields) {
    const af = world.airfields.get(a.id);
    if (af) points.push([af.lon, af.lat]);
  }
  for (const t of level.targets) points.push([t.lon, t.lat]);
  const focus: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: points },
  };
  const centreLon = points.length ? points.reduce((s, p) => s + p[0], 0) / points.length : 0;
  const centreLat = points.length ? points.reduce((s, p) => s + p[1], 0) / points.length : 45;
  const projection = geoConicConformal()
    .rotate([-centreLon, 0])
    .parallels([centreLat - 5, centreLat + 5])
    .fitExtent(
      [
        [44, 34],
        [W - 44, H - 30],
      ],
      focus,
    )
    .clipExtent([
      [0, 0],
      [W, H],
    ]);
  // Zoom out a little around a single point or a tight cluster so the outline gives context.
  const k = projection.scale();
  if (!Number.isFinite(k) || points.length < 3)
    projection.scale(Number.isFinite(k) ? Math.min(k, 2500) : 1500);
  const path = geoPath(projection);
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'ms-minimap',
    role: 'img',
    'aria-label': label,
  });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'mm-water' }));
  for (const [iso3, state] of world.states) {
    const x0 = state.bbox[0];
    const x1 = state.bbox[2];
    if (iso3 !== level.host && (x1 < centreLon - 40 || x0 > centreLon + 40)) continue;
    const f: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: state.polygons as unknown as number[][][][] },
    };
    const d = path(f);
    if (d) root.append(svg('path', { d, class: iso3 === level.host ? 'mm-host' : 'mm-land' }));
  }
  if (!host) root.classList.add('mm-no-host');
  for (const a of level.airfields) {
    const af = world.airfields.get(a.id);
    const p = af ? projection([af.lon, af.lat]) : null;
    if (!af || !p) continue;
    root.append(svg('rect', { x: p[0] - 5, y: p[1] - 5, width: 10, height: 10, class: 'mm-airfield' }));
    const t = svg('text', { x: p[0] + 8, y: p[1] + 4, class: 'mm-label' });
    t.textContent = af.name;
    root.append(t);
  }
  level.targets.forEach((t, i) => {
    const p = projection([t.lon, t.lat]);
    if (!p) return;
    root.append(
      svg('path', {
        d: `M${p[0]},${p[1] - 6}L${p[0] + 6},${p[1]}L${p[0]},${p[1] + 6}L${p[0] - 6},${p[1]}Z`,
        class: t.objective ? 'mm-target mm-objective' : 'mm-target',
      }),
    );
    const n = svg('text', { x: p[0] + 8, y: p[1] - 6, class: 'mm-label mm-num' });
    n.textContent = String(i + 1);
    root.append(n);
  });
  return h('figure', { class: 'ms-minimap-fig' }, [root]);
}

/**
 * Geometry indexes of a level's zones, built once per zone object. Zones are static level data,
 * so caching their index (not any result) in a WeakMap keeps every validation doing full work.
 */
import { buildAreaIndex, buildLineIndex, type AreaIndex, type LineIndex } from '../geo';
import type { ZoneFeature } from '../types';
import type { LonLat, PolygonRings } from '../../world/types';
import type { Box } from './leg-box';

export interface ZoneIndex {
  area?: AreaIndex;
  line?: LineIndex;
  /** Box of all the zone's coordinates, for skipping legs that cannot reach it. */
  box: Box;
}

const cache = new WeakMap<ZoneFeature, ZoneIndex>();

const ring = (positions: readonly (readonly number[])[]): LonLat[] =>
  positions.map((p) => [p[0] ?? 0, p[1] ?? 0] as const);

export function zoneIndex(zone: ZoneFeature): ZoneIndex {
  let index = cache.get(zone);
  if (index) return index;
  const g = zone.geometry;
  if (g.type === 'LineString') {
    const line = ring(g.coordinates);
    index = { line: buildLineIndex([line]), box: boxOf(line) };
  } else {
    const polygons: PolygonRings[] =
      g.type === 'Polygon' ? [g.coordinates.map(ring)] : g.coordinates.map((poly) => poly.map(ring));
    index = { area: buildAreaIndex(polygons), box: boxOf(polygons.flatMap((rings) => rings[0] ?? [])) };
  }
  cache.set(zone, index);
  return index;
}

function boxOf(points: readonly LonLat[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

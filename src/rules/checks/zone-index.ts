/**
 * Geometry indexes of a level's zones, built once per zone object. Zones are static level data,
 * so caching their index (not any result) in a WeakMap keeps every validation doing full work.
 */
import { buildAreaIndex, buildLineIndex, type AreaIndex, type LineIndex } from '../geo';
import type { ZoneFeature } from '../types';
import type { LonLat, PolygonRings } from '../../world/types';

export interface ZoneIndex {
  area?: AreaIndex;
  line?: LineIndex;
}

const cache = new WeakMap<ZoneFeature, ZoneIndex>();

const ring = (positions: readonly (readonly number[])[]): LonLat[] =>
  positions.map((p) => [p[0] ?? 0, p[1] ?? 0] as const);

export function zoneIndex(zone: ZoneFeature): ZoneIndex {
  let index = cache.get(zone);
  if (index) return index;
  const g = zone.geometry;
  if (g.type === 'LineString') {
    index = { line: buildLineIndex([ring(g.coordinates)]) };
  } else {
    const polygons: PolygonRings[] =
      g.type === 'Polygon' ? [g.coordinates.map(ring)] : g.coordinates.map((poly) => poly.map(ring));
    index = { area: buildAreaIndex(polygons) };
  }
  cache.set(zone, index);
  return index;
}

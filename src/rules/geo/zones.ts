/**
 * The one zone geometry of the game: which points and legs are in a level's zone, and the
 * buffer a zone claims. The checks (findings), the simulation (zone entries in flight), the
 * host (detours, clear-of tests) and the map all ask here, so they cannot disagree.
 *
 * Membership: inside a polygon zone's rings, or within the zone's buffer of its boundary or
 * line (strictly closer than bufferKm). Only a corridor claims a buffer (its bufferKm, which
 * the level schema requires); every other kind has none, so a line zone of another kind has
 * no inside.
 *
 * The geometry indexes are built once per zone object. Zones are static level data, so
 * caching their index (not any result) in a WeakMap keeps every validation doing full work.
 */
import { buildAreaIndex, type AreaIndex } from './area-index';
import { buildLineIndex, type LineIndex } from './line-index';
import type { LatLon } from './sphere';
import type { ZoneFeature } from '../types';
import type { LonLat, PolygonRings } from '../../world/types';

/** [minLon, minLat, maxLon, maxLat] */
export type Box = [number, number, number, number];

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

/** The buffer a zone claims around its line or area, km: a corridor's bufferKm, else 0. */
export function zoneBufferKm(zone: ZoneFeature): number {
  return zone.properties.kind === 'corridor' ? zone.properties.bufferKm : 0;
}

/** Is p in the zone (inside its area, or strictly within its buffer)? */
export function inZone(zone: ZoneFeature, p: LatLon): boolean {
  const { area, line } = zoneIndex(zone);
  const buffer = zoneBufferKm(zone);
  if (area) return area.contains(p) || (buffer > 0 && area.distanceToBoundaryKm(p, buffer) < buffer);
  return !!line && buffer > 0 && line.distanceKm(p, buffer) < buffer;
}

/**
 * Smallest distance from the leg a→b to the zone, km: 0 when the leg enters the area,
 * Infinity when it is farther than limitKm (measured from the line or the area's boundary).
 */
export function legDistanceToZoneKm(zone: ZoneFeature, a: LatLon, b: LatLon, limitKm: number): number {
  const { area, line } = zoneIndex(zone);
  if (area) return area.firstPointInside(a, b) ? 0 : area.legDistanceToBoundaryKm(a, b, limitKm);
  return line ? line.legDistanceKm(a, b, limitKm) : Infinity;
}

/** Does any point of the leg a→b lie in the zone (exact, no sampling)? */
export function legMeetsZone(zone: ZoneFeature, a: LatLon, b: LatLon): boolean {
  const buffer = zoneBufferKm(zone);
  const km = legDistanceToZoneKm(zone, a, b, buffer);
  return km === 0 || km < buffer;
}

/** Every point of a→b stays more than marginKm outside the zone (beyond its buffer). */
export function legClearOfZone(zone: ZoneFeature, a: LatLon, b: LatLon, marginKm: number): boolean {
  const limit = zoneBufferKm(zone) + marginKm;
  return legDistanceToZoneKm(zone, a, b, limit + 1) > limit;
}

/** [minLon, minLat, maxLon, maxLat] of the zone's coordinates. */
export function zoneBbox(zone: ZoneFeature): Box {
  return [...zoneIndex(zone).box];
}

/**
 * Zone membership for the simulation's escort remarks and the host's route proposals.
 * Polygons: inside the rings. Lines (claimed corridors): within the zone's buffer.
 */
import type { ZoneFeature } from '../types';
import { distanceToLegKm, inRings, type LatLon } from './sphere';

/** Buffer used for a line zone that does not state one (the 10 km corridor claim). */
export const DEFAULT_LINE_BUFFER_KM = 10;

export function inZone(zone: ZoneFeature, p: LatLon): boolean {
  const g = zone.geometry;
  if (g.type === 'Polygon') return inRings(p, g.coordinates);
  if (g.type === 'MultiPolygon') return g.coordinates.some((poly) => inRings(p, poly));
  const buffer = zone.properties.bufferKm ?? DEFAULT_LINE_BUFFER_KM;
  for (let i = 0; i + 1 < g.coordinates.length; i++) {
    const a = g.coordinates[i];
    const b = g.coordinates[i + 1];
    if (!a || !b) continue;
    const d = distanceToLegKm({ lat: a[1] ?? 0, lon: a[0] ?? 0 }, { lat: b[1] ?? 0, lon: b[0] ?? 0 }, p);
    if (d <= buffer) return true;
  }
  return false;
}

/** The zone's active window covers tH (zones without a window are always active). */
export function zoneActiveAt(zone: ZoneFeature, tH: number): boolean {
  const from = zone.properties.activeFromH ?? -Infinity;
  const to = zone.properties.activeToH ?? Infinity;
  return tH >= from && tH <= to;
}

/** [minLon, minLat, maxLon, maxLat] of the zone's coordinates. */
export function zoneBbox(zone: ZoneFeature): [number, number, number, number] {
  const g = zone.geometry;
  const pts: number[][] =
    g.type === 'LineString'
      ? g.coordinates
      : g.type === 'Polygon'
        ? g.coordinates.flat()
        : g.coordinates.flat(2);
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon = 0, lat = 0] of pts) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return [minLon, minLat, maxLon, maxLat];
}

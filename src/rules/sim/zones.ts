/**
 * Zones in the simulation: membership and buffer come from the one zone geometry
 * (geo/zones.ts, shared with the checks, the host and the map); here only when a zone is active.
 */
import type { ZoneFeature } from '../types';

export { inZone, zoneBbox, zoneBufferKm } from '../geo/zones';

/** The zone's active window covers tH (only airspace has a window; other zones are always active). */
export function zoneActiveAt(zone: ZoneFeature, tH: number): boolean {
  const p = zone.properties;
  if (p.kind !== 'hazardous' && p.kind !== 'exercise') return true;
  const from = p.activeFromH ?? -Infinity;
  const to = p.activeToH ?? Infinity;
  return tH >= from && tH <= to;
}

/**
 * Zones in the simulation: membership and buffer come from the one zone geometry
 * (geo/zones.ts, shared with the checks, the host and the map); here only when a zone is active.
 */
import type { ZoneFeature } from '../types';

export { inZone, zoneBbox, zoneBufferKm } from '../geo/zones';

/** The zone's active window covers tH (zones without a window are always active). */
export function zoneActiveAt(zone: ZoneFeature, tH: number): boolean {
  const from = zone.properties.activeFromH ?? -Infinity;
  const to = zone.properties.activeToH ?? Infinity;
  return tH >= from && tH <= to;
}

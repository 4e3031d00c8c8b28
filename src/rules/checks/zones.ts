/**
 * Zones a level declares (GeoJSON Features):
 * - distance-cap (host practice, contested; e.g. Kaliningrad 500 km): km flown inside > capKm;
 * - corridor (host practice, contested; 10 km of Abkhazia / South Ossetia): path within bufferKm
 *   of the claimed line, or inside / within bufferKm of the claimed area;
 * - altitude-floor (host practice, contested; e.g. over Moscow): a leg inside below floorM;
 * - hazardous (Art. VI §II.2, §II.5) and exercise (Art. VI §II.5) airspace: a notice when a leg
 *   enters it while it is active (leg time window from take-off + cumulative flight time
 *   overlaps [activeFromH, activeToH]) and the leg's altitude lies in [lowerM, upperM].
 */
import type { Finding, ZoneFeature } from '../types';
import { EPSILON, finding, round1 } from './codes';
import { closestPoint } from './closest';
import type { Derived, DerivedLeg } from './derived';
import type { Check } from './types';
import { boxesMeet, padDegrees } from './leg-box';
import { zoneBufferKm, zoneIndex } from '../geo/zones';

type ZoneCheck = (zone: ZoneFeature, d: Derived) => Finding[];

/** Zones with a non-treaty basis cite the level's source ("host practice (Sputnik 2017)"). */
const basisOf = (zone: ZoneFeature, fallback: string) =>
  zone.properties.basis.trim() ? zone.properties.basis : fallback;

const distanceCap: ZoneCheck = (zone, d) => {
  const { area, box } = zoneIndex(zone);
  if (!area || zone.properties.kind !== 'distance-cap') return [];
  const capKm = zone.properties.capKm;
  let insideKm = 0;
  let overLeg: DerivedLeg | undefined;
  for (const leg of d.legs) {
    if (!boxesMeet(leg.box, box)) continue;
    insideKm += area.legLengthInsideKm(leg.from, leg.to);
    if (overLeg === undefined && insideKm > capKm + EPSILON) overLeg = leg;
  }
  if (!overLeg) return [];
  const at = area.firstPointInside(overLeg.from, overLeg.to);
  return [
    finding(
      'restriction/distance-cap',
      { zone: zone.properties.name, insideKm: round1(insideKm), capKm, overKm: round1(insideKm - capKm) },
      {
        leg: overLeg.index,
        zoneId: zone.properties.id,
        basis: basisOf(zone, 'host practice'),
        ...(at ? { at } : {}),
      },
    ),
  ];
};

const corridor: ZoneCheck = (zone, d) => {
  const { area, line, box } = zoneIndex(zone);
  const bufferKm = zoneBufferKm(zone);
  const out: Finding[] = [];
  for (const leg of d.legs) {
    const [dLon, dLat] = padDegrees(leg.box, bufferKm);
    if (!boxesMeet(leg.box, box, dLon, dLat)) continue;
    let km = Infinity;
    let at = null;
    if (line) {
      km = line.legDistanceKm(leg.from, leg.to, bufferKm);
      if (km < bufferKm) at = closestPoint(leg.from, leg.to, (p) => line.distanceKm(p, bufferKm));
    } else if (area) {
      at = area.firstPointInside(leg.from, leg.to);
      km = at ? 0 : area.legDistanceToBoundaryKm(leg.from, leg.to, bufferKm);
      if (!at && km < bufferKm)
        at = closestPoint(leg.from, leg.to, (p) => area.distanceToBoundaryKm(p, bufferKm));
    }
    if (km >= bufferKm || !at) continue;
    out.push(
      finding(
        'restriction/corridor',
        {
          zone: zone.properties.name,
          distanceKm: round1(km),
          bufferKm,
          ...(km === 0 ? { variant: 'crosses' } : {}),
        },
        { leg: leg.index, zoneId: zone.properties.id, basis: basisOf(zone, 'host practice'), at },
      ),
    );
  }
  return out;
};

const altitudeFloor: ZoneCheck = (zone, d) => {
  const { area, box } = zoneIndex(zone);
  if (!area || zone.properties.kind !== 'altitude-floor') return [];
  const floorM = zone.properties.floorM;
  const out: Finding[] = [];
  for (const leg of d.legs) {
    if (leg.altitudeM >= floorM || !boxesMeet(leg.box, box)) continue;
    const at = area.firstPointInside(leg.from, leg.to);
    if (!at) continue;
    out.push(
      finding(
        'restriction/altitude-floor',
        { zone: zone.properties.name, altitudeM: leg.altitudeM, floorM },
        { leg: leg.index, zoneId: zone.properties.id, basis: basisOf(zone, 'host practice'), at },
      ),
    );
  }
  return out;
};

const airspace =
  (code: 'airspace/hazardous' | 'airspace/exercise'): ZoneCheck =>
  (zone, d) => {
    const { area, box } = zoneIndex(zone);
    const p = zone.properties;
    if (!area || (p.kind !== 'hazardous' && p.kind !== 'exercise')) return [];
    const fromH = p.activeFromH ?? -Infinity;
    const toH = p.activeToH ?? Infinity;
    const lowerM = p.lowerM ?? 0;
    const upperM = p.upperM ?? Infinity;
    const out: Finding[] = [];
    for (const leg of d.legs) {
      // Active while the aircraft flies the leg, and the leg's altitude inside the airspace.
      if (leg.endH < fromH || leg.startH > toH) continue;
      if (leg.altitudeM < lowerM || leg.altitudeM > upperM || !boxesMeet(leg.box, box)) continue;
      const at = area.firstPointInside(leg.from, leg.to);
      if (!at) continue;
      const params: Finding['params'] = { zone: p.name, altitudeM: leg.altitudeM };
      if (p.activeFromH !== undefined) params.activeFromH = p.activeFromH;
      if (p.activeToH !== undefined) params.activeToH = p.activeToH;
      out.push(finding(code, params, { leg: leg.index, zoneId: p.id, at }));
    }
    return out;
  };

const BY_KIND: Record<ZoneFeature['properties']['kind'], ZoneCheck> = {
  'distance-cap': distanceCap,
  corridor,
  'altitude-floor': altitudeFloor,
  hazardous: airspace('airspace/hazardous'),
  exercise: airspace('airspace/exercise'),
};

export const checkZones: Check = (_plan, ctx, d) =>
  ctx.level.zones.flatMap((zone) => BY_KIND[zone.properties.kind](zone, d));

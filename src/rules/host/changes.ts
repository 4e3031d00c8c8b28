/**
 * Concrete changes the host proposes (notices: hazardous or exercise airspace) or demands
 * (its own altitude floor or corridor): a later take-off out of an active window, another
 * altitude band, or a detour waypoint around the zone. Changes must not stop observation
 * (Art. VIII §I.4), so altitude changes keep every sensor above its certified minimum.
 */
import type { Finding, LegMetrics, Level, Plan, Verdict, ZoneFeature } from '../types';
import { DEFAULT_TIMELINE } from '../types';
import { distanceKm, type LatLon } from '../sim/sphere';
import { legClearOfZone, legMeetsZone, zoneBbox, zoneBufferKm } from '../geo/zones';
import type { ProposedChange } from './types';

/** Highest altitude the host proposes, m (airliner-class ceiling). */
export const MAX_PROPOSED_ALTITUDE_M = 11_000;
/** Clearance kept above or below an airspace band, m. */
export const BAND_CLEARANCE_M = 300;
/** A detour waypoint keeps this distance from the zone's bounding box, km. */
export const DETOUR_MARGIN_KM = 15;
/** The 96-hour window from arrival to the end of the flight (Art. VI §I.9). */
export const WINDOW_END_H = 96;
/** Treaty resolution limits of the altitude-scaled sensors, m (Art. IV §2). */
const LIMIT_M: Readonly<Record<string, number>> = { optical: 0.3, video: 0.3, infrared: 0.5 };

/** Every point of a→b is more than a kilometre outside the zone and its buffer (exact). */
function clearOf(zone: ZoneFeature, a: LatLon, b: LatLon): boolean {
  return legClearOfZone(zone, a, b, 1);
}

function legCrossesZone(leg: LegMetrics, zone: ZoneFeature): boolean {
  return legMeetsZone(zone, leg.from, leg.to);
}

/** Lowest altitude at which every altitude-scaled sensor on the leg keeps within its limit. */
function sensorFloorM(leg: LegMetrics): number {
  let floor = 0;
  for (const s of leg.sensors) {
    const limit = LIMIT_M[s.kind];
    if (limit === undefined || s.resolutionM <= 0) continue;
    floor = Math.max(floor, (leg.altitudeM * limit) / s.resolutionM);
  }
  return floor;
}

function affectedLegs(finding: Finding, zone: ZoneFeature | undefined, verdict: Verdict): number[] {
  if (finding.leg !== undefined) return [finding.leg];
  if (!zone) return [];
  return verdict.legs.filter((l) => legCrossesZone(l, zone)).map((l) => l.index);
}

function timeChange(
  finding: Finding,
  zone: ZoneFeature,
  verdict: Verdict,
  plan?: Plan,
): ProposedChange | null {
  const p = zone.properties;
  if (p.kind !== 'hazardous' && p.kind !== 'exercise') return null;
  const { activeFromH, activeToH } = p;
  if (activeFromH === undefined && activeToH === undefined) return null;
  const takeoff = verdict.takeoffAfterArrivalH;
  const duration = verdict.endAfterArrivalH - takeoff;
  const base = {
    kind: 'takeoff-time' as const,
    code: finding.code,
    zoneId: zone.properties.id,
    fromAfterArrivalH: takeoff,
  };
  if (activeToH !== undefined) {
    const later = Math.ceil(activeToH);
    if (later > takeoff && later + duration <= WINDOW_END_H)
      return { ...base, toAfterArrivalH: later, deltaH: later - takeoff };
  }
  if (activeFromH !== undefined && plan) {
    const earlier = Math.floor(activeFromH - duration);
    const timeline = plan.timeline ?? DEFAULT_TIMELINE;
    const delta = earlier - takeoff;
    if (delta < 0 && timeline.takeoffAfterSubmitH + delta >= 24)
      return { ...base, toAfterArrivalH: earlier, deltaH: delta };
  }
  return null;
}

function altitudeChange(
  finding: Finding,
  zone: ZoneFeature,
  verdict: Verdict,
  legs: number[],
): ProposedChange | null {
  const flown = legs.map((i) => verdict.legs[i]).filter((l): l is LegMetrics => !!l);
  // The final leg to the end airfield has no waypoint of its own to change.
  const waypoints = flown.filter((l) => l.index < verdict.legs.length - 1);
  if (waypoints.length === 0) return null;
  const base = { kind: 'altitude' as const, code: finding.code, zoneId: zone.properties.id };
  const fromM = waypoints.map((l) => l.altitudeM);
  const indexes = waypoints.map((l) => l.index);
  const p = zone.properties;
  if (p.kind === 'altitude-floor') return { ...base, waypoints: indexes, fromM, toM: p.floorM };
  if (p.kind !== 'hazardous' && p.kind !== 'exercise') return null;
  const { lowerM, upperM } = p;
  if (upperM !== undefined && upperM + BAND_CLEARANCE_M <= MAX_PROPOSED_ALTITUDE_M) {
    return { ...base, waypoints: indexes, fromM, toM: upperM + BAND_CLEARANCE_M };
  }
  if (lowerM !== undefined) {
    const below = lowerM - BAND_CLEARANCE_M;
    if (waypoints.every((l) => below >= sensorFloorM(l)))
      return { ...base, waypoints: indexes, fromM, toM: below };
  }
  return null;
}

function detour(
  finding: Finding,
  zone: ZoneFeature,
  verdict: Verdict,
  legIndex: number,
): ProposedChange | null {
  const leg = verdict.legs[legIndex];
  if (!leg) return null;
  const [minLon, minLat, maxLon, maxLat] = zoneBbox(zone);
  const extra = DETOUR_MARGIN_KM + zoneBufferKm(zone);
  const dLat = extra / 111.2;
  const midLat = ((minLat + maxLat) / 2) * (Math.PI / 180);
  const dLon = dLat / Math.max(0.1, Math.cos(midLat));
  const corners: LatLon[] = [
    { lat: maxLat + dLat, lon: minLon - dLon },
    { lat: maxLat + dLat, lon: maxLon + dLon },
    { lat: minLat - dLat, lon: maxLon + dLon },
    { lat: minLat - dLat, lon: minLon - dLon },
  ];
  const direct = distanceKm(leg.from, leg.to);
  let best: { c: LatLon; km: number } | null = null;
  for (const c of corners) {
    if (!clearOf(zone, leg.from, c) || !clearOf(zone, c, leg.to)) continue;
    const km = distanceKm(leg.from, c) + distanceKm(c, leg.to);
    if (!best || km < best.km) best = { c, km };
  }
  if (!best) return null;
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    kind: 'route',
    code: finding.code,
    zoneId: zone.properties.id,
    insertAt: legIndex,
    leg: legIndex,
    waypoint: { lat: round(best.c.lat), lon: round(best.c.lon) },
    addedKm: Math.round((best.km - direct) * 10) / 10,
  };
}

/** The change the host asks for over one finding, or null when it has no concrete one. */
export function changeFor(
  finding: Finding,
  level: Level,
  verdict: Verdict,
  plan?: Plan,
): ProposedChange | null {
  const zone = level.zones.find((z) => z.properties.id === finding.zoneId);
  if (!zone) return null;
  const legs = affectedLegs(finding, zone, verdict);
  if (finding.code === 'airspace/exercise' || finding.code === 'airspace/hazardous') {
    const t = timeChange(finding, zone, verdict, plan);
    if (t) return t;
    const a = altitudeChange(finding, zone, verdict, legs);
    if (a) return a;
    return legs.length > 0 ? detour(finding, zone, verdict, legs[0] as number) : null;
  }
  if (finding.code === 'restriction/altitude-floor') return altitudeChange(finding, zone, verdict, legs);
  if (finding.code === 'restriction/corridor')
    return legs.length > 0 ? detour(finding, zone, verdict, legs[0] as number) : null;
  return null;
}

/** The plan with the changes applied (a new object; the input is not mutated). */
export function applyChanges(plan: Plan, changes: readonly ProposedChange[]): Plan {
  if (changes.length === 0) return plan;
  let waypoints = plan.waypoints.map((w) => ({ ...w, sensors: [...w.sensors] }));
  let timeline = plan.timeline ? { ...plan.timeline } : undefined;
  for (const c of changes) {
    if (c.kind === 'altitude') {
      for (const i of c.waypoints) {
        const w = waypoints[i];
        if (w) w.altitudeM = c.toM;
      }
    } else if (c.kind === 'takeoff-time') {
      const t = timeline ?? { ...DEFAULT_TIMELINE };
      timeline = { ...t, takeoffAfterSubmitH: t.takeoffAfterSubmitH + c.deltaH };
    }
  }
  // Insert detour waypoints last, highest index first, so earlier indexes stay valid.
  const routes = changes.filter((c) => c.kind === 'route').sort((a, b) => b.insertAt - a.insertAt);
  for (const r of routes) {
    const ref = waypoints[r.insertAt] ?? waypoints[waypoints.length - 1];
    const inserted = {
      lat: r.waypoint.lat,
      lon: r.waypoint.lon,
      altitudeM: ref?.altitudeM ?? 3000,
      sensors: r.insertAt < waypoints.length ? [...(ref?.sensors ?? [])] : [],
    };
    waypoints = [...waypoints.slice(0, r.insertAt), inserted, ...waypoints.slice(r.insertAt)];
  }
  const next: Plan = { ...plan, waypoints };
  if (timeline) next.timeline = timeline;
  return next;
}

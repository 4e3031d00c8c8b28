/**
 * The pure flight simulation: from the agreed plan's verdict (leg geometry, durations,
 * altitudes, sensor resolution and swath) to a fully precomputed, JSON-able FlightResult.
 * Same plan, verdict, level and seed ⇒ byte-identical result.
 */
import type { Level, Plan, Verdict, WorldGeo } from '../types';
import { computeCaptures } from './captures';
import { escortRemarks, firstTargetPasses, PASSING_REMARK_KM } from './escort';
import { deviationOutcome, isFlightSafetyReason } from './deviation';
import type {
  DeviationAnswer,
  DeviationOutcome,
  DeviationRequest,
  FlightResult,
  FlightSample,
  ZoneEntry,
} from './flight-types';
import { footprintStrips } from './footprint';
import { positionAt } from './position';
import { sensorNeeds } from './sensors';
import { densify, distanceKm, distanceToLegKm, type LatLon } from './sphere';
import { createForecast, type Forecast } from './weather';
import { inZone, zoneActiveAt } from './zones';

export interface FlightOptions {
  /** Take-off, hours after arrival at the point of entry. */
  takeoffAfterArrivalH: number;
  seed: number;
  /** Reuse a forecast already built for the level (must be the level's). */
  forecast?: Forecast;
  /** The observer's answer to the host's deviation request, once given (see deviation.ts). */
  deviation?: DeviationAnswer;
}

/** Ground-track samples at most this far apart, km. */
export const SAMPLE_STEP_KM = 20;
/** Beyond this distance off the agreed route the host may require all sensors off (Art. VIII §II.3). */
export const DEVIATION_SENSORS_OFF_KM = 50;

/** When each leg starts, hours after arrival (the preview uses the same clock). */
export function legStarts(verdict: Pick<Verdict, 'legs'>, takeoffH: number): number[] {
  const starts: number[] = [];
  let t = takeoffH;
  for (const leg of verdict.legs) {
    starts.push(t);
    t += leg.durationH;
  }
  return starts;
}

function sampleTrack(verdict: Verdict, starts: readonly number[]): FlightSample[] {
  const samples: FlightSample[] = [];
  verdict.legs.forEach((leg, i) => {
    const pts = densify(leg.from, leg.to, SAMPLE_STEP_KM);
    const sensors = leg.sensors.map((s) => s.kind);
    const t0 = starts[i] ?? 0;
    pts.forEach((p, k) => {
      if (k === 0 && i > 0) return;
      const tH = t0 + (leg.durationH * k) / Math.max(1, pts.length - 1);
      samples.push({ tH, lat: p.lat, lon: p.lon, altitudeM: leg.altitudeM, leg: i, sensors });
    });
  });
  return samples;
}

function zoneEntries(level: Level, samples: readonly FlightSample[]): ZoneEntry[] {
  const entries: ZoneEntry[] = [];
  for (const zone of level.zones) {
    let wasInside = false;
    for (const s of samples) {
      const inside = inZone(zone, s);
      if (inside && !wasInside) {
        const at: LatLon = { lat: s.lat, lon: s.lon };
        entries.push({
          zoneId: zone.properties.id,
          kind: zone.properties.kind,
          tH: s.tH,
          leg: s.leg,
          at,
          active: zoneActiveAt(zone, s.tH),
        });
      }
      wasInside = inside;
    }
  }
  return entries.sort((a, b) => a.tH - b.tH || (a.zoneId < b.zoneId ? -1 : 1));
}

/** When the track first comes within PASSING_REMARK_KM of each target. */
function nearTimes(level: Level, samples: readonly FlightSample[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const target of level.targets) {
    for (let k = 0; k + 1 < samples.length; k++) {
      const a = samples[k] as FlightSample;
      const b = samples[k + 1] as FlightSample;
      if (distanceToLegKm(a, b, target) <= PASSING_REMARK_KM) {
        const da = distanceKm(a, target);
        out.set(target.id, da <= PASSING_REMARK_KM ? a.tH : b.tH);
        break;
      }
    }
  }
  return out;
}

function deviationRequest(
  level: Level,
  result: Pick<FlightResult, 'samples'>,
  takeoffH: number,
  durationH: number,
): DeviationRequest | null {
  const req = level.hostBehaviour.deviationRequest;
  if (!req || req.afterTakeoffH < 0 || req.afterTakeoffH > durationH) return null;
  const tH = takeoffH + req.afterTakeoffH;
  // The host does not contradict its own airspace: in a level with exercise airspace the request
  // is about the exercise, so it is made only while an exercise is active (a take-off moved past
  // the exercise's end brings no "live firing" request).
  const exercises = level.zones.filter((z) => z.properties.kind === 'exercise');
  if (exercises.length > 0 && !exercises.some((z) => zoneActiveAt(z, tH))) return null;
  const pos = positionAt(result, tH);
  if (!pos) return null;
  return {
    tH,
    afterTakeoffH: req.afterTakeoffH,
    leg: pos.leg,
    at: { lat: pos.lat, lon: pos.lon },
    reason: req.reason,
    basis: 'Art. VIII §II',
    sensorsOffBeyondKm: DEVIATION_SENSORS_OFF_KM,
    flightSafety: isFlightSafetyReason(req.reason),
  };
}

export function simulateFlight(
  plan: Plan,
  verdict: Verdict,
  level: Level,
  world: WorldGeo | undefined,
  opts: FlightOptions,
): FlightResult {
  const takeoffH = opts.takeoffAfterArrivalH;
  const violations = verdict.findings.filter((f) => f.severity === 'violation').map((f) => f.code);
  const groundedBy = [...new Set(violations)].sort();
  const durationH = verdict.legs.reduce((sum, l) => sum + l.durationH, 0);
  const base = {
    seed: opts.seed,
    takeoffAfterArrivalH: takeoffH,
    distanceKm: verdict.legs.reduce((sum, l) => sum + l.lengthKm, 0),
  };
  if (groundedBy.length > 0 || verdict.legs.length === 0) {
    return {
      ...base,
      status: 'grounded',
      groundedBy,
      landingAfterArrivalH: takeoffH,
      durationH: 0,
      legStartsH: [],
      samples: [],
      strips: [],
      captures: [],
      // Nothing was flown, so nothing was missed either: the debrief shows the refusal instead.
      misses: [],
      zoneEntries: [],
      remarks: [],
      deviationRequest: null,
    };
  }
  const forecast = opts.forecast ?? createForecast(level.weather, level.arrivalUtc);
  const starts = legStarts(verdict, takeoffH);
  const samples = sampleTrack(verdict, starts);
  const deviation = deviationRequest(level, { samples }, takeoffH, durationH);
  const answered: DeviationOutcome | undefined =
    deviation && opts.deviation
      ? deviationOutcome(deviation, opts.deviation, takeoffH + durationH)
      : undefined;
  const off =
    answered?.sensorsOffFromH != null && answered.sensorsOffToH != null
      ? { fromH: answered.sensorsOffFromH, toH: answered.sensorsOffToH }
      : undefined;
  // While deviating, the sensors are off: the track shows it too.
  const track = off
    ? samples.map((s) => (s.tH >= off.fromH && s.tH < off.toH ? { ...s, sensors: [] } : s))
    : samples;
  const aircraftId = plan.aircraft ?? level.aircraft;
  const { captures, misses, passes } = computeCaptures({
    ...(off ? { sensorsOff: off } : {}),
    legs: verdict.legs,
    legStartsH: starts,
    targets: level.targets,
    forecast,
    needs: (kind) => sensorNeeds(kind, world, aircraftId),
  });
  const entries = zoneEntries(level, samples);
  const remarks = escortRemarks({
    level,
    seed: opts.seed,
    airfield: plan.airfield,
    endAirfield: plan.endAirfield ?? plan.airfield,
    samples,
    zoneEntries: entries,
    targetPasses: firstTargetPasses(
      level,
      passes,
      nearTimes(level, samples),
      new Set(captures.map((c) => c.targetId)),
    ),
    deviation,
  });
  return {
    ...base,
    status: 'flown',
    groundedBy: [],
    landingAfterArrivalH: takeoffH + durationH,
    durationH,
    legStartsH: starts,
    samples: track,
    strips: footprintStrips(verdict),
    captures,
    misses,
    zoneEntries: entries,
    remarks,
    deviationRequest: deviation,
    ...(answered ? { deviation: answered } : {}),
  };
}

/**
 * Captures: a target counts when it lies inside the swath of an active sensor while the
 * aircraft passes it, the sensor can see it (no cloud for optical, video and infra-red;
 * daylight for optical and video) and the achieved resolution is at least as fine as the
 * target needs. Swaths are modelled centred on the track (a game simplification: the real
 * SAR looks to one side at a time, Art. IV §2(D)).
 */
import type { LegMetrics, Target } from '../types';
import {
  PASS_FAILURE_ORDER,
  type Capture,
  type Miss,
  type PassFailure,
  type TargetPass,
} from './flight-types';
import type { SensorNeeds } from './sensors';
import { distanceKm, distanceToLegKm, trackOffsets, type LatLon } from './sphere';
import { imagingLight } from './sun';
import type { Forecast } from './weather';

export interface CaptureInput {
  legs: readonly LegMetrics[];
  legStartsH: readonly number[];
  targets: readonly Target[];
  forecast: Forecast;
  needs: (kind: LegMetrics['sensors'][number]['kind']) => SensorNeeds;
  /** Sensors off in this window (a deviation the observer accepted), hours after arrival. */
  sensorsOff?: { fromH: number; toH: number };
}

function passesOver(target: Target, input: CaptureInput): { passes: TargetPass[]; closestKm: number } {
  const passes: TargetPass[] = [];
  let closestKm = Infinity;
  const p: LatLon = { lat: target.lat, lon: target.lon };
  input.legs.forEach((leg, i) => {
    const dKm = distanceToLegKm(leg.from, leg.to, p);
    closestKm = Math.min(closestKm, dKm);
    if (leg.sensors.length === 0) return;
    const { crossKm, alongKm } = trackOffsets(leg.from, leg.to, p);
    const lengthKm = distanceKm(leg.from, leg.to);
    const share = lengthKm > 0 ? Math.max(0, Math.min(1, alongKm / lengthKm)) : 0;
    const tH = (input.legStartsH[i] ?? 0) + share * leg.durationH;
    const utcMs = input.forecast.utcMsAt(tH);
    for (const sensor of leg.sensors) {
      if (dKm > sensor.swathKm / 2) continue;
      const needs = input.needs(sensor.kind);
      const failures: PassFailure[] = [];
      const off = input.sensorsOff;
      if (off && tH >= off.fromH && tH < off.toH) failures.push('sensors-off');
      if (needs.blockedByCloud && input.forecast.isCloudy(target.lat, target.lon, tH)) failures.push('cloud');
      if (needs.needsDaylight && !imagingLight(target.lat, target.lon, utcMs)) failures.push('night');
      if (sensor.resolutionM > target.resolutionNeededM) failures.push('too-coarse');
      passes.push({
        leg: i,
        sensor: sensor.kind,
        tH,
        crossTrackKm: crossKm,
        resolutionM: sensor.resolutionM,
        failures,
      });
    }
  });
  return { passes, closestKm: Number.isFinite(closestKm) ? closestKm : 0 };
}

/** The most telling reason a target was missed: the pass that came closest to success. */
function missReason(passes: readonly TargetPass[]): Miss['reason'] {
  let best: PassFailure | null = null;
  let fewest = Infinity;
  for (const pass of passes) {
    const first = PASS_FAILURE_ORDER.find((f) => pass.failures.includes(f));
    if (!first) continue;
    const rank = PASS_FAILURE_ORDER.indexOf(first);
    if (
      pass.failures.length < fewest ||
      (pass.failures.length === fewest && best && rank < PASS_FAILURE_ORDER.indexOf(best))
    ) {
      fewest = pass.failures.length;
      best = first;
    }
  }
  return best ?? 'outside-swath';
}

export interface CaptureResult {
  captures: Capture[];
  misses: Miss[];
  /** Every swath pass per target id (captured or not). */
  passes: Map<string, TargetPass[]>;
}

export function computeCaptures(input: CaptureInput): CaptureResult {
  const captures: Capture[] = [];
  const misses: Miss[] = [];
  const passesByTarget = new Map<string, TargetPass[]>();
  for (const target of input.targets) {
    const { passes, closestKm } = passesOver(target, input);
    passesByTarget.set(target.id, passes);
    const good = passes.filter((p) => p.failures.length === 0);
    if (good.length > 0) {
      // The sharpest image counts; between equally sharp ones, the first.
      const pick = good.reduce((a, b) =>
        b.resolutionM < a.resolutionM || (b.resolutionM === a.resolutionM && b.tH < a.tH) ? b : a,
      );
      captures.push({
        targetId: target.id,
        tH: pick.tH,
        leg: pick.leg,
        sensor: pick.sensor,
        resolutionM: pick.resolutionM,
        resolutionNeededM: target.resolutionNeededM,
        value: target.value,
        objective: target.objective,
      });
    } else {
      misses.push({
        targetId: target.id,
        reason: missReason(passes),
        closestKm,
        passes,
        objective: target.objective,
      });
    }
  }
  captures.sort((a, b) => a.tH - b.tH || (a.targetId < b.targetId ? -1 : 1));
  return { captures, misses, passes: passesByTarget };
}

/**
 * validatePlan: runs every check on precomputed legs and returns the verdict. Pure and
 * deterministic (same plan + context ⇒ byte-identical JSON); never throws on a schema-valid
 * plan — unknown airfields or aircraft become findings or empty metrics, not exceptions.
 */
import { CHECKS } from './checks';
import { derive, type Derived } from './checks/derived';
import { bySeverity, isProblem } from './severity';
import type { Finding, LegMetrics, Plan, RulesContext, SensorMetrics, Verdict } from './types';

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Severity, then leg (plan-wide first), then code, zone, position and params. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    bySeverity(a, b) ||
    (a.leg ?? -1) - (b.leg ?? -1) ||
    cmp(a.code, b.code) ||
    cmp(a.zoneId ?? '', b.zoneId ?? '') ||
    (a.at?.lat ?? 0) - (b.at?.lat ?? 0) ||
    (a.at?.lon ?? 0) - (b.at?.lon ?? 0) ||
    cmp(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}

function legMetrics(d: Derived): LegMetrics[] {
  const speedKmh = d.aircraft?.cruiseSpeedKmh ?? 0;
  return d.legs.map((leg) => {
    const sensors: SensorMetrics[] = [];
    for (const kind of leg.sensors) {
      const spec = d.aircraft?.sensors.find((s) => s.kind === kind);
      if (!spec) continue;
      // Game model: resolution = limit × altitude / minimum altitude (SAR does not scale).
      const scales = spec.resolutionScalesWithAltitude && spec.minAltitudeM > 0;
      const resolutionM = scales ? (spec.limitM * leg.altitudeM) / spec.minAltitudeM : spec.limitM;
      const swathKm = spec.resolutionScalesWithAltitude
        ? Math.min(spec.maxSwathKm, spec.swathKmPerAltitudeM * leg.altitudeM)
        : spec.maxSwathKm;
      sensors.push({ kind, resolutionM, swathKm });
    }
    return {
      index: leg.index,
      from: { lat: leg.from.lat, lon: leg.from.lon },
      to: { lat: leg.to.lat, lon: leg.to.lon },
      lengthKm: leg.lengthKm,
      durationH: speedKmh > 0 ? leg.lengthKm / speedKmh : 0,
      altitudeM: leg.altitudeM,
      sensors,
    };
  });
}

export function validatePlan(plan: Plan, ctx: RulesContext): Verdict {
  const derived = derive(plan, ctx);
  const findings = CHECKS.flatMap((check) => check(plan, ctx, derived)).sort(compareFindings);
  return {
    ok: !findings.some(isProblem),
    findings,
    distanceKm: derived.distanceKm,
    maxDistanceKm: derived.maxDistanceKm,
    legs: legMetrics(derived),
    flightDurationH: derived.flightDurationH,
    takeoffAfterArrivalH: derived.takeoffAfterArrivalH,
    endAfterArrivalH: derived.endAfterArrivalH,
  };
}

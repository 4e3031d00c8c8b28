/** parsePlan: untrusted JSON → Plan (defaults applied) or every error with its JSON path. */
// First: zod may not probe `new Function` (CSP), also when this module's chunk loads first.
import '../zod-config';
import { DEFAULT_TIMELINE, type Plan, type Result } from '../types';
import { planSchema } from './schema';
import { issuesToErrors } from './zod-issues';

/**
 * Validates a plan file v1. On success endAirfield defaults to airfield and timeline to the
 * lawful 72 / 2 / 24; aircraft stays absent when the file has none (the level supplies it).
 */
export function parsePlan(json: unknown): Result<Plan> {
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, json) };
  const p = parsed.data;
  const plan: Plan = {
    format: p.format,
    version: p.version,
    level: p.level,
    airfield: p.airfield,
    endAirfield: p.endAirfield ?? p.airfield,
    ...(p.aircraft === undefined ? {} : { aircraft: p.aircraft }),
    waypoints: p.waypoints.map((w) => ({
      lat: w.lat,
      lon: w.lon,
      altitudeM: w.altitudeM,
      sensors: [...w.sensors],
    })),
    timeline: p.timeline ? { ...p.timeline } : { ...DEFAULT_TIMELINE },
  };
  return { ok: true, value: plan };
}

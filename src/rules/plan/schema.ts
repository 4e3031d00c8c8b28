/** Zod schema of the mission plan file v1 (shared/spec/PLAN-FILE.md). */
import { z } from 'zod/mini';
import '../zod-config';
import { SENSOR_KINDS } from '../../world/types';

/** Sane upper bound for altitude above ground: Open Skies aircraft cruise below ~12,100 m. */
export const MAX_ALTITUDE_M = 15_000;
/** Hard cap on waypoints so a hostile file cannot make the checker do unbounded work. */
export const MAX_WAYPOINTS = 500;
/** Any timeline figure above this is nonsense (about 6 weeks). */
export const MAX_TIMELINE_H = 1_000;

export const slugSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id such as "kubinka" or "03-kaliningrad-cap"'),
  );

export const sensorKindSchema = z.enum(SENSOR_KINDS as unknown as ['optical', 'video', 'infrared', 'sar'], {
  error: (issue) =>
    issue.input === undefined
      ? 'missing sensor'
      : `unknown sensor ${JSON.stringify(issue.input)}; expected optical, video, infrared or sar`,
});

export const waypointSchema = z.strictObject({
  lat: z.number().check(z.gte(-90, 'lat must be ≥ -90'), z.lte(90, 'lat must be ≤ 90')),
  lon: z.number().check(z.gte(-180, 'lon must be ≥ -180'), z.lte(180, 'lon must be ≤ 180')),
  altitudeM: z
    .number()
    .check(
      z.gt(0, 'altitudeM must be above 0 m'),
      z.lte(MAX_ALTITUDE_M, `altitudeM must be ≤ ${MAX_ALTITUDE_M} m`),
    ),
  sensors: z.array(sensorKindSchema).check(
    z.maxLength(4),
    z.refine((s) => new Set(s).size === s.length, 'a sensor is listed twice'),
  ),
});

const hours = (what: string, min: number, exclusive: boolean) =>
  z
    .number()
    .check(
      exclusive ? z.gt(min, `${what} must be above ${min} h`) : z.gte(min, `${what} must be ≥ ${min} h`),
      z.lte(MAX_TIMELINE_H, `${what} must be ≤ ${MAX_TIMELINE_H} h`),
    );

export const timelineSchema = z.strictObject({
  noticeH: hours('noticeH', 0, false),
  submitAfterArrivalH: hours('submitAfterArrivalH', 0, true),
  takeoffAfterSubmitH: hours('takeoffAfterSubmitH', 0, false),
});

export const planSchema = z.strictObject({
  format: z.literal('open-skies-plan', { error: 'format must be "open-skies-plan"' }),
  version: z.literal(1, { error: 'version must be 1' }),
  level: slugSchema,
  airfield: slugSchema,
  endAirfield: z.optional(slugSchema),
  aircraft: z.optional(slugSchema),
  waypoints: z.array(waypointSchema).check(z.maxLength(MAX_WAYPOINTS, `at most ${MAX_WAYPOINTS} waypoints`)),
  timeline: z.optional(timelineSchema),
});

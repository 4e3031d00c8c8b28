/**
 * The escort team's remarks during the flight: short lines at take-off, on entering a zone,
 * when passing a target, on a deviation request and at landing. Text comes from a message
 * table keyed by EscortKey; the seed picks one of ESCORT_VARIANTS phrasings.
 */
import type { Level } from '../types';
import { createRng } from '../prng';
import type { DeviationRequest, EscortRemark, FlightSample, TargetPass, ZoneEntry } from './flight-types';

export const ESCORT_VARIANTS = 3;
/** A target passed closer than this, sensors on or not, draws a remark. */
export const PASSING_REMARK_KM = 25;

export interface EscortInput {
  level: Level;
  seed: number;
  airfield: string;
  endAirfield: string;
  samples: readonly FlightSample[];
  zoneEntries: readonly ZoneEntry[];
  /** First moment each target was passed (in swath, or within PASSING_REMARK_KM). */
  targetPasses: readonly { targetId: string; name: string; tH: number; captured: boolean }[];
  deviation: DeviationRequest | null;
}

export function escortRemarks(input: EscortInput): EscortRemark[] {
  const rng = createRng(input.seed ^ 0x2e5c0);
  const first = input.samples[0];
  const last = input.samples[input.samples.length - 1];
  if (!first || !last) return [];
  const remarks: Omit<EscortRemark, 'variant'>[] = [
    { tH: first.tH, key: 'escort.takeoff', params: { airfield: input.airfield } },
  ];
  for (const entry of input.zoneEntries) {
    const zone = input.level.zones.find((z) => z.properties.id === entry.zoneId);
    remarks.push({
      tH: entry.tH,
      key: 'escort.entering-zone',
      params: {
        zoneId: entry.zoneId,
        zoneKind: entry.kind,
        name: zone?.properties.name ?? entry.zoneId,
        active: entry.active ? 1 : 0,
      },
    });
  }
  for (const pass of input.targetPasses) {
    remarks.push({
      tH: pass.tH,
      key: 'escort.passing-target',
      params: { targetId: pass.targetId, name: pass.name, captured: pass.captured ? 1 : 0 },
    });
  }
  if (input.deviation) {
    remarks.push({
      tH: input.deviation.tH,
      key: 'escort.deviation-request',
      params: { reason: input.deviation.reason },
    });
  }
  remarks.push({ tH: last.tH, key: 'escort.landing', params: { airfield: input.endAirfield } });
  // Stable order: by time, take-off first and landing last at equal times.
  const rank = (k: EscortRemark['key']): number =>
    k === 'escort.takeoff' ? 0 : k === 'escort.landing' ? 2 : 1;
  remarks.sort((a, b) => a.tH - b.tH || rank(a.key) - rank(b.key));
  return remarks.map((r) => ({ ...r, variant: rng.int(0, ESCORT_VARIANTS - 1) }));
}

/** First passes per target for the remarks, from the capture passes and the ground track. */
export function firstTargetPasses(
  level: Level,
  passes: ReadonlyMap<string, readonly TargetPass[]>,
  nearTimes: ReadonlyMap<string, number>,
  captured: ReadonlySet<string>,
): EscortInput['targetPasses'] {
  const out: EscortInput['targetPasses'][number][] = [];
  for (const target of level.targets) {
    const times = (passes.get(target.id) ?? []).map((p) => p.tH);
    const near = nearTimes.get(target.id);
    if (near !== undefined) times.push(near);
    if (times.length === 0) continue;
    out.push({
      targetId: target.id,
      name: target.name,
      tH: Math.min(...times),
      captured: captured.has(target.id),
    });
  }
  return out;
}

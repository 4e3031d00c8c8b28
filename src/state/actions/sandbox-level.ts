/**
 * The sandbox's synthetic levels (src/rules/level/sandbox.ts) over this build's world data, kept
 * among the runtime levels. Apart from sandbox.ts (which opens missions) so that resuming a
 * saved sandbox mission needs no mission-flow import.
 */
import { own, type Level } from '../../rules';
import { parseSandboxId, sandboxLevel, type SandboxData } from '../../rules/level';
import { AIRCRAFT, AIRFIELDS, maxDistanceInYearKm, PARTIES } from '../../world';
import { get, set } from './mission-core';

export const SANDBOX_DATA: SandboxData = {
  parties: PARTIES,
  airfields: AIRFIELDS,
  aircraft: AIRCRAFT,
  maxDistanceInYearKm,
};

/** The sandbox level for an id (built and kept among the levels), or null when it is not one. */
export function ensureSandboxLevel(id: string): Level | null {
  const have = own(get().levels, id);
  if (have) return have;
  const spec = parseSandboxId(id);
  if (!spec) return null;
  const r = sandboxLevel(spec, SANDBOX_DATA);
  if (!r.ok) return null;
  set({ levels: { ...get().levels, [id]: r.value } });
  return r.value;
}

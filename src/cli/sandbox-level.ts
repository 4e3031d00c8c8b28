/**
 * check-plan for a sandbox plan (issue 14): a plan whose level is `sandbox-<observer>-<host>-<year>`
 * is checked against the synthetic level the game's sandbox builds from the same id.
 */
import { parseSandboxId, sandboxLevel, type SandboxData } from '../rules/level';
import type { Level } from '../rules/types';
import { AIRCRAFT, AIRFIELDS, maxDistanceInYearKm, PARTIES } from '../world';
import { InputError } from './inputs';

export const SANDBOX_DATA: SandboxData = {
  parties: PARTIES,
  airfields: AIRFIELDS,
  aircraft: AIRCRAFT,
  maxDistanceInYearKm,
};

/** The sandbox level a plan names, or null when its level is not a sandbox id. */
export function sandboxLevelFor(planFile: string, levelId: string): Level | null {
  const spec = parseSandboxId(levelId);
  if (!spec) return null;
  const r = sandboxLevel(spec, SANDBOX_DATA);
  if (!r.ok)
    throw new InputError(planFile, r.errors[0]?.path ?? '$.level', r.errors[0]?.message ?? 'bad sandbox');
  return r.value;
}

/**
 * The planning sandbox (issue 14): the player picks observer, host, year, airfield and aircraft;
 * the rules get a synthetic level (src/rules/level/sandbox.ts) kept among the runtime levels, and
 * the mission opens straight in planning, in practice mode (progress is not counted).
 */
import { validatePlan } from '../../rules';
import { isSandboxId, sandboxLevel, type SandboxSpec } from '../../rules/level';
import { SANDBOX_DATA } from './sandbox-level';
import { get, missionContext, set } from './mission-core';
import { beginPlanning, startMission } from './mission-flow';

export interface SandboxChoice extends SandboxSpec {
  airfield: string;
  aircraft: string;
}

/** Opens the sandbox in planning; returns a one-line reason when the choice has no level. */
export function startSandbox(choice: SandboxChoice): string | null {
  const r = sandboxLevel(choice, SANDBOX_DATA);
  if (!r.ok) return r.errors[0]?.message ?? 'no sandbox for this choice';
  const level = r.value;
  set({ levels: { ...get().levels, [level.id]: level } });
  startMission(level.id);
  const m = get().mission;
  if (!m) return 'the sandbox did not open';
  const airfield = level.airfields.some((a) => a.id === choice.airfield)
    ? choice.airfield
    : (level.airfields[0]?.id ?? '');
  const plan = { ...m.present, airfield, endAirfield: airfield, aircraft: choice.aircraft };
  set({ mission: { ...m, practice: true, present: plan } });
  beginPlanning();
  // The verdict of the plan with the chosen airfield and aircraft.
  const mc = missionContext();
  if (mc) set({ verdict: validatePlan(mc.plan, mc.ctx) });
  return null;
}

export { isSandboxId, SANDBOX_DATA };

/**
 * Classroom actions (SHARE-CODES.md): open a shared plan in planning (practice mode for a level
 * the campaign has not unlocked), and build the result code's content at the debrief.
 * A practice mission (mission.practice) is one opened on a level the campaign has not unlocked.
 */
import { parsePlan, type Plan } from '../../rules';
import type { Decision, MissionResult } from '../../rules/share';
import { isUnlocked } from '../selectors';
import type { GameState } from '../store';
import { breakEditChain, get, missionContext, said, set } from './mission-core';
import { verdictOf } from './mission-engine';
import { startMission } from './mission-flow';
import { missionOutcome, missionReviewState } from './mission-saved';
import { deviationAnswerOf } from './mission-deviation';

/** Whether the mission in progress is practice: its progress is not counted. */
export function isPracticeMission(s: GameState = get()): boolean {
  return s.mission?.practice === true;
}

export type OpenPlanOutcome =
  | { ok: true; practice: boolean; levelId: string }
  | {
      ok: false;
      problem: 'unknown-level' | 'unknown-airfield' | 'unknown-aircraft' | 'not-ready';
      detail: string;
    };

/** Whether the plan's ids exist for its level (the checker's checkReferences, as an answer). */
function referencesProblem(s: GameState, plan: Plan): OpenPlanOutcome | null {
  const level = s.levels[plan.level];
  if (!level) return { ok: false, problem: 'unknown-level', detail: plan.level };
  if (!s.world) return { ok: false, problem: 'not-ready', detail: plan.level };
  if (!level.airfields.some((a) => a.id === plan.airfield) || !s.world.airfields.has(plan.airfield)) {
    return { ok: false, problem: 'unknown-airfield', detail: plan.airfield };
  }
  const end = plan.endAirfield ?? plan.airfield;
  if (!s.world.airfields.has(end)) return { ok: false, problem: 'unknown-airfield', detail: end };
  const aircraft = plan.aircraft ?? level.aircraft;
  if (!s.world.aircraft.has(aircraft)) return { ok: false, problem: 'unknown-aircraft', detail: aircraft };
  return null;
}

/** Opens the plan's level in planning with that plan (undo goes back to the empty plan). */
export function openSharedPlan(plan: Plan): OpenPlanOutcome {
  const problem = referencesProblem(get(), plan);
  if (problem) return problem;
  startMission(plan.level);
  const s = get();
  const m = s.mission;
  if (!m) return { ok: false, problem: 'not-ready', detail: plan.level };
  breakEditChain();
  const practice = !isUnlocked(s, plan.level);
  const mission = {
    ...m,
    phase: 'planning' as const,
    past: [m.present],
    present: plan,
    future: [],
    ...(practice ? { practice: true } : {}),
  };
  const mc = missionContext({ ...s, mission });
  set({
    mission,
    verdict: mc ? verdictOf(plan, mc.ctx) : null,
    ...said('say.planning'),
  });
  return { ok: true, practice, levelId: plan.level };
}

/** The plan the player submitted (before any change of the host's), or null outside a review. */
function submittedPlan(s: GameState): Plan | null {
  const m = s.mission;
  if (!m) return null;
  const raw = missionReviewState(m).submitted ?? m.present;
  const p = parsePlan(raw);
  return p.ok ? p.value : null;
}

/** What a result code holds for the mission at its debrief, or null before the debrief. */
export function missionResult(name: string, finishedUtc: string, s: GameState = get()): MissionResult | null {
  const m = s.mission;
  const outcome = m ? missionOutcome(m) : null;
  const mc = missionContext(s);
  const plan = submittedPlan(s);
  if (!m || m.phase !== 'debrief' || !outcome || !mc || !plan) return null;
  const decisions: Decision[] = [{ kind: 'quota-used', used: mc.ctx.quotaUsed ?? mc.level.quota.used }];
  for (const p of missionReviewState(m).protests)
    decisions.push({ kind: 'protest', code: p.code, article: p.article });
  decisions.push({ kind: outcome.kind === 'declined' ? 'decline' : 'accept' });
  const answer = deviationAnswerOf(m);
  if (answer) decisions.push({ kind: 'deviation', answer });
  const findings = [...new Set(verdictOf(plan, mc.ctx).findings.map((f) => f.code))];
  return {
    format: 'open-skies-result',
    version: 1,
    name,
    level: m.levelId,
    plan,
    seed: m.seed,
    decisions,
    score: outcome.score,
    stars: outcome.stars as MissionResult['stars'],
    trust: outcome.trustDelta,
    findings,
    finishedUtc,
  };
}

/** Plan of the mission in progress (for "Share plan"), or null. */
export function planToShare(s: GameState = get()): Plan | null {
  return missionContext(s)?.plan ?? null;
}

/**
 * Classroom actions (SHARE-CODES.md): open a shared plan in planning (practice mode for a level
 * the campaign has not unlocked), and build the result code's content at the debrief.
 * A practice mission (mission.practice) is one opened on a level the campaign has not unlocked.
 */
import { levelYear, parsePlan, validatePlan, type Plan } from '../../rules';
import {
  checkResult,
  decodeResultCode,
  type CheckedResult,
  type Decision,
  type MissionResult,
} from '../../rules/share';
import { worldInYear } from '../world-year';
import { isUnlocked, missionReviewState } from '../selectors';
import type { GameState } from '../store';
import { breakEditChain, get, missionContext, said, set } from './mission-core';
import { acceptReview, beginPlanning, finishFlight, startMission, submitPlan } from './mission-flow';
import { setFlightTime } from './mission-clock';
import { hotSeatOf } from './hot-seat-state';

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
    verdict: mc ? validatePlan(plan, mc.ctx) : null,
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
  const outcome = m?.outcome;
  const mc = missionContext(s);
  const plan = submittedPlan(s);
  if (!m || m.phase !== 'debrief' || !outcome || !mc || !plan) return null;
  // A two-player game is not replayable by the teacher's tools (they know only the computer host).
  if (hotSeatOf(m)) return null;
  const decisions: Decision[] = [{ kind: 'quota-used', used: mc.ctx.quotaUsed ?? mc.level.quota.used }];
  for (const p of missionReviewState(m).protests)
    decisions.push({ kind: 'protest', code: p.code, article: p.article });
  decisions.push({ kind: outcome.kind === 'declined' ? 'decline' : 'accept' });
  const answer = m.deviation;
  if (answer) decisions.push({ kind: 'deviation', answer });
  const findings = [...new Set(validatePlan(plan, mc.ctx).findings.map((f) => f.code))];
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

export function setPresenter(on: boolean): void {
  if (get().presenter !== on) set({ presenter: on, ...said(on ? 'say.presenterOn' : 'say.presenterOff') });
}

export function togglePresenter(): void {
  setPresenter(!get().presenter);
}

/**
 * One step forward through the mission for the class: briefing → planning → review → flight →
 * debrief (the flight skips to the landing, and stops at a deviation request as always).
 */
export function presenterStep(): void {
  const s = get();
  const m = s.mission;
  if (s.screen !== 'mission' || !m) return;
  if (m.phase === 'briefing') beginPlanning();
  else if (m.phase === 'planning') submitPlan();
  else if (m.phase === 'review') acceptReview();
  else if (m.phase === 'flight') {
    if (s.flight) setFlightTime(s.flight.landingAfterArrivalH);
    finishFlight();
  }
}

/** One step back where the game allows it: review → planning. */
export function presenterBack(): void {
  const m = get().mission;
  if (get().screen === 'mission' && m?.phase === 'review') beginPlanning();
}

export interface HandInLine {
  line: number;
  /** A checked result, or the one-line reason the line could not be read. */
  checked: CheckedResult | null;
  problem: string | null;
}

/** The Teacher screen's check of pasted result codes: one entry per non-blank line. */
export function checkHandIns(text: string, s: GameState = get()): HandInLine[] {
  const out: HandInLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    const decoded = decodeResultCode(raw);
    if (!decoded.ok) {
      out.push({ line, checked: null, problem: decoded.error });
      return;
    }
    const level = s.levels[decoded.value.level];
    if (!level || !s.world) {
      const problem = !level ? `unknown level "${decoded.value.level}"` : 'the map data is still loading';
      out.push({ line, checked: null, problem });
      return;
    }
    const world = worldInYear(s.world.states, levelYear(level));
    out.push({
      line,
      checked: checkResult(decoded.value, { level, world, seed: decoded.value.seed }),
      problem: null,
    });
  });
  return out;
}

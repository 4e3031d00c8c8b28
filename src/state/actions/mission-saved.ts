/**
 * What the mission actions keep in the save beyond plans (host review decisions, outcome), and
 * resuming a saved mission: every plan goes through parsePlan again, runtime data (verdict,
 * host answer, flight) is rebuilt from plan + seed, and a broken save drops only the mission.
 */
import { z } from 'zod';
import type { Plan } from '../../rules/types';
import type { PersistedMission } from '../schema';
import { actionStore, announce, breakEditChain, get, missionContext, said, set } from './mission-core';
import { flightOf, parseSavedPlan, reviewOf, verdictOf } from './mission-engine';
import { syncDeviation } from './mission-deviation';
import { reviewFields } from './mission-flow';
import { syncHostDutyView } from './host-duty';
import { ensureSandboxLevel } from './sandbox';

const protestSchema = z.object({ code: z.string(), article: z.string() });

export const reviewStateSchema = z.object({
  protests: z.array(protestSchema),
  accepted: z.boolean().optional(),
  /** The plan as submitted, kept when the host's changes replaced it (for the debrief). */
  submitted: z.unknown().optional(),
  /** Host duty (08): the player's decisions as host, checked by state/actions/host-duty.ts. */
  hostDuty: z.unknown().optional(),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const outcomeSchema = z.object({
  kind: z.enum(['flown', 'declined']),
  score: z.number(),
  stars: z.number().int().min(0).max(3),
  trustDelta: z.number(),
});
export type MissionOutcome = z.infer<typeof outcomeSchema>;

export function missionReviewState(m: PersistedMission): ReviewState {
  const r = reviewStateSchema.safeParse(m.review);
  return r.success ? r.data : { protests: [] };
}

export function missionOutcome(m: PersistedMission): MissionOutcome | null {
  const r = outcomeSchema.safeParse(m.outcome);
  return r.success ? r.data : null;
}

let waiting: (() => void) | null = null;

function waitForWorld(): void {
  if (waiting) return;
  waiting = actionStore().subscribe(
    (st) => st.world,
    (world) => {
      if (!world) return;
      waiting?.();
      waiting = null;
      resumeMission();
    },
  );
}

function drop(key: string, params: Record<string, string | number>): false {
  breakEditChain();
  set({
    mission: null,
    verdict: null,
    ...reviewFields(null),
    flight: null,
    selectedWaypoint: null,
    missionNotice: { key, params },
    screen: 'campaign',
  });
  announce(key, params);
  return false;
}

function parsePlans(list: readonly unknown[], levelId: string, where: string): Plan[] | string {
  const out: Plan[] = [];
  for (const [i, raw] of list.entries()) {
    const r = parseSavedPlan(raw);
    if (!r.ok) return `${where}[${i}] ${r.errors[0]?.path ?? '$'}: ${r.errors[0]?.message ?? 'invalid plan'}`;
    if (r.value.level !== levelId) return `${where}[${i}] belongs to another mission (${r.value.level})`;
    out.push(r.value);
  }
  return out;
}

/**
 * Resumes the saved mission at its exact phase (and flight time). Needs the world and levels to
 * be loaded. Returns false when there is nothing to resume or the save was dropped.
 */
export function resumeMission(): boolean {
  const s = get();
  const m = s.mission;
  if (!m) return false;
  if (!s.world) {
    // Continue pressed while the map is still loading: resume as soon as the world is there.
    waitForWorld();
    return false;
  }
  // A sandbox mission's level is synthetic: rebuilt from its id (issue 14).
  const level = s.levels[m.levelId] ?? ensureSandboxLevel(m.levelId);
  if (!level) {
    return drop('say.save-level-missing', { id: m.levelId });
  }
  const past = parsePlans(m.past, m.levelId, 'past');
  const present = parsePlans([m.present], m.levelId, 'plan');
  const future = parsePlans(m.future, m.levelId, 'future');
  const reviewState = missionReviewState(m);
  const submitted =
    reviewState.submitted === undefined
      ? []
      : parsePlans([reviewState.submitted], m.levelId, 'submitted plan');
  for (const r of [past, present, future, submitted]) {
    if (typeof r === 'string') {
      return drop('say.save-plan-broken', { title: level.title, problem: r });
    }
  }
  const plan = (present as Plan[])[0] as Plan;
  const mission: PersistedMission = {
    ...m,
    past: past as Plan[],
    present: plan,
    future: future as Plan[],
    review: m.review === undefined ? undefined : reviewState,
  };
  // Set the checked mission first: the world follows the mission's year (parties, distances).
  set({ mission, ...said('say.resumed', { title: level.title }) });
  const mc = missionContext();
  if (!mc) return false;
  breakEditChain();
  const verdict = verdictOf(plan, mc.ctx);
  let run = null;
  if (m.review !== undefined && (m.phase === 'review' || m.phase === 'flight' || m.phase === 'debrief')) {
    const asSubmitted = (submitted as Plan[])[0] ?? plan;
    const submittedVerdict = asSubmitted === plan ? verdict : verdictOf(asSubmitted, mc.ctx);
    run = reviewOf(asSubmitted, mc.ctx, submittedVerdict, reviewState.protests);
  }
  const outcome = missionOutcome(m);
  const flown = m.phase === 'flight' || (m.phase === 'debrief' && outcome?.kind === 'flown');
  const flight = flown ? flightOf(plan, mc.ctx, verdict) : null;
  let phase = m.phase;
  if (phase === 'debrief' && !outcome) phase = flight ? 'flight' : 'planning';
  if (phase === 'flight' && !mission.flight && flight)
    mission.flight = { tH: flight.takeoffAfterArrivalH, paused: true };
  set({
    mission: { ...mission, phase },
    screen: 'mission',
    panel: null,
    verdict,
    ...reviewFields(run),
    flight,
    selectedWaypoint: null,
    routeLocked: false,
    missionNotice: null,
  });
  // Host duty: the player is the host; no host answer or flight of the computer's own.
  if (level.hostDuty) syncHostDutyView();
  // The flight was rebuilt from plan + seed; apply the player's answer to a deviation request.
  syncDeviation();
  return true;
}

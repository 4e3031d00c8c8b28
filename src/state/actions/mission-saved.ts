/**
 * What the mission actions keep in the save beyond plans (host review decisions, outcome), and
 * resuming a saved mission: every plan goes through parsePlan again, runtime data (verdict,
 * host answer, flight) is rebuilt from plan + seed, and a broken save drops only the mission.
 */
import type { Plan } from '../../rules/types';
import { isFindingCode, own } from '../../rules';
import type { PersistedMission } from '../schema';
import { actionStore, announce, breakEditChain, get, missionContext, said, set } from './mission-core';
import { checkedPlan, flightOf, parseSavedPlan, reviewFields, reviewOf, verdictOf } from './mission-engine';
import { syncDeviation } from './mission-deviation';
import { syncHostDutyView } from './host-duty';
import { hotSeatOf, syncHotSeatView } from './hot-seat-state';
import { ensureSandboxLevel } from './sandbox-level';
import { missionOutcome, missionReviewState } from './mission-review-state';

export {
  missionOutcome,
  missionReviewState,
  type MissionOutcome,
  type ReviewState,
} from './mission-review-state';

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
    preview: null,
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
  const level = own(s.levels, m.levelId) ?? ensureSandboxLevel(m.levelId);
  if (!level) {
    return drop('say.save-level-missing', { id: m.levelId });
  }
  const past = parsePlans(m.past, m.levelId, 'past');
  const present = parsePlans([m.present], m.levelId, 'plan');
  const future = parsePlans(m.future, m.levelId, 'future');
  const reviewState = missionReviewState(m);
  // A protest against a finding this build does not know: the save came from a newer build.
  const unknown = reviewState.protests.find((p) => !isFindingCode(p.code));
  if (unknown) return drop('say.save-newer', { title: level.title });
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
    review:
      m.review === undefined && (m.phase === 'briefing' || m.phase === 'planning') ? undefined : reviewState,
  };
  // Set the checked mission first: the world follows the mission's year (parties, distances).
  set({ mission, ...said('say.resumed', { title: level.title }) });
  const mc = missionContext();
  if (!mc) return false;
  breakEditChain();
  const { verdict, preview } = checkedPlan(plan, mc.ctx);
  let run = null;
  // The host's review is rebuilt from plan + seed + protests; a save without its review state
  // (tampered, or from an older build) resumes as if no protest had been made.
  if (m.phase === 'review' || m.phase === 'flight' || m.phase === 'debrief') {
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
    preview,
    ...reviewFields(run),
    flight,
    selectedWaypoint: null,
    routeLocked: false,
    missionNotice: null,
  });
  // Host duty: the player is the host; no host answer or flight of the computer's own.
  if (level.hostDuty) syncHostDutyView();
  // Hot seat: the review is the players' own, rebuilt from the saved decisions (issue 14).
  if (hotSeatOf(m)) syncHotSeatView();
  // The flight was rebuilt from plan + seed; apply the player's answer to a deviation request.
  syncDeviation();
  return true;
}

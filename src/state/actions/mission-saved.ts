/**
 * Resuming a saved mission (its schema: state/schema.ts): every plan goes through parsePlan
 * again, runtime data (verdict, host answer, flight) is rebuilt from plan + seed + the saved
 * decisions, and a broken save drops only the mission.
 */
import type { Plan } from '../../rules/types';
import { isFindingCode, own, parsePlan, validatePlan } from '../../rules';
import type { PersistedMission } from '../schema';
import { actionStore, announce, breakEditChain, get, missionContext, said, set } from './mission-core';
import { checkedPlan, flightOf, reviewFields, reviewOf } from './mission-engine';
import { syncDeviation } from './mission-deviation';
import { syncHostDutyView } from './host-duty';
import { hotSeatOf, syncHotSeatView } from './hot-seat-state';
import { ensureSandboxLevel } from './sandbox-level';
import { missionReviewState } from '../selectors';

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
    const r = parsePlan(raw);
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
  const asSubmitted = (submitted as Plan[])[0];
  // From here on the mission holds the parsed plans: the store's plans are always checked ones.
  const mission: PersistedMission = {
    ...m,
    past: past as Plan[],
    present: plan,
    future: future as Plan[],
    review:
      m.review === undefined && (m.phase === 'briefing' || m.phase === 'planning')
        ? undefined
        : { ...reviewState, ...(asSubmitted ? { submitted: asSubmitted } : {}) },
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
    const reviewed = asSubmitted ?? plan;
    const submittedVerdict = reviewed === plan ? verdict : validatePlan(reviewed, mc.ctx);
    run = reviewOf(reviewed, mc.ctx, submittedVerdict, reviewState.protests);
  }
  const outcome = m.outcome;
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

/** Mission phases: briefing → planning → review → flight → debrief, and leaving a mission. */
import type { FindingCode } from '../../rules/types';
import type { MissionOutcome, Protest, ReviewState } from '../schema';
import { currentLevel, isUnlocked, missionReviewState, nextLevelId } from '../selectors';
import { progressAfterDecline, progressAfterFlight } from './mission-progress';
import { beginHostDuty, isHostDuty } from './host-duty';
import { hotSeatForPlanning, hotSeatOf, submitToHost } from './hot-seat-state';
import {
  announce,
  said,
  breakEditChain,
  get,
  historyOf,
  missionContext,
  refreshVerdict,
  set,
} from './mission-core';
import { own, pushPlan, validatePlan, type MissionScore } from '../../rules';
import {
  canAccept,
  checkedPlan,
  emptyPlan,
  flightSpan,
  flightOf,
  reviewKind,
  reviewFields,
  reviewOf,
  scoreOf,
  type ReviewRun,
} from './mission-engine';
import { flightWithAnswer, pendingDeviation } from './mission-deviation';

/** The review as it stands (initial answer, protests), rebuilt for scoring. */
function currentRun(): ReviewRun | null {
  const s = get();
  if (!s.review || !s.reviewInitial) return null;
  return {
    initial: s.reviewInitial,
    response: s.review,
    outcomes: s.protestOutcomes,
    effects: s.reviewEffects ?? { byKind: [], all: null },
  };
}

/**
 * How the mission ended, with the score as computed now: stored in the mission, so the debrief
 * and the result code show this score and never score the mission again.
 */
function outcomeOf(kind: MissionOutcome['kind'], sc: MissionScore): MissionOutcome {
  const q = sc.quota;
  return {
    kind,
    score: sc.score,
    stars: kind === 'declined' ? 0 : sc.stars,
    trustDelta: sc.trust.delta,
    objectivesCaptured: sc.objectivesCaptured,
    objectivesTotal: sc.objectivesTotal,
    trustItems: sc.trust.items.map((it) => ({ key: it.key, delta: it.delta })),
    quota: {
      host: q.host,
      observer: q.observer,
      counted: q.counted,
      basis: q.basis,
      usedBefore: q.usedBefore,
      usedAfter: q.usedAfter,
      active: q.active,
      left: q.left,
    },
  };
}

/** Opens a mission at its briefing with a fresh plan from the level's first airfield. */
export function startMission(levelId: string): void {
  const s = get();
  const level = own(s.levels, levelId);
  if (!level) return;
  breakEditChain();
  const plan = emptyPlan(level);
  const mission = {
    levelId,
    phase: 'briefing' as const,
    seed: level.weather.seed,
    past: [],
    present: plan,
    future: [],
  };
  // Set the mission first: the world follows the mission's year (parties, airfield distances).
  set({ mission, ...said('say.briefing', { title: level.title }) });
  const mc = missionContext();
  set({
    screen: 'mission',
    panel: null,
    ...(mc ? checkedPlan(plan, mc.ctx) : { verdict: null, preview: null }),
    ...reviewFields(null),
    flight: null,
    selectedWaypoint: null,
    routeLocked: false,
    missionNotice: null,
  });
}

export function beginPlanning(): void {
  // Host duty (08): the briefing leads to the observers' plans, not to planning (issue 14).
  if (get().mission?.phase === 'briefing' && isHostDuty(currentLevel(get()))) return beginHostDuty();
  const s = get();
  const m = s.mission;
  if (!m || (m.phase !== 'briefing' && m.phase !== 'review')) return;
  // Back from the review to revise: the host's objections stay on record for the debrief.
  const revised = [
    ...(missionReviewState(m).revised ?? []),
    ...(m.phase === 'review' && s.review
      ? s.review.objections
          .filter((o) => !o.withdrawn)
          .map((o) => ({ code: o.code, severity: o.severity, basis: o.basis }))
      : []),
  ];
  // Hot seat: back to planning drops the host's decision (hot-seat-state.ts).
  const planning = {
    ...m,
    phase: 'planning' as const,
    review: revised.length ? { protests: [], revised } : undefined,
  };
  set({
    mission: hotSeatForPlanning(planning),
    ...reviewFields(null),
    ...said('say.planning'),
  });
  // A hot-seat host may have hidden the findings: planning always shows them.
  refreshVerdict();
}

/** Submits the plan to the host: the host's answer comes from the rules (deterministic). */
export function submitPlan(): void {
  const s = get();
  const m = s.mission;
  const mc = missionContext(s);
  if (!m || m.phase !== 'planning' || !mc || !s.verdict) return;
  if (mc.plan.waypoints.length === 0) return;
  // Hot seat: the plan goes to the friend who plays the host, not to the computer (issue 14).
  if (hotSeatOf(m)) return submitToHost();
  breakEditChain();
  const revised = missionReviewState(m).revised;
  const state: ReviewState = { protests: [], ...(revised?.length ? { revised } : {}) };
  const run = reviewOf(mc.plan, mc.ctx, s.verdict, []);
  set({
    mission: { ...m, phase: 'review', review: state },
    ...reviewFields(run),
    selectedWaypoint: null,
    ...said(`say.submitted.${reviewKind(run.response)}`),
  });
}

/** Protests a host demand, citing an article picked from the Handbook. */
export function protestFinding(code: FindingCode, article: string): void {
  const s = get();
  const m = s.mission;
  const mc = missionContext(s);
  if (!m || m.phase !== 'review' || !mc || !s.verdict) return;
  const before = missionReviewState(m);
  if (before.protests.some((p) => p.code === code)) return;
  const protests: Protest[] = [...before.protests, { code, article }];
  const run = reviewOf(mc.plan, mc.ctx, s.verdict, protests);
  set({ mission: { ...m, review: { ...before, protests } }, ...reviewFields(run) });
  announce(`say.protest.${reviewKind(run.response)}`, { article });
}

/** Accepts the host's answer: the agreed plan (with the host's changes, if any) is flown. */
export function acceptReview(): void {
  const s = get();
  const m = s.mission;
  const mc = missionContext(s);
  if (!m || m.phase !== 'review' || !s.review || !mc) return;
  if (!canAccept(s.review)) return;
  const proposal = s.review.proposedPlan;
  let mission = { ...m, review: { ...missionReviewState(m), accepted: true } };
  let checked = { verdict: s.verdict, preview: s.preview };
  if (proposal && proposal !== mc.plan) {
    const h = pushPlan(historyOf(m), proposal);
    const review = { ...missionReviewState(m), accepted: true, submitted: mc.plan };
    mission = { ...mission, review, past: h.past, present: h.present, future: h.future };
    checked = checkedPlan(proposal, mc.ctx);
  }
  set({ mission, ...checked });
  startFlight();
}

/** Declines the mission over the dispute: it does not count against the quota (Art. VIII). */
export function declineMission(): void {
  const s = get();
  const m = s.mission;
  const mc = missionContext(s);
  const run = currentRun();
  if (!m || m.phase !== 'review' || !mc || !run) return;
  const sc = scoreOf(mc.ctx, run, null, true);
  const outcome = outcomeOf('declined', sc);
  set({
    mission: { ...m, phase: 'debrief', outcome, flight: undefined },
    flight: null,
    // Practice (opened from a plan code on a locked level) is not counted.
    progress: m.practice ? s.progress : progressAfterDecline(s, mc.level, sc),
    ...said('say.declined'),
  });
}

export function startFlight(): void {
  const s = get();
  const m = s.mission;
  const mc = missionContext(s);
  if (!m || !mc || (m.phase !== 'review' && m.phase !== 'flight')) return;
  const verdict = s.verdict ?? validatePlan(mc.plan, mc.ctx);
  const flight = flightOf(mc.plan, mc.ctx, verdict);
  // The plan is agreed: its undo history is of no further use, and the save stays small while
  // the flight clock writes it every frame.
  set({
    mission: {
      ...m,
      phase: 'flight',
      past: [],
      future: [],
      flight: { tH: flightSpan(flight).fromH, paused: false },
      deviation: undefined,
      outcome: undefined,
    },
    flight,
    ...said('say.takeoff'),
  });
}

/** Lands the aircraft: score, stars, trust and the quota ledger go into progress. */
export function finishFlight(): void {
  const s = get();
  const m = s.mission;
  const mc = missionContext(s);
  if (!m || m.phase !== 'flight' || !s.flight || !mc || !s.verdict || !m.flight) return;
  const run = currentRun();
  if (!run) return;
  // Skipping to the landing stops at an unanswered deviation request: the host waits for an answer.
  const req = s.flight.deviationRequest;
  if (req && !m.deviation) {
    if (!pendingDeviation(s)) set({ mission: { ...m, flight: { ...m.flight, tH: req.tH } } });
    return;
  }
  const flown = flightWithAnswer(s) ?? s.flight;
  const sc = scoreOf(mc.ctx, run, flown, false);
  const outcome = outcomeOf('flown', sc);
  const progress = progressAfterFlight(s, mc.level, sc, new Date().toISOString());
  const flightState = { tH: flightSpan(s.flight).toH, paused: true };
  set({
    mission: { ...m, phase: 'debrief', outcome, flight: flightState },
    flight: flown,
    // Practice (opened from a plan code on a locked level) is not counted.
    progress: m.practice ? s.progress : progress,
    ...said('say.landed', { score: sc.score, stars: sc.stars }),
  });
}

export function retryMission(): void {
  const m = get().mission;
  if (!m) return;
  startMission(m.levelId);
  const again = get().mission;
  if (m.practice && again) set({ mission: { ...again, practice: true } });
}

export function nextMission(): void {
  const s = get();
  const next = s.mission && !s.mission.practice ? nextLevelId(s, s.mission.levelId) : null;
  // The next mission opens with at least one star in this one.
  if (next && isUnlocked(s, next)) startMission(next);
  else quitToCampaign();
}

/** Leaves the mission screen; the mission stays saved so Continue picks it up. */
export function quitToMenu(): void {
  breakEditChain();
  set({ screen: 'menu', panel: null, selectedWaypoint: null });
}

export function quitToCampaign(): void {
  breakEditChain();
  set({ screen: 'campaign', panel: null, selectedWaypoint: null });
}

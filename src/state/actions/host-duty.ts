/**
 * Host duty (08, issue 14): the player is the host and reviews the observers' plans in turn.
 * The plan under review is the mission's present plan (the map draws it); the rules engine's
 * findings stay hidden until the player asks for them; the computer observer answers each
 * decision as the treaty allows (src/rules/host/observer.ts) and the host side is scored on
 * lawfulness. The duty's state is plain data in the saved mission (mission.review.hostDuty,
 * typed in state/schema.ts).
 */
import {
  applyChanges,
  reviewPlan,
  setAltitude,
  setTimeline,
  hostDutyScore,
  hostPlanScore,
  observerReply,
  parsePlan,
  validatePlan,
  type HostAction,
  type HostAfterProtest,
  type HostPlanScore,
} from '../../rules';
import { DEFAULT_TIMELINE, type Level, type Plan } from '../../rules/types';
import { currentLevel, missionReviewState } from '../selectors';
import type { HostDecisionRecord, HostDutyState, PersistedMission } from '../schema';
import type { GameState } from '../store';
import { get, missionContext, said, set } from './mission-core';
import { trustAfter } from './mission-progress';

export function isHostDuty(level: Level | null | undefined): boolean {
  return (level?.hostDuty?.incoming.length ?? 0) > 0;
}

/** The host duty in the saved mission, or null (not a host duty, or a broken save). */
export function hostDutyState(s: GameState = get()): HostDutyState | null {
  const m = s.mission;
  if (!m || !isHostDuty(currentLevel(s))) return null;
  return m.review?.hostDuty ?? null;
}

/** The incoming plan at `index`, parsed (the level parser has checked it already). */
export function incomingPlan(level: Level, index: number): { id: string; title: string; plan: Plan } | null {
  const entry = level.hostDuty?.incoming[index];
  if (!entry) return null;
  const r = parsePlan(entry.plan);
  return r.ok ? { id: entry.id, title: entry.title, plan: { ...r.value, level: level.id } } : null;
}

/** A decision is final when the observer did not protest, or the host answered the protest. */
export function isSettled(rec: HostDecisionRecord | null): boolean {
  return rec !== null && (rec.reply.kind !== 'protest' || rec.after !== null);
}

export function recordScore(rec: HostDecisionRecord): HostPlanScore {
  return hostPlanScore(rec.reply, rec.after);
}

function put(
  m: PersistedMission,
  duty: HostDutyState,
  patch: Partial<PersistedMission> = {},
): PersistedMission {
  return { ...m, ...patch, review: { ...missionReviewState(m), hostDuty: duty } };
}

/** Puts plan `index` under review: on the map, findings hidden. */
function showPlan(index: number, done: HostDecisionRecord[]): void {
  const s = get();
  const m = s.mission;
  const level = currentLevel(s);
  const next = level ? incomingPlan(level, index) : null;
  if (!m || !level || !next) return;
  const duty: HostDutyState = { index, revealed: false, current: null, done };
  set({ mission: put({ ...m, past: [], future: [] }, duty, { phase: 'review', present: next.plan }) });
  // The verdict stays out of the store until the player asks: the map marks findings on legs.
  set({
    verdict: null,
    review: null,
    reviewInitial: null,
    protestOutcomes: [],
    selectedWaypoint: null,
    // The announcer words the title in the language in use (by level and plan id).
    ...said('say.host.incoming', { n: index + 1, title: next.title, level: level.id, plan: next.id }),
  });
}

/** From the briefing: the first observer's plan arrives. */
export function beginHostDuty(): void {
  const m = get().mission;
  if (!m || m.phase !== 'briefing' || !isHostDuty(currentLevel(get()))) return;
  showPlan(0, []);
}

export function revealFindings(): void {
  const s = get();
  const duty = hostDutyState(s);
  if (!s.mission || !duty || duty.revealed) return;
  set({ mission: put(s.mission, { ...duty, revealed: true }), ...said('say.host.revealed') });
  syncHostDutyView();
}

/**
 * The runtime view of the host duty after any change or a resume: no host answer or flight of
 * the computer's own, and the verdict (findings on the map) only once revealed.
 */
export function syncHostDutyView(): void {
  const s = get();
  const duty = hostDutyState(s);
  if (!duty) return;
  const mc = missionContext(s);
  const show = duty.revealed || s.mission?.phase === 'debrief';
  set({
    review: null,
    reviewInitial: null,
    protestOutcomes: [],
    flight: null,
    verdict: show && mc ? validatePlan(mc.plan, mc.ctx) : null,
  });
}

/** The host decides on the plan under review; the computer observer answers at once. */
export function hostDecide(action: HostAction): void {
  const s = get();
  const duty = hostDutyState(s);
  const mc = missionContext(s);
  const level = currentLevel(s);
  if (!s.mission || s.mission.phase !== 'review' || !duty || duty.current || !mc || !level) return;
  const incoming = incomingPlan(level, duty.index);
  if (!incoming) return;
  const verdict = validatePlan(incoming.plan, mc.ctx);
  const reply = observerReply(incoming.plan, verdict, action, mc.ctx);
  const current: HostDecisionRecord = { planId: incoming.id, action, reply, after: null };
  set({
    mission: put(s.mission, { ...duty, current, revealed: true }),
    ...said(`say.host.reply.${reply.kind}`, { article: reply.article }),
  });
  syncHostDutyView();
}

/** After the observer's protest: give way (the plan flies as submitted) or insist (it declines). */
export function answerProtest(after: HostAfterProtest): void {
  const s = get();
  const duty = hostDutyState(s);
  if (!s.mission || !duty?.current || duty.current.reply.kind !== 'protest' || duty.current.after) return;
  set({ mission: put(s.mission, { ...duty, current: { ...duty.current, after } }) });
}

/** Next plan, or the debrief after the last one (score, stars and trust into progress). */
export function nextIncoming(): void {
  const s = get();
  const m = s.mission;
  const duty = hostDutyState(s);
  const level = currentLevel(s);
  if (!m || !duty || !level || !duty.current || !isSettled(duty.current)) return;
  const done = [...duty.done, duty.current];
  if (duty.index + 1 < (level.hostDuty?.incoming.length ?? 0)) {
    showPlan(duty.index + 1, done);
    return;
  }
  const total = hostDutyScore(done.map(recordScore));
  const outcome = {
    kind: 'flown' as const,
    score: total.score,
    stars: total.stars,
    trustDelta: total.trustDelta,
  };
  const prev = s.progress.results[m.levelId];
  const result = {
    stars: Math.max(total.stars, prev?.stars ?? 0),
    score: Math.max(total.score, prev?.score ?? 0),
    completedAtIso: new Date().toISOString(),
  };
  const progress = {
    ...s.progress,
    results: { ...s.progress.results, [m.levelId]: result },
    // Once per mission, like the observer's missions: a retry replaces the earlier change.
    ...trustAfter(s.progress, m.levelId, total.trustDelta),
  };
  const finished = put(m, { ...duty, current: null, done }, { phase: 'debrief', outcome });
  set({
    mission: finished,
    progress: m.practice ? s.progress : progress,
    ...said('say.host.finished', { score: total.score, stars: total.stars }),
  });
  syncHostDutyView();
}

/** A change as the host's form describes it; the changed plan is built by the rules' edits. */
export type HostChangeSpec =
  | { what: 'altitude'; waypoint: number; altitudeM: number }
  | { what: 'time'; delayH: number }
  | { what: 'route' };

/** The rules' detour around a zone on this plan's route, if there is one (route change). */
export function suggestedDetour(plan: Plan, level: Level, seed: number, s: GameState = get()) {
  const mc = missionContext(s);
  if (!mc) return null;
  const response = reviewPlan(validatePlan(plan, mc.ctx), level, seed, plan);
  return response.changes.find((c) => c.kind === 'route') ?? null;
}

/** The plan under review with the host's change applied, or null when the change is empty. */
export function changedPlan(plan: Plan, spec: HostChangeSpec, level: Level, seed: number): Plan | null {
  switch (spec.what) {
    case 'altitude': {
      const next = setAltitude(plan, spec.waypoint, spec.altitudeM);
      return next === plan ? null : next;
    }
    case 'time': {
      if (!Number.isFinite(spec.delayH) || spec.delayH <= 0) return null;
      const t = plan.timeline ?? DEFAULT_TIMELINE;
      return setTimeline(plan, { takeoffAfterSubmitH: t.takeoffAfterSubmitH + spec.delayH });
    }
    case 'route': {
      const detour = suggestedDetour(plan, level, seed);
      return detour ? applyChanges(plan, [detour]) : null;
    }
  }
}

/** Proposes the change described by the host's form; ignored when it changes nothing. */
export function proposeHostChange(spec: HostChangeSpec): boolean {
  const s = get();
  const level = currentLevel(s);
  const duty = hostDutyState(s);
  if (!level || !duty || !s.mission) return false;
  const incoming = incomingPlan(level, duty.index);
  if (!incoming) return false;
  const plan = changedPlan(incoming.plan, spec, level, s.mission.seed);
  if (!plan) return false;
  hostDecide({ kind: 'change', what: spec.what, plan });
  return true;
}

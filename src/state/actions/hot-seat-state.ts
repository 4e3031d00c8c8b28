/**
 * The hot-seat field of the saved mission (issue 14): two players share one plan, on one device
 * (observer plans → hand-over → host reviews → hand-over → observer answers) or on two devices
 * with plan and review codes. Plain data, read back through a schema so a tampered or older save
 * gives null (a solo mission), never a crash. What follows from it (the computer's judgement of
 * the host's decision, the protest's outcome, both scores) is derived by src/rules/host/hot-seat.
 */
import {
  hotSeatResult,
  judgeProtest,
  observerReply,
  parsePlan,
  reviewPlan,
  validatePlan,
  type HostAction,
  type HotSeatProtest,
  type HotSeatResult,
  type ObserverAnswer,
  type ObserverReply,
  type ProtestOutcome,
} from '../../rules';
import type { Plan, RulesContext, Verdict } from '../../rules/types';
import type { z } from 'zod/mini';
import type { hotSeatSchema, PersistedMission } from '../schema';
import { breakEditChain, get, missionContext, said, set } from './mission-core';
import { checkedPlan, reviewFields, type ReviewRun } from './mission-engine';

/**
 * one-device: both players at one table. host-remote: this device reviews a friend's plan code
 * and hands back a review code. observer-remote: this device answers a friend's review code.
 */
export type HotSeatMode = z.infer<typeof hotSeatSchema>['mode'];

/** plan → to-host (hand-over) → host → to-observer (hand-over) → answer; host-remote ends at review-code. */
export type HotSeatStage = z.infer<typeof hotSeatSchema>['stage'];

export interface HotSeatState {
  mode: HotSeatMode;
  stage: HotSeatStage;
  /** The host asked to see the rules engine's findings. */
  revealed: boolean;
  /** The plan as the observer submitted it (null while planning). */
  submitted: Plan | null;
  host: HostAction | null;
  /** The observer's protest, citing an article (one per decision). */
  protest: { article: string } | null;
  answer: ObserverAnswer | null;
}

function planOf(raw: unknown, levelId: string): Plan | null {
  const r = parsePlan(raw);
  return r.ok && r.value.level === levelId ? r.value : null;
}

/**
 * The hot seat of a saved mission, or null (solo, or a broken field). Stages past planning need
 * the submitted plan; stages past the host's review need its decision.
 */
export function hotSeatOf(m: PersistedMission | null | undefined): HotSeatState | null {
  if (!m) return null;
  const d = m.hotSeat;
  if (!d) return null;
  const submitted = d.submitted === null ? null : planOf(d.submitted, m.levelId);
  let host: HostAction | null = null;
  if (d.host?.kind === 'change') {
    const plan = planOf(d.host.plan, m.levelId);
    if (!plan) return null;
    host = { kind: 'change', what: d.host.what, plan };
  } else if (d.host) host = d.host;
  if (d.stage !== 'plan' && !submitted) return null;
  const needsHost = d.stage === 'to-observer' || d.stage === 'answer' || d.stage === 'review-code';
  if (needsHost && !host) return null;
  return { ...d, submitted, host };
}

export function withHotSeat(m: PersistedMission, hs: HotSeatState | null): PersistedMission {
  const next = { ...m };
  if (hs) next.hotSeat = hs;
  else delete next.hotSeat;
  return next;
}

export interface HotSeatJudgement {
  verdict: Verdict;
  reply: ObserverReply;
  protest: HotSeatProtest | null;
  result: HotSeatResult;
}

/** What the rules make of the host's decision and the observer's answers so far. */
export function judge(hs: HotSeatState, ctx: RulesContext): HotSeatJudgement | null {
  if (!hs.submitted || !hs.host) return null;
  const verdict = validatePlan(hs.submitted, ctx);
  const reply = observerReply(hs.submitted, verdict, hs.host, ctx);
  const protest = hs.protest ? judgeProtest(reply, verdict, hs.host, hs.protest.article) : null;
  return { verdict, reply, protest, result: hotSeatResult(hs.submitted, reply, hs.host, protest, hs.answer) };
}

/**
 * The review run the mission's scoring and the map read: the rules' review of the submitted plan
 * (the findings a host had to raise, as on the observer's side today), the host's change as the
 * proposal the map compares, and the observer's protest as a protest outcome.
 */
export function hotSeatRun(hs: HotSeatState, ctx: RulesContext): ReviewRun | null {
  const j = judge(hs, ctx);
  if (!j || !hs.submitted || !hs.host) return null;
  const initial = reviewPlan(j.verdict, ctx.level, ctx.seed, hs.submitted);
  const response = {
    ...initial,
    changes: [],
    proposedPlan: hs.host.kind === 'change' ? hs.host.plan : null,
  };
  const outcomes: ProtestOutcome[] = [];
  const p = j.protest;
  if (p?.code && p.reason !== 'nothing-to-protest') {
    outcomes.push({
      code: p.code,
      citedArticle: p.article,
      result: p.result,
      justified: p.justified,
      reason: p.reason === 'lawful-action' ? 'lawful-objection' : p.reason,
      trustDelta: p.trustDelta,
      governing: p.governing,
      response,
      key: p.key,
    });
  }
  return { initial, response, outcomes, effects: { byKind: [], all: null } };
}

export const freshHotSeat = (mode: HotSeatMode = 'one-device'): HotSeatState => ({
  mode,
  stage: 'plan',
  revealed: false,
  submitted: null,
  host: null,
  protest: null,
  answer: null,
});

/**
 * Back to planning from a hot-seat review (mission-flow's beginPlanning): on one device A revises
 * and hands over again (the host's decision is dropped); a two-device review becomes a solo game.
 */
export function hotSeatForPlanning(m: PersistedMission): PersistedMission {
  const hs = hotSeatOf(m);
  if (!hs || hs.stage === 'plan') return m;
  return withHotSeat(m, hs.mode === 'one-device' ? freshHotSeat() : null);
}

/** A submits: the plan is frozen as submitted and the device goes to the host (no computer review). */
export function submitToHost(): void {
  const s = get();
  const m = s.mission;
  const hs = hotSeatOf(m);
  const mc = missionContext(s);
  if (!m || m.phase !== 'planning' || !hs || hs.stage !== 'plan' || !mc) return;
  if (mc.plan.waypoints.length === 0) return;
  breakEditChain();
  const next: HotSeatState = { ...hs, stage: 'to-host', submitted: mc.plan, revealed: false };
  set({
    mission: withHotSeat({ ...m, phase: 'review', review: { protests: [] } }, next),
    ...reviewFields(null),
    selectedWaypoint: null,
    ...said('say.hotseat.toHost'),
  });
}

/** The store's runtime fields for the stage (after any change, and after a resume). */
export function syncHotSeatView(): void {
  const s = get();
  const hs = hotSeatOf(s.mission);
  const mc = missionContext(s);
  if (!hs || !mc || !s.mission || hs.stage === 'plan') return;
  const phase = s.mission.phase;
  if (phase === 'review' && (hs.stage === 'to-host' || hs.stage === 'host')) {
    // The host reads the plan first; the rules engine's findings only when asked (as in 08).
    const show = hs.stage === 'host' && hs.revealed && hs.submitted;
    set({
      ...reviewFields(null),
      flight: null,
      verdict: show && hs.submitted ? checkedPlan(hs.submitted, mc.ctx).verdict : null,
    });
    return;
  }
  const run = hotSeatRun(hs, mc.ctx);
  // In the review the observer's answer is the one stage that shows the host's decision (map diff).
  const review = phase === 'review' && hs.stage !== 'answer' ? null : run;
  set({ ...reviewFields(review), ...(s.verdict ? {} : checkedPlan(mc.plan, mc.ctx)) });
}

/**
 * Two players, two devices (issue 14): the observer sends a plan code; the host opens it in host
 * mode, reviews it with the 08 tools and hands back a review code (OSV1); the observer opens the
 * review code, answers the host's decision, flies and reaches the debrief. Each side is a mission
 * of its own on its own device, in the same hot-seat state as the one-device game.
 */
import { decodePlanCode, decodeReviewCode, encodeReviewCode, reviewOfPlan } from '../../rules/share';
import type { Plan } from '../../rules';
import type { GameState } from '../store';
import { openSharedPlan } from './classroom';
import { get, said, set } from './mission-core';
import { freshHotSeat, hotSeatOf, syncHotSeatView, withHotSeat, type HotSeatState } from './hot-seat-state';

export type RemoteOpen =
  | { ok: true; levelId: string }
  | { ok: false; why: string }
  | {
      ok: false;
      problem: 'unknown-level' | 'unknown-airfield' | 'unknown-aircraft' | 'not-ready';
      detail: string;
    };

function openAs(plan: Plan, hs: HotSeatState, practice: boolean | null): RemoteOpen {
  const opened = openSharedPlan(plan);
  if (!opened.ok) return opened;
  const m = get().mission;
  if (!m) return { ok: false, problem: 'not-ready', detail: plan.level };
  const mission = withHotSeat(
    {
      ...m,
      phase: 'review',
      review: { protests: [] },
      ...(practice === null ? {} : { practice }),
    },
    hs,
  );
  const say = hs.mode === 'host-remote' ? 'say.hotseat.hostTurn' : 'say.hotseat.observerTurn';
  set({ mission, selectedWaypoint: null, ...said(say) });
  syncHotSeatView();
  return { ok: true, levelId: plan.level };
}

/** Host mode: a friend's plan code opens in the host's review (it ends at the review code: nothing is scored). */
export function openPlanAsHost(code: string): RemoteOpen {
  const r = decodePlanCode(code);
  if (!r.ok) return { ok: false, why: r.error };
  const hs: HotSeatState = { ...freshHotSeat('host-remote'), stage: 'host', submitted: r.value };
  return openAs(r.value, hs, null);
}

/** The observer's side: a review code opens at the host's decision, ready for an answer. */
export function openReviewCode(code: string): RemoteOpen {
  const levels = get().levels;
  const r = decodeReviewCode(code, { knownLevel: (id) => Object.hasOwn(levels, id) });
  if (!r.ok) return { ok: false, why: r.error };
  const hs: HotSeatState = {
    ...freshHotSeat('observer-remote'),
    stage: 'answer',
    submitted: r.value.plan,
    host: r.value.host,
  };
  return openAs(r.value.plan, hs, null);
}

/** The review code of the host's decision (host mode, after deciding), or null. */
export function reviewCodeOf(s: GameState = get()): string | null {
  const hs = hotSeatOf(s.mission);
  if (!hs || hs.mode !== 'host-remote' || hs.stage !== 'review-code' || !hs.submitted || !hs.host)
    return null;
  return encodeReviewCode(reviewOfPlan(hs.submitted, hs.host));
}

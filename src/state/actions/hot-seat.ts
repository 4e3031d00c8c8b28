/**
 * Hot seat (issue 14): two players, one device. Player A plans as observer and submits; a
 * hand-over screen passes the device to player B, who reviews the plan with the 08 host tools;
 * a second hand-over gives it back to A, who complies, protests citing an article, or declines;
 * the flight and the debrief follow as usual, with both players' decisions and scores.
 * The state is mission.hotSeat (saved with the mission); every action checks the stage it
 * belongs to, so a double click, a reload or a Back never leaves a half-done step.
 */
import { pushPlan, type HostAction } from '../../rules';
import { currentLevel } from '../selectors';
import type { GameState } from '../store';
import { changedPlan, type HostChangeSpec } from './host-duty';
import { announce, get, historyOf, missionContext, said, set } from './mission-core';
import { checkedPlan, reviewFields } from './mission-engine';
import { beginPlanning, declineMission, startFlight } from './mission-flow';
import {
  freshHotSeat,
  hotSeatOf,
  hotSeatRun,
  judge,
  syncHotSeatView,
  withHotSeat,
  type HotSeatState,
} from './hot-seat-state';

export { judge, type HotSeatState } from './hot-seat-state';

/** The hot seat of the mission in progress, or null. */
export function hotSeat(s: GameState = get()): HotSeatState | null {
  return hotSeatOf(s.mission);
}

/**
 * Mode and stage as saved, read without parsing (cheap on every store change): the key a view
 * rebuilds on. The view itself reads hotSeat(), which checks the field.
 */
export function hotSeatKey(s: GameState): string {
  const raw = (s.mission as { hotSeat?: { mode?: unknown; stage?: unknown } } | null)?.hotSeat;
  return raw ? `${String(raw.mode)}:${String(raw.stage)}` : '';
}

function put(hs: HotSeatState | null, patch: Partial<GameState> = {}): void {
  const m = get().mission;
  if (!m) return;
  set({ mission: withHotSeat(m, hs), ...patch });
}

/** "Play with a friend": from the briefing or planning, A plans as observer for a friend to host. */
export function startHotSeat(): void {
  const m = get().mission;
  if (!m || (m.phase !== 'briefing' && m.phase !== 'planning') || hotSeat()) return;
  if (currentLevel(get())?.hostDuty) return;
  put(freshHotSeat(), said('say.hotseat.on'));
  if (m.phase === 'briefing') beginPlanning();
}

/** Back to a solo game while A is still planning. */
export function leaveHotSeat(): void {
  const hs = hotSeat();
  if (!hs || hs.stage !== 'plan') return;
  put(null, said('say.hotseat.off'));
}

/** Continue on a hand-over screen: to the host's review, or back to the observer's answer. */
export function continueHandOver(): void {
  const hs = hotSeat();
  const m = get().mission;
  if (!hs || m?.phase !== 'review') return;
  if (hs.stage === 'to-host') put({ ...hs, stage: 'host' }, said('say.hotseat.hostTurn'));
  else if (hs.stage === 'to-observer') put({ ...hs, stage: 'answer' }, said('say.hotseat.observerTurn'));
  else return;
  syncHotSeatView();
}

export function hotSeatReveal(): void {
  const hs = hotSeat();
  if (!hs || hs.stage !== 'host' || hs.revealed) return;
  put({ ...hs, revealed: true }, said('say.host.revealed'));
  syncHotSeatView();
}

/** The host decides; on one device the device goes back to the observer, remote shows the code. */
export function hotSeatDecide(action: HostAction): void {
  const hs = hotSeat();
  if (!hs || hs.stage !== 'host' || get().mission?.phase !== 'review') return;
  const stage = hs.mode === 'host-remote' ? 'review-code' : 'to-observer';
  put(
    { ...hs, stage, host: action, protest: null, answer: null },
    said(stage === 'review-code' ? 'say.hotseat.codeReady' : 'say.hotseat.toObserver'),
  );
  syncHotSeatView();
}

/** The host's change from the 08 change form (altitude, time or the rules' detour). */
export function hotSeatProposeChange(spec: HostChangeSpec): boolean {
  const s = get();
  const hs = hotSeat(s);
  const level = currentLevel(s);
  if (!hs?.submitted || hs.stage !== 'host' || !level || !s.mission) return false;
  const plan = changedPlan(hs.submitted, spec, level, s.mission.seed);
  if (!plan) return false;
  hotSeatDecide({ kind: 'change', what: spec.what, plan });
  return true;
}

/** The observer protests the host's decision, citing an article (once). */
export function hotSeatProtest(article: string): void {
  const s = get();
  const hs = hotSeat(s);
  const mc = missionContext(s);
  const cited = article.trim().slice(0, 80);
  if (!hs?.host || hs.stage !== 'answer' || hs.protest || hs.host.kind === 'accept' || !mc || !cited) return;
  const next = { ...hs, protest: { article: cited } };
  const j = judge(next, mc.ctx);
  put(next, said(`say.hotseat.protest.${j?.protest?.result ?? 'rejected'}`, { article: cited }));
  syncHotSeatView();
}

/**
 * The observer's last word: comply (fly the agreed plan, or accept a refusal) or decline. The
 * flown plan becomes the mission's plan; the flight and the scoring run as on the solo side.
 */
export function hotSeatAnswer(answer: 'comply' | 'decline'): void {
  const s = get();
  const m = s.mission;
  const hs = hotSeat(s);
  const mc = missionContext(s);
  if (!m || m.phase !== 'review' || !hs?.host || hs.stage !== 'answer' || hs.answer || !mc) return;
  if (answer === 'decline' && hs.host.kind === 'accept') return;
  const next: HotSeatState = { ...hs, answer };
  const j = judge(next, mc.ctx);
  const run = hotSeatRun(next, mc.ctx);
  if (!j || !run) return;
  let mission = withHotSeat({ ...m, review: { protests: [], accepted: answer === 'comply' } }, next);
  const flown = j.result.flownPlan;
  let checked = { verdict: s.verdict, preview: s.preview };
  if (flown && flown !== mc.plan) {
    const h = pushPlan(historyOf(mission), flown);
    mission = { ...mission, past: h.past, present: h.present, future: h.future };
    checked = checkedPlan(flown, mc.ctx);
  }
  set({ mission, ...checked, ...reviewFields(run) });
  if (flown) startFlight();
  else declineMission();
  announce(`say.hotseat.flight.${j.result.flight}`);
}

/** Back from the review to planning: the host's decision is dropped, A revises and hands over again. */
export function hotSeatBackToPlanning(): void {
  const hs = hotSeat();
  const m = get().mission;
  if (!hs || m?.phase !== 'review' || hs.mode !== 'one-device') return;
  // beginPlanning resets the hot seat to planning (mission-flow), whoever asks for it.
  beginPlanning();
}

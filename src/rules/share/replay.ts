/**
 * Replaying a handed-in mission from plan + seed + decisions, the way the game plays it
 * (state/actions/mission-flow.ts): verdict of the submitted plan, the host's review, each protest
 * in order, then either a decline or the flight of the agreed plan (with the answer to a
 * deviation request), scored by scoreMission. Same inputs ⇒ same score: a code whose stored
 * figures disagree has been edited (or comes from another game version).
 */
import { protest, reviewPlan } from '../host';
import { scoreMission, type MissionScore } from '../scoring';
import { createForecast, simulateFlight, type DeviationAnswer, type FlightResult } from '../sim';
import type { FindingCode, Plan, RulesContext, Verdict } from '../types';
import { validatePlan } from '../validate';
import type { HostResponse, ProtestOutcome } from '../host/types';
import type { Decision, MissionResult } from './result-code';

export interface ReplayInput {
  plan: Plan;
  decisions: readonly Decision[];
}

export interface Replay {
  verdict: Verdict;
  /** The host's first answer and the answer after the protests. */
  initial: HostResponse;
  response: HostResponse;
  protests: ProtestOutcome[];
  flight: FlightResult | null;
  score: MissionScore;
  /** Finding codes of the submitted plan, in verdict order, each once. */
  findings: FindingCode[];
  /** Why the decisions could not have been played (e.g. accepting a refusal), or null. */
  impossible: string | null;
}

export function quotaUsedOf(decisions: readonly Decision[]): number | undefined {
  for (const d of decisions) if (d.kind === 'quota-used') return d.used;
  return undefined;
}

function deviationOf(decisions: readonly Decision[]): DeviationAnswer | undefined {
  for (const d of decisions) if (d.kind === 'deviation') return d.answer;
  return undefined;
}

/** Whether the host's answer lets the agreed plan fly (the game's canAccept). */
function flyable(r: HostResponse): boolean {
  if (r.decision === 'accept' || r.decision === 'propose-changes') return true;
  if (r.decision === 'demand-changes') return r.proposedPlan !== null;
  return false;
}

/** ctx: the level, the world in the level's year and the seed; quotaUsed comes from decisions. */
export function replayMission(input: ReplayInput, baseCtx: RulesContext): Replay {
  const quotaUsed = quotaUsedOf(input.decisions);
  const ctx: RulesContext = quotaUsed === undefined ? baseCtx : { ...baseCtx, quotaUsed };
  const { plan, decisions } = input;
  const verdict = validatePlan(plan, ctx);
  const initial = reviewPlan(verdict, ctx.level, ctx.seed, plan);
  let response = initial;
  const protests: ProtestOutcome[] = [];
  for (const d of decisions) {
    if (d.kind !== 'protest') continue;
    const o = protest(response, d.code as FindingCode, d.article, ctx.level);
    protests.push(o);
    response = o.response;
  }
  const findings = [...new Set(verdict.findings.map((f) => f.code))];
  const declined = decisions.some((d) => d.kind === 'decline');
  const base = { verdict, initial, response, protests, findings };
  const used = ctx.quotaUsed ?? ctx.level.quota.used;
  if (declined || !flyable(response)) {
    const score = scoreMission({
      level: ctx.level,
      response: initial,
      protests,
      flight: null,
      declined,
      quotaUsed: used,
    });
    const impossible = declined ? null : 'the host did not accept this plan, so it cannot have been flown';
    return { ...base, flight: null, score, impossible };
  }
  const flown = response.proposedPlan ?? plan;
  const flownVerdict = flown === plan ? verdict : validatePlan(flown, ctx);
  const deviation = deviationOf(decisions);
  const flight = simulateFlight(flown, flownVerdict, ctx.level, ctx.world, {
    takeoffAfterArrivalH: flownVerdict.takeoffAfterArrivalH,
    seed: ctx.seed,
    forecast: createForecast(ctx.level.weather, ctx.level.arrivalUtc),
    // An answer without a request changes nothing (simulateFlight applies it only to a request).
    ...(deviation ? { deviation } : {}),
  });
  const score = scoreMission({
    level: ctx.level,
    response: initial,
    protests,
    flight,
    declined: false,
    quotaUsed: used,
  });
  return { ...base, flight, score, impossible: null };
}

export interface CheckedResult {
  result: MissionResult;
  replay: Replay;
  /** The plan the student submitted is lawful (no violation, no restriction). */
  lawful: boolean;
  /** The stored figures disagree with the replay (score, stars or trust). */
  edited: boolean;
  /** Which stored figures disagree, e.g. ["score 120 (replay 80)"]. */
  differences: string[];
}

/** Recomputes a handed-in result; ctx.seed is overridden by the result's seed. */
export function checkResult(result: MissionResult, ctx: RulesContext): CheckedResult {
  const replay = replayMission(result, { ...ctx, seed: result.seed });
  const s = replay.score;
  const differences: string[] = [];
  if (s.score !== result.score) differences.push(`score ${result.score} (replay ${s.score})`);
  if (s.stars !== result.stars) differences.push(`stars ${result.stars} (replay ${s.stars})`);
  if (s.trust.delta !== result.trust) differences.push(`trust ${result.trust} (replay ${s.trust.delta})`);
  if (replay.impossible) differences.push(replay.impossible);
  return { result, replay, lawful: replay.verdict.ok, edited: differences.length > 0, differences };
}

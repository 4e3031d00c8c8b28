/**
 * Rules work the mission actions share: builds the inputs each rule needs (review runs, score,
 * flight, preview) and caches static data (the level's forecast). Everything here is
 * deterministic from plan + seed.
 */
import {
  validatePlan,
  DEFAULT_TIMELINE,
  type Level,
  type Plan,
  type RulesContext,
  type Verdict,
  createForecast,
  previewMission,
  protest,
  reviewEffects,
  reviewPlan,
  scoreMission,
  simulateFlight,
  type FindingCode,
  type FlightResult,
  type Forecast,
  type HostResponse,
  type MissionPreview,
  type MissionScore,
  type ProtestOutcome,
  type ReviewEffects,
} from '../../rules';
import type { Protest } from '../schema';

export interface ReviewRun {
  /** The host's first answer (scoring counts the findings it had to raise). */
  initial: HostResponse;
  /** The answer after the player's protests. */
  response: HostResponse;
  outcomes: ProtestOutcome[];
  /** What the host's changes (as they stand after the protests) would do to the mission. */
  effects: ReviewEffects;
}

/** The store fields that show a review run (all empty for null). */
export function reviewFields(run: ReviewRun | null): {
  review: ReviewRun['response'] | null;
  reviewInitial: ReviewRun['initial'] | null;
  protestOutcomes: ReviewRun['outcomes'];
  reviewEffects: ReviewRun['effects'] | null;
} {
  return {
    review: run?.response ?? null,
    reviewInitial: run?.initial ?? null,
    protestOutcomes: run?.outcomes ?? [],
    reviewEffects: run?.effects ?? null,
  };
}

/** The host's review of a submitted plan, then each protest in the order the player made them. */
export function reviewOf(
  plan: Plan,
  ctx: RulesContext,
  verdict: Verdict,
  protests: readonly Protest[],
): ReviewRun {
  const initial = reviewPlan(verdict, ctx.level, ctx.seed, plan);
  let response = initial;
  const outcomes: ProtestOutcome[] = [];
  for (const p of protests) {
    const o = protest(response, p.code as FindingCode, p.article, ctx.level);
    outcomes.push(o);
    response = o.response;
  }
  const effects = reviewEffects(plan, response.changes, ctx.level, (p) => checkedPlan(p, ctx));
  return { initial, response, outcomes, effects };
}

export function scoreOf(
  ctx: RulesContext,
  run: Pick<ReviewRun, 'initial' | 'outcomes'>,
  flight: FlightResult | null,
  declined: boolean,
): MissionScore {
  return scoreMission({
    level: ctx.level,
    response: run.initial,
    protests: run.outcomes,
    flight,
    declined,
    quotaUsed: ctx.quotaUsed ?? ctx.level.quota.used,
  });
}

export function emptyPlan(level: Level): Plan {
  return {
    format: 'open-skies-plan',
    version: 1,
    level: level.id,
    airfield: level.airfields[0]?.id ?? '',
    // Written out as parsePlan fills it in, so a plan read back from a save is identical.
    endAirfield: level.airfields[0]?.id ?? '',
    aircraft: level.aircraft,
    waypoints: [],
    timeline: { ...DEFAULT_TIMELINE },
  };
}

const forecasts = new WeakMap<Level, Forecast>();

/** The level's weather (static per level, so built once). */
export function forecastOf(level: Level): Forecast {
  let f = forecasts.get(level);
  if (!f) {
    f = createForecast(level.weather, level.arrivalUtc);
    forecasts.set(level, f);
  }
  return f;
}

/** The flight of an agreed plan: take-off at the plan's time, weather from the level's forecast. */
export function flightOf(plan: Plan, ctx: RulesContext, verdict: Verdict): FlightResult {
  return simulateFlight(plan, verdict, ctx.level, ctx.world, {
    takeoffAfterArrivalH: verdict.takeoffAfterArrivalH,
    seed: ctx.seed,
    forecast: forecastOf(ctx.level),
  });
}

/**
 * What the plan would bring home (the flight's own capture logic), at its own take-off or at
 * another one (a host's proposed shift).
 */
export function previewOf(
  plan: Plan,
  ctx: RulesContext,
  verdict: Verdict,
  takeoffAfterArrivalH?: number,
): MissionPreview {
  return previewMission({
    plan,
    verdict,
    level: ctx.level,
    world: ctx.world,
    forecast: forecastOf(ctx.level),
    ...(takeoffAfterArrivalH !== undefined ? { takeoffAfterArrivalH } : {}),
  });
}

/** The verdict and the preview of a plan: the store fields that follow every plan change. */
export function checkedPlan(plan: Plan, ctx: RulesContext): { verdict: Verdict; preview: MissionPreview } {
  const verdict = validatePlan(plan, ctx);
  return { verdict, preview: previewOf(plan, ctx, verdict) };
}

/** Flight clock range: hours after arrival from take-off to landing. */
export function flightSpan(f: FlightResult): { fromH: number; toH: number } {
  return { fromH: f.takeoffAfterArrivalH, toH: f.landingAfterArrivalH };
}

export type ReviewKind = 'accept' | 'propose' | 'demand' | 'refuse';

export function reviewKind(r: HostResponse): ReviewKind {
  switch (r.decision) {
    case 'accept':
      return 'accept';
    case 'propose-changes':
      return 'propose';
    case 'demand-changes':
      return 'demand';
    default:
      return 'refuse';
  }
}

/**
 * Whether "accept" leads to a flight: an acceptance, a proposal (flown with its changes, or as
 * submitted when it names none), or a demand that comes with concrete changes. A refusal, or a
 * demand the host does not turn into changes (a distance cap), needs a revised plan instead.
 */
export function canAccept(r: HostResponse): boolean {
  const kind = reviewKind(r);
  if (kind === 'refuse') return false;
  if (kind === 'demand') return r.proposedPlan !== null;
  return true;
}

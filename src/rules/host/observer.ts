/**
 * The computer observer, for the player who sits on the host's side of the table (08 host duty,
 * and the other seat of a two-player game). It answers the host's decision on one submitted plan
 * as the treaty allows:
 * - accept → it flies the plan as submitted;
 * - refuse → it withdraws the plan when the plan breaks the treaty (Art. VIII §I.1: the flight
 *   is prohibited and counts against nobody, §I.3), and protests a refusal of a lawful plan;
 * - change → it complies when the host had grounds (a non-compliant plan, flight safety or
 *   hazardous airspace: Art. VIII §I.4, VI §II.5) and the change neither breaks the treaty nor
 *   stops a target being observed (Art. VI §II.6); otherwise it protests, citing the article.
 * Pure and deterministic: the flights compared come from the same seed and forecast.
 */
import { validatePlan } from '../validate';
import { createForecast, simulateFlight } from '../sim';
import type { Finding, FindingCode, Plan, RulesContext, Verdict } from '../types';
import { citesArticle, governingArticles } from './articles';

/** What the host changed: the whole changed plan travels, so a drawn route is a change too. */
export type HostChangeKind = 'altitude' | 'route' | 'time';

export type HostAction =
  | { kind: 'accept' }
  | { kind: 'change'; what: HostChangeKind; plan: Plan }
  | { kind: 'refuse'; article: string };

/** The host's own right to refuse a plan that breaks the treaty (FACTS: VIII §I.1, §I.4). */
export const REFUSAL_ARTICLES = ['Art. VIII §I.1', 'Art. VIII §I.4'] as const;
/** Changes only for weather/safety, airfield status or a non-compliant plan. */
export const CHANGE_GROUNDS_ARTICLE = 'Art. VIII §I.4';
/** A change may not prevent the observation of any point. */
export const NO_PREVENTION_ARTICLE = 'Art. VI §II.6';
/** Declining after a dispute over the plan: the flight counts against nobody. */
export const DECLINE_ARTICLE = 'Art. VIII §I.5';

export type ObserverReason =
  | 'lawful-plan-accepted'
  | 'unlawful-plan-accepted'
  | 'refusal-lawful'
  | 'refusal-wrong-article'
  | 'refusal-of-lawful-plan'
  | 'change-lawful'
  | 'change-without-grounds'
  | 'change-contested-restriction'
  | 'change-prevents-observation'
  | 'change-breaks-treaty';

export interface ObserverReply {
  /** fly: flies the plan as submitted; comply: flies the host's change; withdraw: accepts the refusal; protest: objects. */
  kind: 'fly' | 'comply' | 'withdraw' | 'protest';
  reason: ObserverReason;
  /** The article the observer cites (a protest, or the basis of what it accepts). */
  article: string;
  /** The host's action is lawful under the treaty (false for a contested one). */
  lawful: boolean;
  /** Targets the submitted plan would capture that the changed plan would not (change only). */
  lostTargets: string[];
  /** Finding codes of the submitted plan (what the rules engine found). */
  findings: FindingCode[];
  /** Message key for the observer's line. */
  key: string;
}

/**
 * The articles a finding's basis names, each written out in full:
 * "Art. IV §2, VI §II.4(D)" → ["Art. IV §2", "Art. VI §II.4(D)"]; "Art. VI §II.2, §II.5" →
 * ["Art. VI §II.2", "Art. VI §II.5"]. Text that names no article ("host practice") gives none.
 */
export function basisArticles(basis: string): string[] {
  const out: string[] = [];
  let article: string | null = null;
  for (const raw of basis.split(/[,;]|\band\b/)) {
    const part = raw.replace(/^\s*(Art\.|Article)\s*/i, '').trim();
    const m = /^([IVXLC]+)\s*(§.*)?$/.exec(part);
    if (m?.[1]) {
      article = m[1];
      out.push(m[2] ? `Art. ${article} ${m[2].split(/\s/)[0]}` : `Art. ${article}`);
    } else if (article && /^§\S+/.test(part)) {
      out.push(`Art. ${article} ${part.split(/\s/)[0]}`);
    }
  }
  return out;
}

/** The articles a refusal of this verdict may cite: the host's right, or a broken rule's basis. */
export function refusalArticles(verdict: Verdict): string[] {
  const fromFindings = verdict.findings
    .filter((f) => f.severity === 'violation')
    .flatMap((f) => basisArticles(f.basis));
  return [...new Set([...REFUSAL_ARTICLES, ...fromFindings])];
}

function reply(
  kind: ObserverReply['kind'],
  reason: ObserverReason,
  article: string,
  lawful: boolean,
  verdict: Verdict,
  lostTargets: string[] = [],
): ObserverReply {
  return {
    kind,
    reason,
    article,
    lawful,
    lostTargets,
    findings: verdict.findings.map((f) => f.code),
    key: `host.observer.${reason}`,
  };
}

/** Target ids the plan's flight would capture, with the level's weather and the seed. */
export function capturedTargets(plan: Plan, verdict: Verdict, ctx: RulesContext): Set<string> {
  const flight = simulateFlight(plan, verdict, ctx.level, ctx.world, {
    takeoffAfterArrivalH: verdict.takeoffAfterArrivalH,
    seed: ctx.seed,
    forecast: createForecast(ctx.level.weather, ctx.level.arrivalUtc),
  });
  return new Set(flight.captures.map((c) => c.targetId));
}

const violations = (v: Verdict): Finding[] => v.findings.filter((f) => f.severity === 'violation');

/** The observer's answer to the host's action on `plan` (verdict: the plan's, from validatePlan). */
export function observerReply(
  plan: Plan,
  verdict: Verdict,
  action: HostAction,
  ctx: RulesContext,
): ObserverReply {
  const broken = violations(verdict);
  if (action.kind === 'accept') {
    return broken.length > 0
      ? reply('fly', 'unlawful-plan-accepted', broken[0]?.basis ?? '', false, verdict)
      : reply('fly', 'lawful-plan-accepted', '', true, verdict);
  }
  if (action.kind === 'refuse') {
    if (broken.length === 0)
      return reply('protest', 'refusal-of-lawful-plan', REFUSAL_ARTICLES[0], false, verdict);
    const right = refusalArticles(verdict).some((g) => citesArticle(action.article, g));
    // The plan cannot fly either way; a wrong citation only weakens the host's case.
    return right
      ? reply('withdraw', 'refusal-lawful', action.article, true, verdict)
      : reply(
          'withdraw',
          'refusal-wrong-article',
          refusalArticles(verdict)[2] ?? REFUSAL_ARTICLES[0],
          true,
          verdict,
        );
  }
  // A change: first the changed plan itself, then the host's grounds, then what it costs.
  const changed = validatePlan(action.plan, ctx);
  const newBreak = violations(changed)[0];
  if (newBreak)
    return reply('protest', 'change-breaks-treaty', basisArticles(newBreak.basis)[0] ?? '', false, verdict);
  const grounded = verdict.findings.some((f) => f.severity === 'violation' || f.severity === 'notice');
  if (!grounded) {
    const restriction = verdict.findings.find((f) => f.severity === 'restriction');
    return restriction
      ? reply(
          'protest',
          'change-contested-restriction',
          governingArticles(restriction.code)[0] ?? CHANGE_GROUNDS_ARTICLE,
          false,
          verdict,
        )
      : reply('protest', 'change-without-grounds', CHANGE_GROUNDS_ARTICLE, false, verdict);
  }
  // A plan that breaks the treaty has no observation to protect; otherwise compare captures.
  if (broken.length === 0) {
    const before = capturedTargets(plan, verdict, ctx);
    const after = capturedTargets(action.plan, changed, ctx);
    const lost = [...before].filter((id) => !after.has(id)).sort();
    if (lost.length > 0)
      return reply('protest', 'change-prevents-observation', NO_PREVENTION_ARTICLE, false, verdict, lost);
  }
  return reply('comply', 'change-lawful', CHANGE_GROUNDS_ARTICLE, true, verdict);
}

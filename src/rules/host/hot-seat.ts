/**
 * Two players, one plan (issue 14): a player-observer answers a player-host's decision. The host's
 * decision is judged as the computer observer would judge it (observerReply); the player-observer
 * then complies, protests citing an article, or declines, and this module says what follows:
 * - a protest is justified when the host's action is one the treaty does not back and the
 *   citation names an article that says so; the host then gives way and the plan flies as
 *   submitted (the same trust as the observer's side: TRUST.justifiedProtest);
 * - a protest against a lawful action, or citing the wrong article, is rejected
 *   (TRUST.unjustifiedProtest) and the host's decision stands: comply or decline;
 * - complying with a refusal withdraws the plan (prohibited, Art. VIII §I.3); declining after a
 *   dispute does not count against the quota (Art. VIII §I.5).
 * The host is scored with hostPlanScore: a justified protest makes it give way, anything else
 * leaves its contested decision standing (as if it insisted).
 */
import { TRUST } from '../scoring';
import type { Finding, FindingCode, Plan, Verdict } from '../types';
import { citesArticle, governingArticles } from './articles';
import { hostDutyScore, hostPlanScore, type HostDutyScore, type HostPlanScore } from './host-score';
import {
  basisArticles,
  CHANGE_GROUNDS_ARTICLE,
  NO_PREVENTION_ARTICLE,
  REFUSAL_ARTICLES,
  type HostAction,
  type ObserverReply,
} from './observer';

/** The player-observer's last word on the host's decision. */
export type ObserverAnswer = 'comply' | 'decline';

export type HotSeatProtestReason = 'right-article' | 'wrong-article' | 'lawful-action' | 'nothing-to-protest';

export interface HotSeatProtest {
  article: string;
  justified: boolean;
  /** The host gives way (its action is withdrawn) or its decision stands. */
  result: 'host-yields' | 'rejected';
  reason: HotSeatProtestReason;
  trustDelta: number;
  /** Articles that would have been right (empty when the host's action was lawful). */
  governing: string[];
  /** The finding the dispute is about, when the plan has one (for the observer's score). */
  code: FindingCode | null;
  key: string;
}

/** What the flight is after both players had their say. */
export type HotSeatFlight = 'as-submitted' | 'changed' | 'prohibited' | 'declined';

export interface HotSeatResult {
  flight: HotSeatFlight;
  /** The plan that flies (null: no flight). */
  flownPlan: Plan | null;
  hostScore: HostPlanScore;
  hostTotal: HostDutyScore;
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x !== ''))];

/** The finding the host's action rests on: a violation for a refusal, else a restriction or notice. */
export function disputedFinding(verdict: Verdict, action: HostAction): Finding | null {
  const by = (sev: Finding['severity']): Finding | undefined =>
    verdict.findings.find((f) => f.severity === sev);
  if (action.kind === 'accept') return null;
  if (action.kind === 'refuse') return by('violation') ?? by('restriction') ?? by('notice') ?? null;
  return by('restriction') ?? by('notice') ?? by('violation') ?? null;
}

/**
 * The articles a protest against the host's action may cite to be right: the one the computer
 * observer would cite, and the provisions that limit what the host may do.
 */
export function protestArticles(reply: ObserverReply, verdict: Verdict, action: HostAction): string[] {
  if (reply.kind !== 'protest') return [];
  const finding = disputedFinding(verdict, action);
  const fromFinding = finding ? governingArticles(finding.code) : [];
  if (action.kind === 'refuse') {
    // Refusing a plan that keeps the treaty: only a non-compliant plan may be refused (§I.4).
    return unique([reply.article, CHANGE_GROUNDS_ARTICLE, REFUSAL_ARTICLES[0], ...fromFinding]);
  }
  const own = reply.reason === 'change-breaks-treaty' ? [reply.article] : [];
  const lost = reply.reason === 'change-prevents-observation' ? [NO_PREVENTION_ARTICLE] : [];
  return unique([reply.article, ...own, ...lost, CHANGE_GROUNDS_ARTICLE, ...fromFinding]);
}

/** Judges the player-observer's protest against the host's action (reply: observerReply's). */
export function judgeProtest(
  reply: ObserverReply,
  verdict: Verdict,
  action: HostAction,
  article: string,
): HotSeatProtest {
  const finding = disputedFinding(verdict, action);
  const base = { article, code: finding?.code ?? null };
  if (action.kind === 'accept') {
    return {
      ...base,
      justified: false,
      result: 'rejected',
      reason: 'nothing-to-protest',
      trustDelta: 0,
      governing: [],
      key: 'hotseat.protest.nothing-to-protest',
    };
  }
  if (reply.kind !== 'protest') {
    // The treaty backs the host: the basis of its action is what the observer should have read.
    const governing = unique([reply.article, ...(finding ? basisArticles(finding.basis) : [])]);
    return {
      ...base,
      justified: false,
      result: 'rejected',
      reason: 'lawful-action',
      trustDelta: TRUST.unjustifiedProtest,
      governing,
      key: 'hotseat.protest.lawful-action',
    };
  }
  const governing = protestArticles(reply, verdict, action);
  const right = governing.some((g) => citesArticle(article, g));
  // Trust moves with a protest against an objection the rules engine found (as on the solo
  // side); a host action on a plan without findings costs the host, not the observer.
  return right
    ? {
        ...base,
        justified: true,
        result: 'host-yields',
        reason: 'right-article',
        trustDelta: finding ? TRUST.justifiedProtest : 0,
        governing,
        key: 'hotseat.protest.right-article',
      }
    : {
        ...base,
        justified: false,
        result: 'rejected',
        reason: 'wrong-article',
        trustDelta: finding ? TRUST.unjustifiedProtest : 0,
        governing,
        key: 'hotseat.protest.wrong-article',
      };
}

/**
 * What the flight is and how the host scores, from the host's action, the observer's protest
 * (if any) and its answer. `answer` null with a yielding protest: the plan flies as submitted.
 */
export function hotSeatResult(
  submitted: Plan,
  reply: ObserverReply,
  action: HostAction,
  protest: HotSeatProtest | null,
  answer: ObserverAnswer | null,
): HotSeatResult {
  const yielded = protest?.result === 'host-yields';
  let flight: HotSeatFlight;
  let flownPlan: Plan | null = null;
  if (answer === 'decline') flight = 'declined';
  else if (action.kind === 'accept' || yielded) {
    flight = 'as-submitted';
    flownPlan = submitted;
  } else if (action.kind === 'change') {
    flight = 'changed';
    flownPlan = action.plan;
  } else flight = 'prohibited';
  // A contested action: the host gave way to a justified protest, else its decision stood.
  const after = reply.kind === 'protest' ? (yielded ? 'give-way' : 'insist') : null;
  const scored = hostPlanScore(reply, after);
  const hostScore: HostPlanScore = {
    ...scored,
    flight:
      flight === 'as-submitted'
        ? 'flown-as-submitted'
        : flight === 'changed'
          ? 'flown-changed'
          : flight === 'prohibited'
            ? 'prohibited'
            : 'declined',
  };
  return { flight, flownPlan, hostScore, hostTotal: hostDutyScore([hostScore]) };
}

/**
 * The answers open to the observer: one protest, no decline of an accepted plan or after the host
 * gave way (comply then flies the plan as submitted).
 */
export function observerChoices(
  action: HostAction,
  protest: HotSeatProtest | null,
): { protest: boolean; comply: boolean; decline: boolean } {
  const yielded = protest?.result === 'host-yields';
  return {
    protest: action.kind !== 'accept' && protest === null,
    comply: true,
    decline: action.kind !== 'accept' && !yielded,
  };
}

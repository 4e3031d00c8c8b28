/**
 * Scoring the player who plays the host, on lawfulness, the same way as the observer's side:
 * a lawful decision earns the plan's points and trust; refusing a lawful plan or imposing a
 * contested change costs trust like an unjustified protest (TRUST.unjustifiedProtest); giving
 * way to the observer's protest wins back some (TRUST.justifiedProtest); insisting makes the
 * observer decline (Art. VIII §I.5). Letting a plan that breaks the treaty fly earns nothing.
 */
import { TRUST } from '../scoring';
import type { ObserverReply } from './observer';

/** After the observer protests, the host gives way (the plan flies as submitted) or insists. */
export type HostAfterProtest = 'give-way' | 'insist';

export const HOST_POINTS = {
  /** A decision the treaty backs. */
  lawful: 100,
  /** A lawful refusal that cited the wrong article. */
  wrongArticle: 50,
  /** A contested decision withdrawn after the observer's protest. */
  gaveWay: 50,
} as const;

export interface HostPlanScore {
  points: number;
  trustDelta: number;
  /** The host's first decision was lawful. */
  lawful: boolean;
  /** What happened to the flight: flown (as submitted or changed), prohibited or declined. */
  flight: 'flown-as-submitted' | 'flown-changed' | 'prohibited' | 'declined';
  key: string;
}

/** Scores one plan from the observer's reply and, after a protest, what the host did. */
export function hostPlanScore(reply: ObserverReply, after: HostAfterProtest | null = null): HostPlanScore {
  const base = { lawful: reply.lawful, key: `host.score.${reply.reason}` };
  switch (reply.kind) {
    case 'fly':
      return reply.lawful
        ? {
            ...base,
            points: HOST_POINTS.lawful,
            trustDelta: TRUST.justifiedProtest,
            flight: 'flown-as-submitted',
          }
        : { ...base, points: 0, trustDelta: 0, flight: 'flown-as-submitted' };
    case 'comply':
      return {
        ...base,
        points: HOST_POINTS.lawful,
        trustDelta: TRUST.justifiedProtest,
        flight: 'flown-changed',
      };
    case 'withdraw':
      return reply.reason === 'refusal-lawful'
        ? { ...base, points: HOST_POINTS.lawful, trustDelta: TRUST.justifiedProtest, flight: 'prohibited' }
        : { ...base, points: HOST_POINTS.wrongArticle, trustDelta: 0, flight: 'prohibited' };
    case 'protest': {
      const cost = TRUST.unjustifiedProtest;
      return after === 'give-way'
        ? {
            ...base,
            points: HOST_POINTS.gaveWay,
            trustDelta: cost + TRUST.justifiedProtest,
            flight: 'flown-as-submitted',
            key: `${base.key}.gave-way`,
          }
        : { ...base, points: 0, trustDelta: cost, flight: 'declined', key: `${base.key}.insisted` };
    }
  }
}

export interface HostDutyScore {
  score: number;
  stars: 0 | 1 | 2 | 3;
  trustDelta: number;
  lawfulDecisions: number;
  plans: number;
}

/**
 * Totals over the plans reviewed. Stars: 1 for finishing the duty, 2 when at least two thirds of
 * the first decisions were lawful, 3 when all were.
 */
export function hostDutyScore(plans: readonly HostPlanScore[]): HostDutyScore {
  const lawfulDecisions = plans.filter((p) => p.lawful).length;
  const n = plans.length;
  const stars: 0 | 1 | 2 | 3 = n === 0 ? 0 : lawfulDecisions === n ? 3 : lawfulDecisions * 3 >= n * 2 ? 2 : 1;
  return {
    score: plans.reduce((s, p) => s + p.points, 0),
    stars,
    trustDelta: plans.reduce((s, p) => s + p.trustDelta, 0),
    lawfulDecisions,
    plans: n,
  };
}

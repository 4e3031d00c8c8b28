/**
 * Two players, one plan (issue 14): the player-observer's protest against a player-host's
 * decision and what follows (the flight, the host's score), on the real 08 level and map.
 * Table-driven: each host decision × each kind of plan × each answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel, levelYear } from '../../../src/rules/level';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import {
  HOST_POINTS,
  hotSeatResult,
  judgeProtest,
  observerChoices,
  observerReply,
  type HostAction,
  type HotSeatProtest,
  type ObserverAnswer,
} from '../../../src/rules/host';
import { TRUST } from '../../../src/rules/scoring';
import type { Level, Plan, RulesContext } from '../../../src/rules/types';
import { loadWorldNode } from '../../../src/world/load-node';

function contextOf(id: string): RulesContext {
  const parsed = parseLevel(JSON.parse(readFileSync(`levels/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const level: Level = parsed.value;
  return { level, world: loadWorldNode(levelYear(level)), seed: level.weather.seed };
}
const ctx08 = contextOf('08-host-duty');
const ctx03 = contextOf('03-kaliningrad-cap');
const level = ctx08.level;

function incoming(id: string): Plan {
  const r = parsePlan(level.hostDuty?.incoming.find((p) => p.id === id)?.plan);
  if (!r.ok) throw new Error(`incoming ${id} does not parse`);
  return r.value;
}
function reference(name: string): Plan {
  const r = parsePlan(JSON.parse(readFileSync(`levels/reference/${name}.plan.json`, 'utf8')));
  if (!r.ok) throw new Error(name);
  return r.value;
}
const PLANS = {
  /** No findings. */
  lawful: incoming('heartland'),
  /** A notice: hazardous airspace (the host may propose a change for safety). */
  hazardous: incoming('capital-low-pass'),
  /** A violation: sensors below their certified minimum (the host may refuse). */
  belowMin: incoming('below-minimum'),
  /** Only the host's own restriction (Kaliningrad's distance cap, in 03): contested. */
  restricted: reference('03-kaliningrad-cap.unlawful'),
};
const ctxFor = (p: Plan): RulesContext => (p.level === '03-kaliningrad-cap' ? ctx03 : ctx08);
type PlanName = keyof typeof PLANS;

const delayed = (p: Plan, h: number): Plan => ({
  ...p,
  timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 + h },
});
const ACTIONS = {
  accept: (): HostAction => ({ kind: 'accept' }),
  refuse: (): HostAction => ({ kind: 'refuse', article: 'Art. VIII §I.4' }),
  later: (p: Plan): HostAction => ({ kind: 'change', what: 'time', plan: delayed(p, 1) }),
};
type ActionName = keyof typeof ACTIONS;

function judged(plan: PlanName, action: ActionName, article: string) {
  const p = PLANS[plan];
  const a = ACTIONS[action](p);
  const verdict = validatePlan(p, ctxFor(p));
  const reply = observerReply(p, verdict, a, ctxFor(p));
  return { p, a, reply, protest: judgeProtest(reply, verdict, a, article) };
}

describe('the plans are what the table says', () => {
  it('lawful, a notice, a violation, a host restriction', () => {
    const sev = (p: Plan) => [...new Set(validatePlan(p, ctxFor(p)).findings.map((f) => f.severity))];
    expect(sev(PLANS.lawful)).toEqual([]);
    expect(sev(PLANS.hazardous)).toEqual(['notice']);
    expect(sev(PLANS.belowMin)).toEqual(['violation']);
    expect(sev(PLANS.restricted)).toEqual(['restriction']);
  });
});

describe('the observer protests the host decision', () => {
  const cases: {
    plan: PlanName;
    action: ActionName;
    article: string;
    result: HotSeatProtest['result'];
    reason: HotSeatProtest['reason'];
    trust: number;
  }[] = [
    // Refusing a lawful plan has no ground: only a non-compliant plan may be refused. With no
    // finding in dispute the protest moves no trust (the host's score carries the cost).
    {
      plan: 'lawful',
      action: 'refuse',
      article: 'Art. VIII §I.4',
      result: 'host-yields',
      reason: 'right-article',
      trust: 0,
    },
    {
      plan: 'hazardous',
      action: 'refuse',
      article: 'VIII §I.1',
      result: 'host-yields',
      reason: 'right-article',
      trust: TRUST.justifiedProtest,
    },
    {
      plan: 'lawful',
      action: 'refuse',
      article: 'Art. IV §2',
      result: 'rejected',
      reason: 'wrong-article',
      trust: 0,
    },
    // A host restriction is no ground either: the treaty's own article on the restricted thing.
    {
      plan: 'restricted',
      action: 'refuse',
      article: 'Art. VI §II.4(A)',
      result: 'host-yields',
      reason: 'right-article',
      trust: TRUST.justifiedProtest,
    },
    // A lawful refusal (the plan breaks the treaty) and a lawful change (safety) stand.
    {
      plan: 'belowMin',
      action: 'refuse',
      article: 'Art. VIII §I.4',
      result: 'rejected',
      reason: 'lawful-action',
      trust: TRUST.unjustifiedProtest,
    },
    {
      plan: 'hazardous',
      action: 'later',
      article: 'Art. VI §II.5',
      result: 'rejected',
      reason: 'lawful-action',
      trust: TRUST.unjustifiedProtest,
    },
    // A change of a plan that gave no ground for one.
    {
      plan: 'lawful',
      action: 'later',
      article: 'Art. VIII §I.4',
      result: 'host-yields',
      reason: 'right-article',
      trust: 0,
    },
    {
      plan: 'lawful',
      action: 'later',
      article: 'Art. II §1',
      result: 'rejected',
      reason: 'wrong-article',
      trust: 0,
    },
    {
      plan: 'restricted',
      action: 'later',
      article: 'Art. VI §II.2',
      result: 'host-yields',
      reason: 'right-article',
      trust: TRUST.justifiedProtest,
    },
    // Nothing to protest in an acceptance.
    {
      plan: 'lawful',
      action: 'accept',
      article: 'Art. VI §II.2',
      result: 'rejected',
      reason: 'nothing-to-protest',
      trust: 0,
    },
  ];
  it.each(cases)('$plan plan, host $action, protest citing $article → $result ($reason)', (c) => {
    const { protest } = judged(c.plan, c.action, c.article);
    expect(protest).toMatchObject({
      result: c.result,
      reason: c.reason,
      trustDelta: c.trust,
      article: c.article,
    });
    expect(protest.justified).toBe(c.reason === 'right-article');
    expect(protest.key).toBe(`hotseat.protest.${c.reason}`);
    // A missed citation names the articles that were right; a lawful action names its basis.
    if (c.reason === 'wrong-article' || c.reason === 'right-article')
      expect(protest.governing.length).toBeGreaterThan(0);
  });

  it('the disputed finding is the one the host rests on (for the observer score)', () => {
    expect(judged('restricted', 'refuse', 'Art. VI §II.2').protest.code).toBe('restriction/distance-cap');
    expect(judged('hazardous', 'later', 'Art. VI §II.2').protest.code).toBe('airspace/hazardous');
    expect(judged('lawful', 'refuse', 'Art. VIII §I.4').protest.code).toBeNull();
  });
});

describe('what flies and how the host scores', () => {
  const cases: {
    plan: PlanName;
    action: ActionName;
    protest: string | null;
    answer: ObserverAnswer | null;
    flight: 'as-submitted' | 'changed' | 'prohibited' | 'declined';
    points: number;
    trust: number;
    stars: number;
  }[] = [
    {
      plan: 'lawful',
      action: 'accept',
      protest: null,
      answer: 'comply',
      flight: 'as-submitted',
      points: HOST_POINTS.lawful,
      trust: TRUST.justifiedProtest,
      stars: 3,
    },
    {
      plan: 'hazardous',
      action: 'later',
      protest: null,
      answer: 'comply',
      flight: 'changed',
      points: HOST_POINTS.lawful,
      trust: TRUST.justifiedProtest,
      stars: 3,
    },
    {
      plan: 'belowMin',
      action: 'refuse',
      protest: null,
      answer: 'comply',
      flight: 'prohibited',
      points: HOST_POINTS.lawful,
      trust: TRUST.justifiedProtest,
      stars: 3,
    },
    {
      plan: 'belowMin',
      action: 'accept',
      protest: null,
      answer: 'comply',
      flight: 'as-submitted',
      points: 0,
      trust: 0,
      stars: 1,
    },
    // The host gives way to a justified protest: the plan flies as submitted.
    {
      plan: 'lawful',
      action: 'refuse',
      protest: 'Art. VIII §I.4',
      answer: 'comply',
      flight: 'as-submitted',
      points: HOST_POINTS.gaveWay,
      trust: TRUST.unjustifiedProtest + TRUST.justifiedProtest,
      stars: 1,
    },
    {
      plan: 'restricted',
      action: 'later',
      protest: 'Art. VI §II.2',
      answer: null,
      flight: 'as-submitted',
      points: HOST_POINTS.gaveWay,
      trust: TRUST.unjustifiedProtest + TRUST.justifiedProtest,
      stars: 1,
    },
    // A contested decision that stood: the observer complied with it or declined.
    {
      plan: 'lawful',
      action: 'refuse',
      protest: 'Art. IV §2',
      answer: 'decline',
      flight: 'declined',
      points: 0,
      trust: TRUST.unjustifiedProtest,
      stars: 1,
    },
    {
      plan: 'restricted',
      action: 'later',
      protest: null,
      answer: 'comply',
      flight: 'changed',
      points: 0,
      trust: TRUST.unjustifiedProtest,
      stars: 1,
    },
    {
      plan: 'lawful',
      action: 'refuse',
      protest: null,
      answer: 'comply',
      flight: 'prohibited',
      points: 0,
      trust: TRUST.unjustifiedProtest,
      stars: 1,
    },
    // Declining a lawful change: the host still acted lawfully.
    {
      plan: 'hazardous',
      action: 'later',
      protest: null,
      answer: 'decline',
      flight: 'declined',
      points: HOST_POINTS.lawful,
      trust: TRUST.justifiedProtest,
      stars: 3,
    },
  ];
  it.each(cases)('$plan plan, host $action, protest $protest, $answer → $flight', (c) => {
    const { p, a, reply } = judged(c.plan, c.action, '');
    const verdict = validatePlan(p, ctxFor(p));
    const protest = c.protest === null ? null : judgeProtest(reply, verdict, a, c.protest);
    const r = hotSeatResult(p, reply, a, protest, c.answer);
    expect(r.flight).toBe(c.flight);
    expect(r.flownPlan).toBe(
      c.flight === 'as-submitted' ? p : c.flight === 'changed' && a.kind === 'change' ? a.plan : null,
    );
    expect(r.hostScore).toMatchObject({ points: c.points, trustDelta: c.trust });
    expect(r.hostScore.flight).toBe(
      {
        'as-submitted': 'flown-as-submitted',
        changed: 'flown-changed',
        prohibited: 'prohibited',
        declined: 'declined',
      }[c.flight],
    );
    expect(r.hostTotal).toMatchObject({ score: c.points, stars: c.stars, plans: 1 });
  });
});

describe('the answers open to the observer', () => {
  const yields = judged('lawful', 'refuse', 'Art. VIII §I.4').protest;
  const rejected = judged('lawful', 'refuse', 'Art. IV §2').protest;
  it.each([
    {
      name: 'accept',
      action: ACTIONS.accept(),
      protest: null,
      want: { protest: false, comply: true, decline: false },
    },
    {
      name: 'refuse',
      action: ACTIONS.refuse(),
      protest: null,
      want: { protest: true, comply: true, decline: true },
    },
    {
      name: 'refuse, protest rejected',
      action: ACTIONS.refuse(),
      protest: rejected,
      want: { protest: false, comply: true, decline: true },
    },
    {
      name: 'refuse, host gave way',
      action: ACTIONS.refuse(),
      protest: yields,
      want: { protest: false, comply: true, decline: false },
    },
  ])('$name', ({ action, protest, want }) => {
    expect(observerChoices(action, protest)).toEqual(want);
  });
});

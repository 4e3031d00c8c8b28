/**
 * The computer observer answers the player-host as the treaty allows (issue 14), on the real 08
 * level and map: each host decision on each kind of finding, and the host-side scoring.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel, levelYear } from '../../../src/rules/level';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import {
  basisArticles,
  hostDutyScore,
  hostPlanScore,
  observerReply,
  refusalArticles,
  type HostAction,
} from '../../../src/rules/host';
import { GOVERNING_ARTICLES } from '../../../src/rules/host/articles';
import { TRUST } from '../../../src/rules/scoring';
import type { Level, Plan, RulesContext, ZoneFeature } from '../../../src/rules/types';
import { loadWorldNode } from '../../../src/world/load-node';

const parsed = parseLevel(JSON.parse(readFileSync('levels/08-host-duty.json', 'utf8')));
if (!parsed.ok) throw new Error('08 does not parse');
const level: Level = parsed.value;
const world = loadWorldNode(levelYear(level));
const ctxOf = (l: Level = level): RulesContext => ({ level: l, world, seed: l.weather.seed });

function incoming(id: string): Plan {
  const entry = level.hostDuty?.incoming.find((p) => p.id === id);
  const r = parsePlan(entry?.plan);
  if (!r.ok) throw new Error(`incoming ${id} does not parse`);
  return r.value;
}
const lawful = incoming('heartland');
const hazardous = incoming('capital-low-pass');
const belowMin = incoming('below-minimum');

function answer(plan: Plan, action: HostAction, l: Level = level) {
  const ctx = ctxOf(l);
  return observerReply(plan, validatePlan(plan, ctx), action, ctx);
}
const withAltitude = (plan: Plan, altitudeM: number, only?: number): Plan => ({
  ...plan,
  waypoints: plan.waypoints.map((w, i) => (only === undefined || i === only ? { ...w, altitudeM } : w)),
});
const withDelay = (plan: Plan, h: number): Plan => ({
  ...plan,
  timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 + h },
});

describe('the incoming plans of 08 are what the level says', () => {
  it('lawful, lawful with a hazardous-airspace notice, and unlawful (sensor below minimum)', () => {
    const codes = (p: Plan) => validatePlan(p, ctxOf()).findings.map((f) => f.code);
    expect(codes(lawful)).toEqual([]);
    expect(new Set(codes(hazardous))).toEqual(new Set(['airspace/hazardous']));
    expect(new Set(codes(belowMin))).toEqual(new Set(['sensor/below-minimum-altitude']));
  });
});

describe('basis articles', () => {
  it('writes every article of a basis out in full', () => {
    expect(basisArticles('Art. IV §2, VI §II.4(D)')).toEqual(['Art. IV §2', 'Art. VI §II.4(D)']);
    expect(basisArticles('Art. VI §II.2, §II.5')).toEqual(['Art. VI §II.2', 'Art. VI §II.5']);
    expect(basisArticles('host practice')).toEqual([]);
  });
});

describe('accept', () => {
  it('a lawful plan (with or without notices) flies, and the host acted lawfully', () => {
    for (const p of [lawful, hazardous]) {
      const r = answer(p, { kind: 'accept' });
      expect(r).toMatchObject({ kind: 'fly', lawful: true, reason: 'lawful-plan-accepted' });
    }
  });
  it('an unlawful plan flies too, but the host let a breach through', () => {
    const r = answer(belowMin, { kind: 'accept' });
    expect(r).toMatchObject({ kind: 'fly', lawful: false, reason: 'unlawful-plan-accepted' });
    expect(r.findings).toContain('sensor/below-minimum-altitude');
  });
});

describe('refuse', () => {
  it('withdraws an unlawful plan refused with the breached article or Art. VIII §I.1', () => {
    for (const article of [
      'Art. VI §II.4(D)',
      'Art. IV §2',
      'VIII §I.1',
      'Article VIII, Section I, paragraph 4',
    ]) {
      expect(answer(belowMin, { kind: 'refuse', article })).toMatchObject({
        kind: 'withdraw',
        reason: 'refusal-lawful',
        lawful: true,
      });
    }
  });
  it('withdraws, but points to the right article, when the refusal cites the wrong one', () => {
    const r = answer(belowMin, { kind: 'refuse', article: 'Art. VI §II.5' });
    expect(r).toMatchObject({ kind: 'withdraw', reason: 'refusal-wrong-article' });
    expect(refusalArticles(validatePlan(belowMin, ctxOf()))).toContain(r.article);
  });
  it('protests the refusal of a lawful plan, notices included, citing Art. VIII §I.1', () => {
    for (const p of [lawful, hazardous]) {
      expect(answer(p, { kind: 'refuse', article: 'Art. VI §II.5' })).toMatchObject({
        kind: 'protest',
        reason: 'refusal-of-lawful-plan',
        article: 'Art. VIII §I.1',
        lawful: false,
      });
    }
  });
  it('protests the refusal of a plan that breaks only a host restriction (contested)', () => {
    const unlawfulRef = parsePlan(
      JSON.parse(readFileSync('levels/reference/08-host-duty.unlawful.plan.json', 'utf8')),
    );
    if (!unlawfulRef.ok) throw new Error('reference plan');
    const codes = validatePlan(unlawfulRef.value, ctxOf()).findings.map((f) => f.code);
    expect(codes).toContain('restriction/altitude-floor');
    expect(answer(unlawfulRef.value, { kind: 'refuse', article: 'Art. VIII §I.1' }).kind).toBe('protest');
  });
});

describe('propose a change', () => {
  it('complies with a change over hazardous airspace that keeps every capture (altitude kept, later take-off)', () => {
    const r = answer(hazardous, { kind: 'change', what: 'time', plan: withDelay(hazardous, 1) });
    expect(r).toMatchObject({ kind: 'comply', reason: 'change-lawful', lawful: true, lostTargets: [] });
  });
  it('protests a change that stops a target being observed (Art. VI §II.6)', () => {
    // Climbing above the restricted airspace over the Pentagon: 1 m needed, 6,000 m gives ~1.6 m.
    const r = answer(hazardous, { kind: 'change', what: 'altitude', plan: withAltitude(hazardous, 6000, 0) });
    expect(r).toMatchObject({
      kind: 'protest',
      reason: 'change-prevents-observation',
      article: 'Art. VI §II.6',
    });
    expect(r.lostTargets).toContain('pentagon');
  });
  it('protests a change to a plan with no findings: no grounds (Art. VIII §I.4)', () => {
    const r = answer(lawful, { kind: 'change', what: 'altitude', plan: withAltitude(lawful, 3000) });
    expect(r).toMatchObject({ kind: 'protest', reason: 'change-without-grounds', article: 'Art. VIII §I.4' });
  });
  it('complies with a change that makes an unlawful plan lawful (non-compliant plan, Art. VIII §I.4)', () => {
    const r = answer(belowMin, { kind: 'change', what: 'altitude', plan: withAltitude(belowMin, 1200) });
    expect(r).toMatchObject({ kind: 'comply', reason: 'change-lawful', lawful: true });
  });
  it('protests a change that itself breaks the treaty, citing the broken rule', () => {
    const r = answer(lawful, { kind: 'change', what: 'altitude', plan: withAltitude(lawful, 600) });
    expect(r).toMatchObject({ kind: 'protest', reason: 'change-breaks-treaty', article: 'Art. IV §2' });
  });
  it('protests a change demanded for a host restriction alone, citing the governing article', () => {
    const floor = level.zones.find((z) => z.properties.kind === 'altitude-floor') as ZoneFeature;
    const restricted: Level = { ...level, zones: [floor] };
    const low: Plan = {
      ...lawful,
      waypoints: [{ lat: 36.946, lon: -76.313, altitudeM: 1500, sensors: ['optical'] }],
    };
    const ctx = ctxOf(restricted);
    expect(new Set(validatePlan(low, ctx).findings.map((f) => f.code))).toEqual(
      new Set(['restriction/altitude-floor']),
    );
    const r = answer(low, { kind: 'change', what: 'altitude', plan: withAltitude(low, 3000) }, restricted);
    expect(r).toMatchObject({ kind: 'protest', reason: 'change-contested-restriction' });
    expect(GOVERNING_ARTICLES['restriction/altitude-floor']).toContain(r.article);
  });
});

describe('host-side scoring', () => {
  it('lawful decisions earn points and trust; contested ones cost trust like an unjustified protest', () => {
    const ok = hostPlanScore(answer(lawful, { kind: 'accept' }));
    expect(ok).toMatchObject({ points: 100, trustDelta: TRUST.justifiedProtest, lawful: true });
    const refusedLawful = answer(lawful, { kind: 'refuse', article: 'Art. VIII §I.1' });
    expect(hostPlanScore(refusedLawful, 'insist')).toMatchObject({
      points: 0,
      trustDelta: TRUST.unjustifiedProtest,
      flight: 'declined',
    });
    expect(hostPlanScore(refusedLawful, 'give-way')).toMatchObject({
      points: 50,
      trustDelta: TRUST.unjustifiedProtest + TRUST.justifiedProtest,
      flight: 'flown-as-submitted',
    });
    expect(hostPlanScore(answer(belowMin, { kind: 'accept' }))).toMatchObject({ points: 0, lawful: false });
    expect(hostPlanScore(answer(belowMin, { kind: 'refuse', article: 'Art. VI §II.5' }))).toMatchObject({
      points: 50,
      flight: 'prohibited',
    });
  });
  it('stars: 3 when every first decision was lawful, 2 for two of three, 1 otherwise', () => {
    const good = hostPlanScore(answer(lawful, { kind: 'accept' }));
    const bad = hostPlanScore(answer(lawful, { kind: 'refuse', article: 'x' }), 'insist');
    expect(hostDutyScore([good, good, good])).toMatchObject({ stars: 3, score: 300, lawfulDecisions: 3 });
    expect(hostDutyScore([good, good, bad]).stars).toBe(2);
    expect(hostDutyScore([good, bad, bad]).stars).toBe(1);
    expect(hostDutyScore([]).stars).toBe(0);
  });
});

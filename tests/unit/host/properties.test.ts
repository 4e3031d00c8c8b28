import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reviewPlan } from '../../../src/rules/host/review';
import { protest } from '../../../src/rules/host/protest';
import { GOVERNING_ARTICLES } from '../../../src/rules/host/articles';
import { CODE_INFO } from '../../../src/rules/checks/codes';
import type { Finding, FindingCode } from '../../../src/rules/types';
import { makeLevel, makePlan, makeVerdict, squareZone, type PointSpec } from '../sim/fixtures';

const ROUTE: PointSpec[] = [
  { lat: 55.6, lon: 40.0, altitudeM: 3000, sensors: ['optical'] },
  { lat: 57.0, lon: 39.0, altitudeM: 3000, sensors: ['optical'] },
];
const CODES = Object.keys(CODE_INFO) as FindingCode[];
const zones = [
  squareZone('z-ex', 'exercise', 55.6, 39.0, 0.2, { activeFromH: 10, activeToH: 40 }),
  squareZone('z-hz', 'hazardous', 56.3, 39.5, 0.2, { lowerM: 0, upperM: 5000 }),
  squareZone('z-fl', 'altitude-floor', 55.6, 39.5, 0.2, { floorM: 4000 }),
];

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    code: fc.constantFrom(...CODES),
    leg: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    zoneId: fc.option(fc.constantFrom('z-ex', 'z-hz', 'z-fl', 'missing'), { nil: undefined }),
  })
  .map(({ code, leg, zoneId }) => {
    const info = CODE_INFO[code];
    const f: Finding = { code, severity: info.severity, basis: info.basis, params: {} };
    if (leg !== undefined) f.leg = leg;
    if (zoneId !== undefined) f.zoneId = zoneId;
    return f;
  });

describe('host model properties', () => {
  it('never throws, follows the severities, refuses without changes, is deterministic', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 6 }), fc.integer(), (findings, seed) => {
        const level = makeLevel({ zones });
        const plan = makePlan(ROUTE);
        const verdict = makeVerdict(ROUTE, findings);
        const r = reviewPlan(verdict, level, seed, plan);
        expect(JSON.stringify(reviewPlan(verdict, level, seed, plan))).toBe(JSON.stringify(r));
        const sev = new Set(findings.map((f) => f.severity));
        const expected = sev.has('violation')
          ? 'refuse'
          : sev.has('restriction')
            ? 'demand-changes'
            : sev.has('notice')
              ? 'propose-changes'
              : 'accept';
        expect(r.decision).toBe(expected);
        expect(r.objections).toHaveLength(findings.length);
        if (r.decision === 'refuse') expect(r.changes).toEqual([]);
        expect(r.proposedPlan === null).toBe(r.changes.length === 0);
        expect(plan).toEqual(makePlan(ROUTE)); // never mutated
      }),
      { seed: 5, numRuns: 150 },
    );
  });

  it('a protest citing the governing article is justified for every contestable code, never for a violation', () => {
    for (const code of CODES) {
      const info = CODE_INFO[code];
      const level = makeLevel({ zones, hostBehaviour: { yieldsToProtest: [code] } });
      const f: Finding = { code, severity: info.severity, basis: info.basis, params: {} };
      const r = reviewPlan(makeVerdict(ROUTE, [f]), level, 1);
      for (const article of ['Art. VI §II.2', 'Art. VI §II.4(A)', 'Art. VI §II.5']) {
        const out = protest(r, code, article, level);
        const governs = (GOVERNING_ARTICLES[code] ?? []).includes(article);
        expect(out.justified, `${code} ${article}`).toBe(info.severity !== 'violation' && governs);
        expect(out.result).toBe(out.justified ? 'host-yields' : 'rejected');
        expect(Math.sign(out.trustDelta)).toBe(out.justified ? 1 : -1);
      }
    }
  });
});

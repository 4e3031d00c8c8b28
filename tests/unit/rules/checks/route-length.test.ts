import { describe, expect, it } from 'vitest';
import { routeLengthKm } from '../../../../src/rules/geo';
import { testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

const plan = testPlan();
const pts = [{ lat: 5, lon: 5 }, ...plan.waypoints, { lat: 5, lon: 5 }];
const lengthKm = routeLengthKm(pts);

describe('route/too-long (Art. VI §II.4(A))', () => {
  it.each([
    ['well under the maximum', 3000, false],
    ['exactly the maximum is lawful', lengthKm, false],
    ['1 km under the route length', lengthKm - 1, true],
    ['half the route length', lengthKm / 2, true],
  ])('%s', (_name, maxKm, expected) => {
    const ctx = testContext({ airfields: [{ id: 'alpha', maxDistanceKm: maxKm }] });
    const v = validatePlan(plan, ctx);
    const found = v.findings.filter((f) => f.code === 'route/too-long');
    expect(found.length > 0).toBe(expected);
    expect(v.maxDistanceKm).toBe(maxKm);
    expect(v.distanceKm).toBeCloseTo(lengthKm, 9);
    if (expected) {
      expect(found[0]).toMatchObject({ severity: 'violation', basis: 'Art. VI §II.4(A), Annex A §III' });
      expect(found[0]?.params.maxDistanceKm).toBeCloseTo(maxKm, 0);
      expect(found[0]?.at).toBeDefined();
      expect(v.ok).toBe(false);
    }
  });

  it('points at the leg where the budget runs out', () => {
    // Legs are ~222, ~221, ~222, ~222 km: a 500 km budget runs out on leg 2.
    const v = validatePlan(plan, testContext({ airfields: [{ id: 'alpha', maxDistanceKm: 500 }] }));
    expect(v.findings.find((f) => f.code === 'route/too-long')?.leg).toBe(2);
  });

  it('a start airfield outside the level has no distance budget', () => {
    const v = validatePlan(
      testPlan({ airfield: 'bravo' }),
      testContext({ airfields: [{ id: 'alpha', maxDistanceKm: 3000 }] }),
    );
    expect(v.maxDistanceKm).toBe(0);
    expect(v.findings.some((f) => f.code === 'route/too-long')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

describe('route/bad-end (Art. VI §II.3)', () => {
  it.each<[string, string, boolean]>([
    ['back at the start airfield', 'alpha', false],
    ['another Open Skies airfield of the host', 'bravo', false],
    ['an airfield of the group partner in the level', 'delta', false],
    ['an airfield of another state', 'charlie', true],
    ['a refuelling field the level lists as its airfield', 'refuel', false],
    ['an airfield the world does not know', 'nowhere', true],
  ])('%s (%s)', (_name, endAirfield, bad) => {
    const v = validatePlan(testPlan({ endAirfield }), testContext());
    const found = v.findings.filter((f) => f.code === 'route/bad-end');
    expect(found.length).toBe(bad ? 1 : 0);
    if (bad)
      expect(found[0]).toMatchObject({
        severity: 'violation',
        basis: 'Art. VI §II.3',
        params: { host: 'State HST' },
      });
  });

  it('an airfield of the host missing from the level is not allowed', () => {
    const ctx = testContext({ airfields: [{ id: 'alpha', maxDistanceKm: 3000 }] });
    const v = validatePlan(testPlan({ endAirfield: 'bravo' }), ctx);
    expect(v.findings.find((f) => f.code === 'route/bad-end')).toMatchObject({
      leg: 3,
      at: { lat: 2, lon: 8 },
    });
  });

  it('without a known end airfield there is no final leg, and no throw', () => {
    const v = validatePlan(testPlan({ endAirfield: 'nowhere' }), testContext());
    expect(v.legs.map((l) => l.index)).toEqual([0, 1, 2]);
    expect(v.findings.find((f) => f.code === 'route/bad-end')).toMatchObject({
      leg: 2,
      params: { airfield: 'nowhere' },
    });
  });

  it('endAirfield defaults to the start airfield', () => {
    const { endAirfield: _omit, ...plan } = testPlan({ airfield: 'bravo' });
    const v = validatePlan(plan, testContext());
    expect(v.findings.some((f) => f.code === 'route/bad-end')).toBe(false);
    expect(v.legs[v.legs.length - 1]?.to).toEqual({ lat: 2, lon: 8 });
  });
});

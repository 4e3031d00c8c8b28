import { describe, expect, it } from 'vitest';
import { testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

describe('quota/exhausted (Art. III)', () => {
  it.each<[string, { active: number; used: number }, number | undefined, boolean]>([
    ['quota left', { active: 4, used: 1 }, undefined, false],
    ['last flight of the year', { active: 4, used: 3 }, undefined, false],
    ['all flights used', { active: 4, used: 4 }, undefined, true],
    ['no quota at all', { active: 0, used: 0 }, undefined, true],
    ['flights flown in the game override the level', { active: 4, used: 1 }, 4, true],
    ['the override can also free a flight', { active: 4, used: 4 }, 2, false],
  ])('%s', (_name, quota, quotaUsed, exhausted) => {
    const ctx = testContext({ quota }, quotaUsed === undefined ? {} : { quotaUsed });
    const found = validatePlan(testPlan(), ctx).findings.filter((f) => f.code === 'quota/exhausted');
    expect(found.length).toBe(exhausted ? 1 : 0);
    if (exhausted) {
      expect(found[0]).toMatchObject({
        severity: 'violation',
        basis: 'Art. III §I.5, §I.8; Annex A',
        params: { active: quota.active },
      });
      expect(found[0]?.leg).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { compareFindings, validatePlan } from '../../../src/rules/validate';
import { finding } from '../../../src/rules/checks/codes';
import { testContext, testPlan } from '../../fixtures/rules/synthetic-world';

describe('validatePlan', () => {
  it('a lawful plan: ok, no findings, per-leg metrics at cruise speed', () => {
    const v = validatePlan(testPlan(), testContext());
    expect(v.ok).toBe(true);
    expect(v.findings).toEqual([]);
    expect(v.legs.map((l) => l.index)).toEqual([0, 1, 2, 3]);
    for (const l of v.legs) expect(l.durationH).toBeCloseTo(l.lengthKm / 500, 9);
    expect(v.flightDurationH).toBeCloseTo(v.distanceKm / 500, 9);
    expect(v.takeoffAfterArrivalH).toBe(26);
    expect(v.maxDistanceKm).toBe(3000);
  });

  it('sorts findings: violations, restrictions, notices; plan-wide before legs; then by code', () => {
    const fs = [
      finding('airspace/exercise', { zone: 'x' }, { leg: 0 }),
      finding('sensor/not-fitted', { sensor: 'sar' }, { leg: 2 }),
      finding('restriction/corridor', {}, { leg: 1 }),
      finding('timeline/short-notice', {}),
      finding('route/outside-territory', {}, { leg: 2 }),
    ];
    expect([...fs].sort(compareFindings).map((f) => f.code)).toEqual([
      'timeline/short-notice',
      'route/outside-territory',
      'sensor/not-fitted',
      'restriction/corridor',
      'airspace/exercise',
    ]);
  });

  it('an empty route flies from the airfield straight back', () => {
    const v = validatePlan(testPlan({ waypoints: [] }), testContext());
    expect(v.distanceKm).toBe(0);
    expect(v.legs).toHaveLength(1);
    expect(v.ok).toBe(true);
  });

  it('unknown start airfield and aircraft do not throw', () => {
    const v = validatePlan(testPlan({ airfield: 'atlantis', aircraft: 'zeppelin' }), testContext());
    expect(v.legs[0]?.index).toBe(1); // leg 0 has no known start
    expect(v.maxDistanceKm).toBe(0);
    expect(v.flightDurationH).toBe(0);
  });
});

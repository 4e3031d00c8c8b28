import { describe, expect, it } from 'vitest';
import { routeLengthKm } from '../../../../src/rules/geo';
import { testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

const loop = (lat: number) =>
  testPlan({
    waypoints: [
      { lat, lon: 5, altitudeM: 1500, sensors: [] },
      { lat, lon: 6, altitudeM: 1500, sensors: [] },
    ],
  });
const lengthOf = (lat: number) =>
  routeLengthKm([
    { lat: 5, lon: 5 },
    { lat, lon: 5 },
    { lat, lon: 6 },
    { lat: 5, lon: 5 },
  ]);

// Small Plane: 1,000 km unrefuelled range; Test Jet: 4,000 km.
describe('aircraft/out-of-range (Art. VI §I)', () => {
  it.each<[string, number, string | undefined, boolean]>([
    ['a short route for the small plane', 7, 'small-plane', false],
    ['a route beyond the small plane’s range', 9.5, 'small-plane', true],
    ['the same route with the level’s jet', 9.5, undefined, false],
  ])('%s', (_name, lat, aircraft, out) => {
    const plan = { ...loop(lat), ...(aircraft ? { aircraft } : {}) };
    const v = validatePlan(plan, testContext({ airfields: [{ id: 'alpha', maxDistanceKm: 5000 }] }));
    const found = v.findings.filter((f) => f.code === 'aircraft/out-of-range');
    expect(found.length).toBe(out ? 1 : 0);
    if (out) {
      expect(found[0]).toMatchObject({
        severity: 'violation',
        basis: 'flight safety (not a treaty limit; refuelling stops: Art. VI §II.3)',
        params: { rangeKm: 1000 },
      });
      expect(found[0]?.params.distanceKm).toBeCloseTo(lengthOf(lat), 0);
      expect(found[0]?.leg).toBe(2); // the fuel runs out on the final leg
    }
  });

  it('an unknown aircraft has no range to check and does not throw', () => {
    const v = validatePlan({ ...loop(9.5), aircraft: 'mystery' }, testContext());
    expect(v.findings.some((f) => f.code === 'aircraft/out-of-range')).toBe(false);
    expect(v.flightDurationH).toBe(0);
  });
});

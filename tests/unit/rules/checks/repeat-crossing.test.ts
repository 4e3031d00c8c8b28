import { describe, expect, it } from 'vitest';
import {
  KM_PER_DEG,
  route,
  testContext,
  testPlan,
  validatePlan,
} from '../../../fixtures/rules/synthetic-world';

const crossings = (points: [number, number][]) =>
  validatePlan(testPlan({ waypoints: route(points) }), testContext()).findings.filter(
    (f) => f.code === 'route/repeat-crossing',
  );

/** Degrees of longitude for km at latitude 6°. */
const lonOff = (km: number) => km / KM_PER_DEG / Math.cos((6 * Math.PI) / 180);

// alpha is at (5, 5); every route starts and ends there (take-off and landing are exempt).
// In the three-pass routes legs 1 and 3 cross at (≈6, 6) and leg 5 runs along a meridian.
describe('route/repeat-crossing (Art. VI §II.4)', () => {
  it.each<[string, [number, number][], number[]]>([
    [
      'a simple loop',
      [
        [7, 5],
        [7, 7],
        [5, 7],
      ],
      [],
    ],
    [
      'a figure of eight crosses itself once',
      [
        [7, 7],
        [7, 3],
        [3, 7],
        [3, 3],
      ],
      [],
    ],
    [
      'coming back to the same waypoint once',
      [
        [7, 5],
        [7, 7],
        [8, 6],
        [7, 7],
        [3, 8],
      ],
      [],
    ],
    [
      'three passes over the same point',
      [
        [8, 4],
        [4, 8],
        [8, 8],
        [4, 4],
        [3, 6],
        [9, 6],
      ],
      [5],
    ],
    [
      'three passes within 1 km of each other',
      [
        [8, 4],
        [4, 8],
        [8, 8],
        [4, 4],
        [3, 6 + lonOff(0.4)],
        [9, 6 + lonOff(0.4)],
      ],
      [5],
    ],
    [
      'three passes 3 km apart are separate crossings',
      [
        [8, 4],
        [4, 8],
        [8, 8],
        [4, 4],
        [3, 6 + lonOff(3)],
        [9, 6 + lonOff(3)],
      ],
      [],
    ],
  ])('%s', (_name, points, legs) => {
    const found = crossings(points);
    expect(found.map((f) => f.leg)).toEqual(legs);
    for (const f of found) {
      expect(f).toMatchObject({
        severity: 'violation',
        basis: 'Art. VI §II.4(G)',
        params: { passes: 3, crossings: 2 },
      });
    }
  });

  it('points at the repeated crossing', () => {
    const [f] = crossings([
      [8, 4],
      [4, 8],
      [8, 8],
      [4, 4],
      [3, 6],
      [9, 6],
    ]);
    expect(f?.at?.lat).toBeCloseTo(6, 1);
    expect(f?.at?.lon).toBeCloseTo(6, 5);
  });

  it('passes over the airfield where the route starts and ends are exempt', () => {
    // Legs 1, 3 and 5 all pass over alpha (5, 5) mid-route; the route also starts and ends there.
    // prettier-ignore
    expect(crossings([[7, 5], [3, 5], [5, 7], [5, 3], [7, 7], [3, 3]])).toEqual([]);
  });
});

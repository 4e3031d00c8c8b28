import { describe, expect, it } from 'vitest';
import type { WorldGeo } from '../../../../src/rules/types';
import {
  KM_PER_DEG,
  route,
  syntheticWorld,
  testContext,
  testPlan,
  validatePlan,
} from '../../../fixtures/rules/synthetic-world';

// NPX (not a party) lies south of lat 0 along the host's whole southern border.
const alongBorderAt = (km: number): [number, number][] => [
  [km / KM_PER_DEG, 2],
  [km / KM_PER_DEG, 8],
];

const buffer = (points: [number, number][], world?: WorldGeo) =>
  validatePlan(
    testPlan({ airfield: 'alpha', waypoints: route(points) }),
    testContext({}, world ? { world } : {}),
  ).findings.filter((f) => f.code === 'route/non-party-buffer');

describe('route/non-party-buffer (Art. VI §II.2)', () => {
  it.each<[string, [number, number][], number[]]>([
    [
      'far from the border',
      [
        [6, 6],
        [7, 3],
      ],
      [],
    ],
    ['grazing the border at 10.1 km', alongBorderAt(10.1), []],
    // The legs to and from the waypoints 9.9 km from the border come close too.
    ['grazing the border at 9.9 km', alongBorderAt(9.9), [0, 1, 2]],
    ['touching the border at 5 km', alongBorderAt(5), [0, 1, 2]],
  ])('%s', (_name, points, legs) => {
    const found = buffer(points);
    expect(found.map((f) => f.leg)).toEqual(legs);
    for (const f of found) {
      expect(f).toMatchObject({
        severity: 'violation',
        basis: 'Art. VI §II.2',
        params: { iso3: 'NPX', bufferKm: 10 },
      });
      expect(f.params.distanceKm).toBeLessThan(10);
      expect(f.at?.lat).toBeLessThan(0.1);
    }
  });

  it('reports the distance of a grazing leg', () => {
    expect(buffer(alongBorderAt(9.9))[1]?.params.distanceKm).toBeCloseTo(9.9, 1);
  });

  it('a leg into the non-party is at distance 0', () => {
    const found = buffer([
      [6, 5],
      [-1, 5],
      [6, 6],
    ]);
    expect(found.map((f) => f.leg)).toEqual([1, 2]);
    expect(found.every((f) => f.params.distanceKm === 0 && f.params.variant === 'enters')).toBe(true);
  });

  it('does not apply once the neighbour is a party in the level year', () => {
    const world = syntheticWorld(['HST', 'PTN', 'OTH', 'OBS', 'ENC', 'NPX']);
    expect(buffer(alongBorderAt(5), world)).toEqual([]);
  });
});

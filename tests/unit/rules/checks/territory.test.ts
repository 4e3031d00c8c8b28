import { describe, expect, it } from 'vitest';
import type { PlanWaypoint, SensorKind } from '../../../../src/rules/types';
import { KM_PER_DEG, testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

type Wp = [lat: number, lon: number, sensors?: SensorKind[]];
const wps = (points: Wp[]): PlanWaypoint[] =>
  points.map(([lat, lon, sensors = []]) => ({ lat, lon, altitudeM: 1500, sensors }));

const territory = (points: Wp[]) =>
  validatePlan(testPlan({ waypoints: wps(points) }), testContext()).findings.filter(
    (f) => f.code === 'route/outside-territory',
  );

// The enclave ENC (lon 2..3, lat 6..7) is a hole in the host: a leg along lat 6.5 from lon 1
// to lon 4 crosses it between two host waypoints.
describe('route/outside-territory (Art. II, VI)', () => {
  it.each<[string, Wp[], (string | number | undefined)[]]>([
    [
      'all waypoints over the host, sensors on',
      [
        [6, 6, ['optical']],
        [4, 2, ['optical']],
      ],
      [],
    ],
    [
      'a waypoint over the group partner counts as host territory',
      [
        [6, 6, ['optical']],
        [5, 11, ['optical']],
      ],
      [],
    ],
    [
      'a waypoint over another party',
      [
        [6, 6],
        [5, -2],
      ],
      ['waypoint-land'],
    ],
    [
      'in the territorial sea, 10 km off the coast',
      [
        [6, 6],
        [10 + 10 / KM_PER_DEG, 5],
      ],
      [],
    ],
    [
      'at sea, 30 km off the coast',
      [
        [6, 6],
        [10 + 30 / KM_PER_DEG, 5],
      ],
      ['waypoint-sea'],
    ],
    [
      'a sensor leg across the enclave',
      [
        [5, 1],
        [6.5, 1],
        [6.5, 4, ['optical']],
      ],
      ['sensor-leg'],
    ],
    [
      'a transit leg across the enclave with sensors off',
      [
        [5, 1],
        [6.5, 1],
        [6.5, 4],
      ],
      [],
    ],
    ['a waypoint inside the enclave', [[6.5, 2.5]], ['waypoint-land']],
    [
      'a sensor leg into another party and back',
      [
        [6, 6, ['sar']],
        [5, -2, ['sar']],
        [6, 6, ['sar']],
      ],
      ['waypoint-land', 'sensor-leg', 'sensor-leg'],
    ],
  ])('%s', (_name, points, variants) => {
    const found = territory(points);
    expect(found.map((f) => f.params.variant)).toEqual(variants);
    for (const f of found)
      expect(f).toMatchObject({
        severity: 'violation',
        basis: 'Art. II §8, VI §II.2 (sensors over a third state: VII §3)',
      });
  });

  it('names the state and the waypoint (1-based) and points at it', () => {
    const [f] = territory([
      [6, 6],
      [5, -2],
    ]);
    expect(f).toMatchObject({
      leg: 1,
      at: { lat: 5, lon: -2 },
      params: { over: 'State OTH', iso3: 'OTH', waypoint: 2 },
    });
  });

  it('points a sensor leg finding at the first point inside the other state', () => {
    const [f] = territory([
      [5, 1],
      [6.5, 1],
      [6.5, 4, ['video']],
    ]);
    expect(f?.leg).toBe(2);
    expect(f?.at?.lon).toBeCloseTo(2, 1);
    expect(f?.params).toMatchObject({ over: 'State ENC', sensors: 'video', variant: 'sensor-leg' });
  });
});

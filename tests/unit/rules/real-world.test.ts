/**
 * The checks on the real map (world-atlas 50m, 2017 parties): territory with the 12 nmi sea,
 * transit over another state, and the 10 km non-party buffer along the Russia–Kazakhstan border
 * at points found by bisection to lie exactly 9.9 and 10.1 km from it.
 */
import { describe, expect, it } from 'vitest';
import { worldIndex, type LatLon } from '../../../src/rules/geo';
import type { FindingCode, PlanWaypoint, RulesContext, SensorKind } from '../../../src/rules/types';
import { validatePlan } from '../../../src/rules/validate';
import { loadWorldNode } from '../../../src/world/load-node';
import { testContext, testPlan } from '../../fixtures/rules/synthetic-world';

const world = loadWorldNode(2017);
const ctx: RulesContext = {
  ...testContext({
    host: 'RUS',
    hostTerritory: ['BLR'],
    observer: 'USA',
    aircraft: 'oc-135b',
    airfields: [{ id: 'kubinka', maxDistanceKm: 5500 }],
  }),
  world,
};

const wp = (lat: number, lon: number, sensors: SensorKind[] = []): PlanWaypoint => ({
  lat,
  lon,
  altitudeM: 3000,
  sensors,
});
const codes = (waypoints: PlanWaypoint[]): FindingCode[] =>
  validatePlan(
    testPlan({ level: 'real', airfield: 'kubinka', endAirfield: 'kubinka', waypoints }),
    ctx,
  ).findings.map((f) => f.code);

/** The point on meridian `lon`, north of `southLat` (in Kazakhstan), that is `km` from Kazakhstan's border. */
function northOfKazakhstan(lon: number, southLat: number, km: number): LatLon {
  const kaz = worldIndex(world).state('KAZ');
  if (!kaz) throw new Error('no KAZ');
  let inside = southLat;
  let outside = southLat + 2;
  expect(kaz.contains({ lat: inside, lon })).toBe(true);
  // First the border, then the point km north of it.
  for (let i = 0; i < 60; i++) {
    const mid = (inside + outside) / 2;
    if (kaz.contains({ lat: mid, lon })) inside = mid;
    else outside = mid;
  }
  let near = outside;
  let far = outside + 1;
  for (let i = 0; i < 60; i++) {
    const mid = (near + far) / 2;
    if (kaz.distanceToBoundaryKm({ lat: mid, lon }, 50) < km) near = mid;
    else far = mid;
  }
  return { lat: far, lon };
}

describe('checks on the real map', () => {
  it('a lawful loop east of Moscow', () => {
    expect(codes([wp(56.5, 38.5, ['optical']), wp(57.6, 40, ['optical']), wp(56.2, 44)])).toEqual([]);
  });

  it.each<[string, PlanWaypoint[], FindingCode[]]>([
    ['a waypoint over Belarus (the group partner)', [wp(53.9, 27.6, ['optical'])], []],
    ['a waypoint in Ukraine', [wp(50.45, 30.5)], ['route/outside-territory']],
    [
      'a waypoint in Kazakhstan, which is not a party',
      [wp(51.2, 71.4)],
      ['route/non-party-buffer', 'route/non-party-buffer', 'route/outside-territory'],
    ],
    ['in the Baltic, 5 km off Kaliningrad', [wp(54.96, 19.95)], []],
  ])('%s', (_name, waypoints, expected) => {
    expect(codes(waypoints).sort()).toEqual(expected);
  });

  it('the territorial sea ends 22.2 km from the coast', () => {
    const coast = worldIndex(world).state('RUS');
    // West of Baltiysk, out to sea along 54.64° N.
    const at = (lon: number) => ({ lat: 54.64, lon });
    const distance = (lon: number) => coast?.distanceToBoundaryKm(at(lon), 60) ?? Infinity;
    const near = [19.5, 19.6, 19.7].find((lon) => distance(lon) < 20);
    const far = [19.0, 18.9, 18.8].find((lon) => distance(lon) > 25 && distance(lon) < 60);
    expect(near).toBeDefined();
    expect(far).toBeDefined();
    expect(codes([wp(54.64, near ?? 0)])).toEqual([]);
    expect(codes([wp(54.64, far ?? 0)])).toEqual(['route/outside-territory']);
  });

  it('a sensor leg from mainland Russia to Kaliningrad across Lithuania', () => {
    const route = [wp(55.5, 28.5), wp(54.9, 21.5, ['optical'])];
    const found = validatePlan(
      testPlan({ level: 'real', airfield: 'kubinka', endAirfield: 'kubinka', waypoints: route }),
      ctx,
    ).findings;
    const crossing = found.find((f) => f.code === 'route/outside-territory');
    expect(crossing).toMatchObject({ leg: 1, params: { variant: 'sensor-leg', iso3: 'LTU' } });
    // With sensors off the same transit is lawful.
    expect(codes([wp(55.5, 28.5), wp(54.9, 21.5)])).toEqual([]);
  });

  it.each<[number, boolean]>([
    [9.9, true],
    [10.1, false],
  ])('a waypoint %d km north of the Kazakh border: too close = %s', (km, tooClose) => {
    // At 58° E the border runs east–west; fly down the meridian to the point and back up.
    const p = northOfKazakhstan(58, 50.8, km);
    const north = wp(p.lat + 1.5, p.lon);
    const waypoints = [north, wp(p.lat, p.lon), north];
    const found = validatePlan(
      testPlan({ level: 'real', airfield: 'kubinka', endAirfield: 'kubinka', waypoints }),
      ctx,
    ).findings.filter((f) => f.code === 'route/non-party-buffer');
    expect(found.length > 0).toBe(tooClose);
    for (const f of found) expect(f.params).toMatchObject({ iso3: 'KAZ', bufferKm: 10 });
    if (tooClose) expect(found.map((f) => f.leg)).toEqual([1, 2]);
  });
});

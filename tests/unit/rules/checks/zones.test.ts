import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../../../src/rules/geo';
import type {
  FindingCode,
  PlanTimeline,
  PlanWaypoint,
  ZoneFeature,
  ZoneProperties,
} from '../../../../src/rules/types';
import { KM_PER_DEG, testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

const rect = (minLon: number, minLat: number, maxLon: number, maxLat: number) => [
  [
    [minLon, minLat],
    [maxLon, minLat],
    [maxLon, maxLat],
    [minLon, maxLat],
    [minLon, minLat],
  ],
];

/** A zone of any kind with the figures given (typed per kind by the cast, as the parser would). */
function zone(
  props: { id: string; kind: ZoneProperties['kind']; basis?: string } & Record<string, unknown>,
  coordinates: number[][][] | number[][],
): ZoneFeature {
  const geometry =
    props.kind === 'corridor' && typeof coordinates[0]?.[0] === 'number'
      ? { type: 'LineString' as const, coordinates: coordinates as number[][] }
      : { type: 'Polygon' as const, coordinates: coordinates as number[][][] };
  return {
    type: 'Feature',
    properties: { name: `Zone ${props.id}`, basis: 'host practice (test)', ...props } as ZoneProperties,
    geometry,
  };
}

const wp = (lat: number, lon: number, altitudeM = 1500): PlanWaypoint => ({
  lat,
  lon,
  altitudeM,
  sensors: [],
});

function zoneFindings(z: ZoneFeature, waypoints: PlanWaypoint[], timeline?: PlanTimeline) {
  const plan = testPlan({ waypoints, ...(timeline ? { timeline } : {}) });
  return validatePlan(plan, testContext({ zones: [z] })).findings.filter((f) => f.zoneId === z.properties.id);
}

// Leg 2, along lat 1.5 from lon 0.5 to lon 4.5, flies ≈ 222 km inside lon 1..3; the other
// legs stay outside.
const capLeg = [wp(5, 0.5), wp(1.5, 0.5), wp(1.5, 4.5), wp(5, 4.5)];
const capRings = rect(1, 1, 3, 2);
const insideKm = buildAreaIndex([
  capRings.map((r) => r.map(([x, y]) => [x ?? 0, y ?? 0] as const)),
]).legLengthInsideKm({ lat: 1.5, lon: 0.5 }, { lat: 1.5, lon: 4.5 });

describe('restriction/distance-cap (host practice)', () => {
  it.each<[string, number, boolean]>([
    ['well under the cap', 300, false],
    ['exactly the cap is allowed', insideKm, false],
    ['1 km over the cap', insideKm - 1, true],
  ])('%s', (_name, capKm, over) => {
    const found = zoneFindings(zone({ id: 'cap', kind: 'distance-cap', capKm }, capRings), capLeg);
    expect(found.map((f) => f.code)).toEqual(over ? ['restriction/distance-cap'] : []);
    if (over) {
      expect(found[0]).toMatchObject({
        leg: 2,
        severity: 'restriction',
        basis: 'host practice (test)',
        params: { capKm },
      });
      expect(found[0]?.params.insideKm).toBeCloseTo(insideKm, 0);
    }
  });

  it('adds up the km of every leg inside', () => {
    const there = [wp(5, 0.5), wp(1.5, 0.5), wp(1.5, 4.5), wp(1.8, 4.5), wp(1.8, 0.5), wp(5, 0.5)];
    const found = zoneFindings(zone({ id: 'cap', kind: 'distance-cap', capKm: 300 }, capRings), there);
    expect(found).toHaveLength(1);
    expect(found[0]?.leg).toBe(4);
    expect(Number(found[0]?.params.insideKm)).toBeGreaterThan(440);
  });
});

describe('restriction/corridor (host practice)', () => {
  const line = [
    [9, 3],
    [9, 6],
  ];
  const legAt = (km: number) => [wp(3, 9 - km / KM_PER_DEG), wp(6, 9 - km / KM_PER_DEG)];
  it.each<[string, number, boolean]>([
    ['far from the claimed line', 50, false],
    ['10.1 km from the line', 10.1, false],
    ['9.9 km from the line', 9.9, true],
  ])('%s', (_name, km, inside) => {
    const found = zoneFindings(zone({ id: 'line', kind: 'corridor', bufferKm: 10 }, line), legAt(km));
    expect(found.some((f) => f.code === 'restriction/corridor' && f.leg === 1)).toBe(inside);
    for (const f of found) expect(f).toMatchObject({ severity: 'restriction', params: { bufferKm: 10 } });
  });

  it('a leg across the claimed line is at distance 0 and "crosses" it', () => {
    const found = zoneFindings(zone({ id: 'line', kind: 'corridor', bufferKm: 10 }, line), [
      wp(4.5, 8.5),
      wp(4.5, 9.5),
    ]);
    expect(found.find((f) => f.leg === 1)?.params).toMatchObject({ distanceKm: 0, variant: 'crosses' });
  });

  it('a corridor area counts inside and within the buffer around it', () => {
    const area = zone({ id: 'area', kind: 'corridor', bufferKm: 10 }, rect(8, 3, 9, 6));
    expect(zoneFindings(area, [wp(4, 8.5)]).map((f) => f.leg)).toEqual([0, 1]);
    expect(zoneFindings(area, [wp(4, 7.5)])).toEqual([]);
    expect(zoneFindings(area, [wp(4, 8 - 5 / KM_PER_DEG)]).map((f) => f.leg)).toEqual([0, 1]);
  });
});

describe('restriction/altitude-floor (host practice)', () => {
  const floor = zone({ id: 'floor', kind: 'altitude-floor', floorM: 3000 }, rect(6, 6, 8, 8));
  it.each<[string, PlanWaypoint[], number[]]>([
    ['below the floor inside', [wp(7, 7, 1500), wp(9, 9, 5000)], [0]],
    ['exactly at the floor', [wp(7, 7, 3000), wp(9, 9, 5000)], []],
    ['below the floor but outside', [wp(3, 7, 1500)], []],
  ])('%s', (_name, waypoints, legs) => {
    const found = zoneFindings(floor, waypoints);
    expect(found.map((f) => f.leg)).toEqual(legs);
    for (const f of found)
      expect(f).toMatchObject({ code: 'restriction/altitude-floor', params: { floorM: 3000 } });
  });
});

describe('airspace/hazardous and airspace/exercise (Art. VI §II.2, §II.5)', () => {
  const at = (takeoffAfterArrivalH: number): PlanTimeline => ({
    noticeH: 72,
    submitAfterArrivalH: takeoffAfterArrivalH - 24,
    takeoffAfterSubmitH: 24,
  });
  const into = [wp(8.5, 4.5), wp(5, 4.5)];
  it.each<[string, ZoneFeature, PlanWaypoint[], PlanTimeline | undefined, FindingCode[]]>([
    [
      'always-active hazard',
      zone({ id: 'h', kind: 'hazardous' }, rect(4, 8, 5, 9)),
      into,
      undefined,
      ['airspace/hazardous'],
    ],
    [
      'hazard above the band',
      zone({ id: 'h', kind: 'hazardous', upperM: 1000 }, rect(4, 8, 5, 9)),
      into,
      undefined,
      [],
    ],
    [
      'hazard below the band',
      zone({ id: 'h', kind: 'hazardous', lowerM: 2000 }, rect(4, 8, 5, 9)),
      into,
      undefined,
      [],
    ],
    [
      'not crossing the hazard',
      zone({ id: 'h', kind: 'hazardous' }, rect(4, 8, 5, 9)),
      [wp(6, 6)],
      undefined,
      [],
    ],
    [
      'exercise not yet active',
      zone({ id: 'x', kind: 'exercise', activeFromH: 40, activeToH: 50 }, rect(4, 8, 5, 9)),
      into,
      at(26),
      [],
    ],
    [
      'exercise active',
      zone({ id: 'x', kind: 'exercise', activeFromH: 40, activeToH: 50 }, rect(4, 8, 5, 9)),
      into,
      at(40),
      ['airspace/exercise'],
    ],
    [
      'exercise over',
      zone({ id: 'x', kind: 'exercise', activeFromH: 40, activeToH: 50 }, rect(4, 8, 5, 9)),
      into,
      at(51),
      [],
    ],
    [
      'exercise starting while the leg is flown',
      zone({ id: 'x', kind: 'exercise', activeFromH: 40, activeToH: 50 }, rect(4, 8, 5, 9)),
      into,
      at(39.8),
      ['airspace/exercise'],
    ],
  ])('%s', (_name, z, waypoints, timeline, codes) => {
    const found = zoneFindings(z, waypoints, timeline);
    expect([...new Set(found.map((f) => f.code))]).toEqual(codes);
    for (const f of found) expect(f.severity).toBe('notice');
  });

  it('a notice alone keeps the verdict ok', () => {
    const plan = testPlan({ waypoints: into });
    const v = validatePlan(
      plan,
      testContext({ zones: [zone({ id: 'h', kind: 'hazardous' }, rect(4, 8, 5, 9))] }),
    );
    expect(v.findings.map((f) => f.code)).toContain('airspace/hazardous');
    expect(v.ok).toBe(true);
  });
});

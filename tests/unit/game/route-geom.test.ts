import { describe, expect, it } from 'vitest';
import type { Finding, Plan } from '../../../src/rules/types';
import { enAll as en } from '../../helpers/english';
import { legMarks, legMidpoint, nearestLeg, nearestPoint, routeStops } from '../../../src/game/route-geom';
import { readGameParams } from '../../../src/game/url';
import { groupTerritory, reachKm, subjectForParty } from '../../../src/game/subject';
import { mapPx } from '../../../src/game/projection';

const plan = (n: number, end?: string): Plan => ({
  format: 'open-skies-plan',
  version: 1,
  level: 'x',
  airfield: 'kubinka',
  ...(end ? { endAirfield: end } : {}),
  waypoints: Array.from({ length: n }, (_, i) => ({
    lat: 50 + i,
    lon: 40 + i,
    altitudeM: 3000,
    sensors: ['optical'],
  })),
});
const fields: Record<string, { lat: number; lon: number }> = {
  kubinka: { lat: 55.6, lon: 36.6 },
  vorkuta: { lat: 67.5, lon: 64 },
};
const lookup = (id: string) => fields[id];
const finding = (leg: number | undefined, severity: Finding['severity'], code: Finding['code']): Finding => ({
  code,
  severity,
  basis: 'Art. VI',
  params: {},
  ...(leg === undefined ? {} : { leg }),
});

describe('routeStops', () => {
  it.each([
    [0, undefined, 2],
    [3, undefined, 5],
    [3, 'vorkuta', 5],
  ])('%d waypoints, end %s → %d stops from the start airfield to the end airfield', (n, end, stops) => {
    const s = routeStops(plan(n, end), lookup)!;
    expect(s).toHaveLength(stops);
    expect(s[0]).toEqual(fields.kubinka);
    expect(s[s.length - 1]).toEqual(fields[end ?? 'kubinka']);
  });
  it('an unknown airfield gives no route rather than a wrong one', () => {
    expect(routeStops({ ...plan(2), airfield: 'nowhere' }, lookup)).toBeNull();
  });
});

describe('legMarks', () => {
  it('each leg shows its worst violation or restriction, never a notice', () => {
    const marks = legMarks(
      {
        findings: [
          finding(0, 'restriction', 'restriction/distance-cap'),
          finding(0, 'violation', 'route/outside-territory'),
          finding(1, 'notice', 'airspace/hazardous'),
          finding(2, 'restriction', 'restriction/corridor'),
          finding(undefined, 'violation', 'route/too-long'),
          finding(9, 'violation', 'route/too-long'),
        ],
      },
      3,
    );
    expect(marks).toEqual([
      { severity: 'violation', title: en['finding.route/outside-territory.title'] },
      { severity: null, title: null },
      { severity: 'restriction', title: en['finding.restriction/corridor.title'] },
    ]);
  });
  it('no verdict: no marks', () => {
    expect(legMarks(null, 2)).toEqual([
      { severity: null, title: null },
      { severity: null, title: null },
    ]);
  });
});

describe('hit tests', () => {
  const pts = [mapPx(0, 0), mapPx(100, 0), mapPx(100, 100)];
  it.each([
    [{ x: 5, y: 5 }, 10, 0],
    [{ x: 96, y: 4 }, 10, 1],
    [{ x: 50, y: 50 }, 10, null],
    [{ x: 50, y: 50 }, 1000, 2], // a tie goes to the later handle, drawn on top
  ])('nearestPoint(%j, r=%d) → %s', (p, r, want) => {
    expect(nearestPoint(pts, p, r)).toBe(want);
  });
  const legs = [[[0, 0, 100, 0]], [[100, 0, 100, 100]]];
  it.each([
    [{ x: 50, y: 3 }, 0],
    [{ x: 97, y: 50 }, 1],
    [{ x: 50, y: 50 }, null],
  ])('nearestLeg(%j) → %s', (p, want) => {
    expect(nearestLeg(legs, p, 5)).toBe(want);
  });
  it('legMidpoint is half-way along the whole line', () => {
    expect(legMidpoint([[0, 0, 10, 0, 10, 10]])).toEqual({ x: 10, y: 0 });
  });
});

describe('subject and URL', () => {
  it.each([
    ['?renderer=canvas&observe=rus', 'canvas', 'RUS'],
    ['?renderer=webgl', 'webgl', null],
    ['?renderer=bogus&observe=<script>', 'auto', null],
    ['', 'auto', null],
  ])('%s → renderer %s, observe %s', (q, renderer, observe) => {
    expect(readGameParams(q)).toEqual({ renderer, observe });
  });
  it('rings are drawn at half the maximum distance (out and back)', () => {
    expect(reachKm(5500)).toBe(2750);
    expect(reachKm(null)).toBeNull();
  });
  it('Russia is observed together with Belarus (one group for quotas)', () => {
    expect(groupTerritory('RUS').sort()).toEqual(['BLR', 'RUS']);
    expect(groupTerritory('USA')).toEqual(['USA']);
  });
  it('free flight over the USA lists its Open Skies airfields with the year’s distances', () => {
    const s = subjectForParty('USA', 2019);
    expect(s.airfields.map((a) => a.id)).toContain('dulles');
    expect(s.airfields.every((a) => a.maxDistanceKm === null || a.maxDistanceKm > 0)).toBe(true);
  });
});

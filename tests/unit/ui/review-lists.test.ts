import { describe, expect, it } from 'vitest';
import type { HostObjection, ProposedChange } from '../../../src/rules';
import { changeText, groupObjections, mergeChanges } from '../../../src/ui/mission/review';
import { searchHandbook } from '../../../src/ui/handbook/handbook';

const objection = (
  code: HostObjection['code'],
  leg: number | undefined,
  zoneId?: string,
  withdrawn = false,
): HostObjection => ({
  code,
  severity: 'notice',
  kind: 'proposal',
  ground: 'flight-safety',
  basis: 'Art. VI §II.2, §II.5',
  lawful: true,
  finding: { code, severity: 'notice', basis: 'Art. VI §II.2, §II.5', leg, zoneId, params: {} },
  key: `host.objection.${code}`,
  withdrawn,
});

const alt = (waypoints: number[], fromM: number[], toM: number, zoneId = 'dc'): ProposedChange => ({
  kind: 'altitude',
  code: 'airspace/hazardous',
  zoneId,
  waypoints,
  fromM,
  toM,
});

describe('review lists', () => {
  it.each([
    [
      'one zone, three legs → one group',
      [
        objection('airspace/hazardous', 2, 'dc'),
        objection('airspace/hazardous', 3, 'dc'),
        objection('airspace/hazardous', 4, 'dc'),
      ],
      [[2, 3, 4]],
    ],
    [
      'two zones → two groups',
      [objection('airspace/hazardous', 2, 'dc'), objection('airspace/hazardous', 6, 'nj')],
      [[2], [6]],
    ],
    [
      'withdrawn apart from standing',
      [objection('airspace/hazardous', 2, 'dc'), objection('airspace/hazardous', 3, 'dc', true)],
      [[2], [3]],
    ],
    ['plan-wide finding has no legs', [objection('quota/exhausted', undefined)], [[]]],
  ])('%s', (_name, list, legs) => {
    expect(groupObjections(list).map((g) => g.legs)).toEqual(legs);
  });

  it('merges altitude changes to the same height in the same zone, keeps others apart', () => {
    const merged = mergeChanges([
      alt([2], [1200], 5800),
      alt([3], [1200], 5800),
      alt([5], [3000], 5800),
      alt([7], [1200], 4000),
      alt([8], [1200], 4000, 'nj'),
    ]);
    expect(merged.map((c) => (c.kind === 'altitude' ? c.waypoints : []))).toEqual([[2, 3, 5], [7], [8]]);
    expect(changeText(merged[0]!)).toBe('Legs to waypoints 3, 4, 6: altitude 1,200 / 3,000 m → 5,800 m');
    expect(changeText(merged[1]!)).toBe('Leg to waypoint 8: altitude 1,200 m → 4,000 m');
  });

  it.each([
    ['altitude', ['Art. IV §2, VI §II.4(D)']],
    ['72 hours', ['Art. VI §I.5']],
    ['', null],
  ])('Handbook search "%s"', (query, citations) => {
    const found = searchHandbook(query);
    if (citations === null) expect(found.length).toBeGreaterThan(10);
    else for (const c of citations) expect(found.map((e) => e.citation)).toContain(c);
    if (query) expect(found.length).toBeLessThan(searchHandbook('').length);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../../src/rules/plan';
import { jsonPath } from '../../../../src/rules/plan/zod-issues';

const base = {
  format: 'open-skies-plan',
  version: 1,
  level: '03-kaliningrad-cap',
  airfield: 'kubinka',
  waypoints: [
    { lat: 54.71, lon: 20.51, altitudeM: 3000, sensors: [] },
    { lat: 54.64, lon: 19.9, altitudeM: 1500, sensors: ['optical'] },
  ],
};

describe('parsePlan', () => {
  it('accepts the example of PLAN-FILE.md and fills the defaults', () => {
    const r = parsePlan(base);
    expect(r).toEqual({
      ok: true,
      value: {
        ...base,
        endAirfield: 'kubinka',
        timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 },
      },
    });
    if (r.ok) expect(r.value.aircraft).toBeUndefined(); // the level supplies it
  });

  it('keeps explicit values and does not share arrays with the input', () => {
    const input = {
      ...base,
      endAirfield: 'vorkuta',
      aircraft: 'oc-135b',
      timeline: { noticeH: 80, submitAfterArrivalH: 3, takeoffAfterSubmitH: 30 },
    };
    const r = parsePlan(input);
    expect(r.ok && r.value).toMatchObject({
      endAirfield: 'vorkuta',
      aircraft: 'oc-135b',
      timeline: { noticeH: 80 },
    });
    if (r.ok) expect(r.value.waypoints[1]?.sensors).not.toBe(input.waypoints[1]?.sensors);
  });

  it.each<[string, unknown, string[]]>([
    [
      'edges of the map are fine',
      { ...base, waypoints: [{ lat: -90, lon: 180, altitudeM: 15000, sensors: [] }] },
      [],
    ],
    ['an empty route is checkable', { ...base, waypoints: [] }, []],
    [
      'every error is reported',
      { ...base, version: 3, waypoints: [{ lat: 100, lon: 0, altitudeM: 0, sensors: ['x'] }] },
      ['$.version', '$.waypoints[0].lat', '$.waypoints[0].altitudeM', '$.waypoints[0].sensors[0]'],
    ],
    [
      'Infinity and NaN are not numbers',
      { ...base, waypoints: [{ lat: NaN, lon: Infinity, altitudeM: 1, sensors: [] }] },
      ['$.waypoints[0].lat', '$.waypoints[0].lon'],
    ],
    [
      'all four sensors at once are fine',
      {
        ...base,
        waypoints: [{ lat: 1, lon: 1, altitudeM: 1, sensors: ['optical', 'video', 'infrared', 'sar'] }],
      },
      [],
    ],
  ])('%s', (_name, input, paths) => {
    const r = parsePlan(input);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(paths);
  });
});

describe('jsonPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '$'],
    [['waypoints', 2, 'lat'], '$.waypoints[2].lat'],
    [['odd key', 0], '$["odd key"][0]'],
    [['$schema'], '$.$schema'],
  ])('%j → %s', (path, expected) => expect(jsonPath(path)).toBe(expected));
});

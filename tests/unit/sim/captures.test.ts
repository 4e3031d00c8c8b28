import { describe, expect, it } from 'vitest';
import type { SensorKind } from '../../../src/rules/types';
import { makeTarget } from './fixtures';
import { besideTrack, DAY_H, EAST, fly, NIGHT_H, sky } from './flight-helpers';

describe('captures', () => {
  const cases: {
    name: string;
    sensors: SensorKind[];
    altitudeM: number;
    offKm: number;
    needM: number;
    takeoffH: number;
    cloud: number;
    expected:
      { captured: true; sensor: SensorKind; resolutionM: number } | { captured: false; reason: string };
  }[] = [
    {
      name: 'optical, on track, low, day, clear',
      sensors: ['optical'],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: true, sensor: 'optical', resolutionM: 0.3 },
    },
    {
      name: 'optical, inside the 4.5 km swath at 900 m',
      sensors: ['optical'],
      altitudeM: 900,
      offKm: 2,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: true, sensor: 'optical', resolutionM: 0.3 },
    },
    {
      name: 'optical, 10 km off track at 900 m: outside the swath',
      sensors: ['optical'],
      altitudeM: 900,
      offKm: 10,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: false, reason: 'outside-swath' },
    },
    {
      name: 'optical high (9,000 m): 45 km swath but 3 m is too coarse for 1 m',
      sensors: ['optical'],
      altitudeM: 9000,
      offKm: 10,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: false, reason: 'too-coarse' },
    },
    {
      name: 'optical high is good enough for a 3 m target',
      sensors: ['optical'],
      altitudeM: 9000,
      offKm: 10,
      needM: 3,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: true, sensor: 'optical', resolutionM: 3 },
    },
    {
      name: 'optical in cloud',
      sensors: ['optical'],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 1,
      expected: { captured: false, reason: 'cloud' },
    },
    {
      name: 'SAR sees through cloud (3 m target)',
      sensors: ['sar'],
      altitudeM: 3000,
      offKm: 5,
      needM: 3,
      takeoffH: DAY_H,
      cloud: 1,
      expected: { captured: true, sensor: 'sar', resolutionM: 3 },
    },
    {
      name: 'SAR is too coarse for a 1 m target',
      sensors: ['sar'],
      altitudeM: 3000,
      offKm: 5,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: false, reason: 'too-coarse' },
    },
    {
      name: 'optical at night',
      sensors: ['optical'],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: NIGHT_H,
      cloud: 0,
      expected: { captured: false, reason: 'night' },
    },
    {
      name: 'video at night',
      sensors: ['video'],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: NIGHT_H,
      cloud: 0,
      expected: { captured: false, reason: 'night' },
    },
    {
      name: 'infra-red at night',
      sensors: ['infrared'],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: NIGHT_H,
      cloud: 0,
      expected: { captured: true, sensor: 'infrared', resolutionM: 0.75 },
    },
    {
      name: 'infra-red in cloud',
      sensors: ['infrared'],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 1,
      expected: { captured: false, reason: 'cloud' },
    },
    {
      name: 'SAR at night',
      sensors: ['sar'],
      altitudeM: 3000,
      offKm: 0,
      needM: 3,
      takeoffH: NIGHT_H,
      cloud: 1,
      expected: { captured: true, sensor: 'sar', resolutionM: 3 },
    },
    {
      name: 'sharpest sensor counts when two can see',
      sensors: ['sar', 'optical'],
      altitudeM: 1800,
      offKm: 1,
      needM: 3,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: true, sensor: 'optical', resolutionM: 0.6 },
    },
    {
      name: 'cloud blocks optical but SAR still captures',
      sensors: ['sar', 'optical'],
      altitudeM: 1800,
      offKm: 1,
      needM: 3,
      takeoffH: DAY_H,
      cloud: 1,
      expected: { captured: true, sensor: 'sar', resolutionM: 3 },
    },
    {
      name: 'sensors off: nothing is captured',
      sensors: [],
      altitudeM: 900,
      offKm: 0,
      needM: 1,
      takeoffH: DAY_H,
      cloud: 0,
      expected: { captured: false, reason: 'outside-swath' },
    },
  ];

  it.each(cases)('$name', (c) => {
    const p = besideTrack(c.offKm);
    const target = makeTarget('t', p.lat, p.lon, { resolutionNeededM: c.needM, value: 20, objective: true });
    const result = fly([{ ...EAST, altitudeM: c.altitudeM, sensors: c.sensors }], {
      targets: [target],
      takeoffAfterArrivalH: c.takeoffH,
      forecast: sky(c.cloud),
    });
    expect(result.status).toBe('flown');
    if (c.expected.captured) {
      expect(result.misses).toEqual([]);
      expect(result.captures).toHaveLength(1);
      const cap = result.captures[0]!;
      expect(cap.sensor).toBe(c.expected.sensor);
      expect(cap.resolutionM).toBeCloseTo(c.expected.resolutionM, 6);
      expect(cap.leg).toBe(0);
      // Captured half way along the first leg.
      const legH = result.legStartsH[1]! - result.legStartsH[0]!;
      expect(cap.tH).toBeCloseTo(c.takeoffH + legH / 2, 2);
    } else {
      expect(result.captures).toEqual([]);
      expect(result.misses).toHaveLength(1);
      expect(result.misses[0]!.reason).toBe(c.expected.reason);
    }
  });

  it('records how close the track came to a target it missed', () => {
    const p = besideTrack(30);
    const result = fly([{ ...EAST, altitudeM: 900, sensors: ['optical'] }], {
      targets: [makeTarget('far', p.lat, p.lon)],
    });
    expect(result.misses[0]!.closestKm).toBeCloseTo(30, 0);
  });
});

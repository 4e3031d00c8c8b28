import { describe, expect, it } from 'vitest';
import type { FindingCode, SensorKind } from '../../../../src/rules/types';
import { testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

const SENSOR_CODES: FindingCode[] = [
  'sensor/below-minimum-altitude',
  'sensor/not-fitted',
  'sensor/not-yet-permitted',
];

function sensorFindings(
  sensors: SensorKind[],
  altitudeM: number,
  opts: { aircraft?: string; arrivalUtc?: string } = {},
) {
  const plan = testPlan({
    waypoints: [{ lat: 7, lon: 5, altitudeM, sensors }],
    ...(opts.aircraft ? { aircraft: opts.aircraft } : {}),
  });
  const ctx = testContext(opts.arrivalUtc ? { arrivalUtc: opts.arrivalUtc } : {});
  return validatePlan(plan, ctx).findings.filter((f) => SENSOR_CODES.includes(f.code));
}

// Test Jet: optical/video minimum 900 m, infrared 600 m, SAR 0 m. Small Plane: optical only, 1,000 m.
describe('sensor rules (Art. IV §2, VI §II.4(D); Art. IV, Annex D; Art. XVIII)', () => {
  it.each<[string, SensorKind[], number, { aircraft?: string; arrivalUtc?: string }, FindingCode[]]>([
    ['optical exactly at its minimum is lawful', ['optical'], 900, {}, []],
    ['optical 1 m below its minimum', ['optical'], 899, {}, ['sensor/below-minimum-altitude']],
    ['infrared at 700 m is above its 600 m minimum', ['infrared'], 700, {}, []],
    [
      'video and infrared at 650 m: only video is too low',
      ['video', 'infrared'],
      650,
      {},
      ['sensor/below-minimum-altitude'],
    ],
    ['radar at 100 m has no minimum', ['sar'], 100, {}, []],
    ['sensors off at 100 m', [], 100, {}, []],
    [
      'video on an aircraft without a video camera',
      ['video'],
      1500,
      { aircraft: 'small-plane' },
      ['sensor/not-fitted'],
    ],
    [
      'an unknown aircraft carries nothing',
      ['optical'],
      1500,
      { aircraft: 'no-such-plane' },
      ['sensor/not-fitted'],
    ],
    [
      'infrared in 2005',
      ['infrared'],
      1500,
      { arrivalUtc: '2005-06-01T09:00:00Z' },
      ['sensor/not-yet-permitted'],
    ],
    ['infrared from 2006', ['infrared'], 1500, { arrivalUtc: '2006-06-01T09:00:00Z' }, []],
    // Take-off is 26 h after arrival with the default timeline.
    [
      'infrared taking off on 31 Dec 2005',
      ['infrared'],
      1500,
      { arrivalUtc: '2005-12-30T12:00:00Z' },
      ['sensor/not-yet-permitted'],
    ],
    ['infrared taking off on 1 Jan 2006', ['infrared'], 1500, { arrivalUtc: '2005-12-31T00:00:00Z' }, []],
    ['optical in 2002 is fine', ['optical'], 1500, { arrivalUtc: '2002-12-01T09:00:00Z' }, []],
  ])('%s', (_name, sensors, altitudeM, opts, codes) => {
    const found = sensorFindings(sensors, altitudeM, opts);
    expect(found.map((f) => f.code)).toEqual(codes);
    for (const f of found) expect(f).toMatchObject({ leg: 0, severity: 'violation', at: { lat: 7, lon: 5 } });
  });

  it('names the sensor and both altitudes', () => {
    const [f] = sensorFindings(['optical'], 800);
    expect(f?.params).toEqual({ sensor: 'optical', altitudeM: 800, minAltitudeM: 900 });
    expect(f?.basis).toBe('Art. IV §2, VI §II.4(D)');
  });

  it('reports achieved resolution and swath per leg (limit × altitude / minimum; SAR fixed)', () => {
    const plan = testPlan({
      waypoints: [{ lat: 7, lon: 5, altitudeM: 1800, sensors: ['optical', 'sar', 'infrared'] }],
    });
    const v = validatePlan(plan, testContext());
    expect(v.legs[0]?.sensors).toEqual([
      { kind: 'optical', resolutionM: 0.6, swathKm: 18 },
      { kind: 'sar', resolutionM: 3, swathKm: 25 },
      { kind: 'infrared', resolutionM: 1.5, swathKm: 18 },
    ]);
    expect(v.legs[1]?.sensors).toEqual([]); // the final leg flies with sensors off
  });
});

import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/rules/level';
import { CODE_INFO, finding } from '../../../src/rules/checks/codes';
import { HANDBOOK, handbookEntryFor } from '../../../src/rules/handbook';
import { formatFinding, formatNumber, handbookRule, hasKey, t } from '../../../src/i18n';
import { enAll as en } from '../../helpers/english';
import { validatePlan } from '../../../src/rules/validate';
import type { Finding, ZoneFeature, ZoneKind, ZoneProperties } from '../../../src/rules/types';
import { testContext, testPlan } from '../../fixtures/rules/synthetic-world';

/** The English texts of a code: its plain text and every variant (`finding.<code>.<variant>`). */
const textsOf = (code: string): string[] =>
  Object.entries(en)
    .filter(([k]) => k.startsWith(`finding.${code}.`) && !k.endsWith('.title'))
    .map(([, v]) => v);

describe('message table (src/i18n/en-findings.ts, en-handbook.ts)', () => {
  it.each(FINDING_CODES)('%s has a title, plain text, a citation and a Handbook entry', (code) => {
    expect(hasKey(`finding.${code}.title`)).toBe(true);
    expect(hasKey(`finding.${code}.text`)).toBe(true);
    expect(t(`finding.${code}.title` as keyof typeof en).length).toBeGreaterThan(3);
    expect(formatFinding({ code, basis: CODE_INFO[code].basis, params: {} }).citation).toBe(
      CODE_INFO[code].basis,
    );
    for (const text of textsOf(code)) {
      // One or two sentences, short enough to read aloud.
      expect(text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length).toBeLessThanOrEqual(2);
      expect(text.length).toBeLessThan(220);
    }
    expect(handbookEntryFor(code)).toBeDefined();
  });

  it('every Handbook entry has a plain rule and a unique id', () => {
    expect(new Set(HANDBOOK.map((e) => e.id)).size).toBe(HANDBOOK.length);
    for (const e of HANDBOOK) expect(handbookRule(e.id).length).toBeGreaterThan(40);
  });

  it.each<[number, string]>([
    [5500, '5,500'],
    [12.34, '12.3'],
    [-1234567.89, '-1,234,567.9'],
    [0, '0'],
    [-0.04, '0'],
    [2.25, '2.3'],
  ])('formatNumber(%d) = %s', (x, s) => expect(formatNumber(x)).toBe(s));

  it('fills placeholders and leaves unknown ones visible', () => {
    const f = formatFinding({
      code: 'route/too-long',
      basis: 'b',
      params: { distanceKm: 2150.04, maxDistanceKm: 2100 },
    });
    expect(f.text).toBe(
      'The route is 2,150 km, but flights from this airfield may cover at most 2,100 km. Cut {overKm} km from it.',
    );
  });

  it('a code this build does not know shows as itself', () => {
    expect(formatFinding({ code: 'route/from-the-future', basis: 'Art. I', params: {} })).toMatchObject({
      text: 'route/from-the-future',
      title: expect.stringMatching(/newer version/) as unknown,
    });
  });

  it('formats a finding with its variant and the zone’s own citation', () => {
    const f = finding(
      'route/outside-territory',
      { variant: 'waypoint-sea', host: 'Russia', waypoint: 3 },
      { leg: 2 },
    );
    expect(formatFinding(f)).toEqual({
      code: 'route/outside-territory',
      title: 'Outside the observed territory',
      text: expect.stringContaining('Waypoint 3 is out at sea') as unknown,
      citation: 'Art. II §8, VI §II.2 (sensors over a third state: VII §3)',
    });
    const z = finding(
      'restriction/distance-cap',
      { zone: 'Kaliningrad', insideKm: 575.1, capKm: 500 },
      { basis: 'host practice (Sputnik 2017)' },
    );
    expect(formatFinding(z).citation).toBe('host practice (Sputnik 2017)');
  });

  it('findings of all 18 codes, as the checks produce them, fill every placeholder', () => {
    const rect = (x0: number, y0: number, x1: number, y1: number) => [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ];
    const zone = (
      id: string,
      kind: ZoneKind,
      coordinates: number[][][],
      extra: Partial<ZoneProperties> = {},
    ) =>
      ({
        type: 'Feature',
        properties: { id, kind, name: `Zone ${id}`, basis: 'host practice (test)', ...extra },
        geometry: { type: 'Polygon', coordinates },
      }) as ZoneFeature;
    const zones = [
      zone('cap', 'distance-cap', rect(4, 6, 8, 8), { capKm: 10 }),
      zone('corridor', 'corridor', rect(6, 2, 7, 3), { bufferKm: 10 }),
      zone('floor', 'altitude-floor', rect(4, 6, 8, 8), { floorM: 5000 }),
      zone('hazard', 'hazardous', rect(4, 6, 8, 8)),
      zone('exercise', 'exercise', rect(4, 6, 8, 8), { activeFromH: 0, activeToH: 200 }),
    ];
    const plans = [
      testPlan({
        waypoints: [{ lat: 5, lon: -2, altitudeM: 100, sensors: ['optical', 'infrared'] }],
        aircraft: 'small-plane',
        endAirfield: 'charlie',
        timeline: { noticeH: 1, submitAfterArrivalH: 95, takeoffAfterSubmitH: 1 },
      }),
      testPlan({
        waypoints: [
          { lat: 0.05, lon: 5, altitudeM: 1000, sensors: ['sar'] },
          { lat: 10.5, lon: 5, altitudeM: 1000, sensors: [] },
        ],
      }),
      // Three passes over (≈6, 6), through every zone.
      testPlan({
        waypoints: [
          [8, 4],
          [4, 8],
          [8, 8],
          [4, 4],
          [3, 6],
          [9, 6],
          [2.5, 6.5],
        ].map(([lat = 0, lon = 0]) => ({ lat, lon, altitudeM: 1500, sensors: [] })),
      }),
    ];
    const ctx = testContext({
      quota: { active: 1, used: 1 },
      arrivalUtc: '2004-01-01T00:00:00Z',
      airfields: [{ id: 'alpha', maxDistanceKm: 100 }],
      zones,
    });
    const findings: Finding[] = plans.flatMap((p) => validatePlan(p, ctx).findings);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(FINDING_CODES));
    for (const f of findings) expect(formatFinding(f).text).not.toMatch(/\{\w+\}|undefined|NaN/);
  });
});

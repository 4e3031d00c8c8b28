import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/rules/level';
import { CODE_INFO, finding } from '../../../src/rules/checks/codes';
import {
  fillTemplate,
  formatFinding,
  formatNumber,
  HANDBOOK,
  handbookEntryFor,
  MESSAGES,
} from '../../../src/rules/messages';
import { validatePlan } from '../../../src/rules/validate';
import type { Finding } from '../../../src/rules/types';
import { testContext, testPlan } from '../../fixtures/rules/synthetic-world';

describe('message table', () => {
  it.each(FINDING_CODES)('%s has a title, plain text, a citation and a Handbook entry', (code) => {
    const m = MESSAGES[code];
    expect(m.title.length).toBeGreaterThan(3);
    expect(m.citation).toBe(CODE_INFO[code].basis);
    for (const text of [m.text, ...Object.values(m.variants ?? {})]) {
      // One or two sentences, short enough to read aloud.
      expect(text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length).toBeLessThanOrEqual(2);
      expect(text.length).toBeLessThan(220);
    }
    expect(handbookEntryFor(code)).toBeDefined();
  });

  it('every Handbook entry has a plain rule and a unique id', () => {
    expect(new Set(HANDBOOK.map((e) => e.id)).size).toBe(HANDBOOK.length);
    for (const e of HANDBOOK) expect(e.rule.length).toBeGreaterThan(40);
  });

  it.each<[number, string]>([
    [5500, '5,500'],
    [12.34, '12.3'],
    [-1234567.89, '-1,234,567.9'],
    [0, '0'],
  ])('formatNumber(%d) = %s', (x, s) => expect(formatNumber(x)).toBe(s));

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{a} of {b} ({c})', { a: 1500, b: 'x' })).toBe('1,500 of x ({c})');
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
      citation: 'Art. II, VI',
    });
    const z = finding(
      'restriction/distance-cap',
      { zone: 'Kaliningrad', insideKm: 575.1, capKm: 500 },
      { basis: 'host practice (Sputnik 2017)' },
    );
    expect(formatFinding(z).citation).toBe('host practice (Sputnik 2017)');
  });

  it('every finding the checks produce fills all its placeholders', () => {
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
    ];
    const findings: Finding[] = plans.flatMap(
      (p) =>
        validatePlan(
          p,
          testContext({
            quota: { active: 1, used: 1 },
            arrivalUtc: '2004-01-01T00:00:00Z',
            airfields: [{ id: 'alpha', maxDistanceKm: 100 }],
          }),
        ).findings,
    );
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(10);
    for (const f of findings) expect(formatFinding(f).text).not.toMatch(/\{\w+\}|undefined|NaN/);
  });
});

import { describe, expect, it } from 'vitest';
import type { FindingCode, PlanTimeline } from '../../../../src/rules/types';
import { testContext, testPlan, validatePlan } from '../../../fixtures/rules/synthetic-world';

const TIMELINE_CODES: FindingCode[] = [
  'timeline/short-notice',
  'timeline/early-takeoff',
  'timeline/window-exceeded',
];
const flightH = validatePlan(testPlan(), testContext()).flightDurationH;

const codes = (timeline: PlanTimeline) =>
  validatePlan(testPlan({ timeline }), testContext())
    .findings.filter((f) => TIMELINE_CODES.includes(f.code))
    .map((f) => f.code);

describe('timeline (Art. VI §I.5, §II.4(E), §I.9)', () => {
  it.each<[string, PlanTimeline, FindingCode[]]>([
    ['the default 72 / 2 / 24', { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 }, []],
    ['exactly 72 h notice is lawful', { noticeH: 72, submitAfterArrivalH: 10, takeoffAfterSubmitH: 30 }, []],
    [
      '71.9 h notice',
      { noticeH: 71.9, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 },
      ['timeline/short-notice'],
    ],
    [
      'exactly 24 h after submission is lawful',
      { noticeH: 100, submitAfterArrivalH: 5, takeoffAfterSubmitH: 24 },
      [],
    ],
    [
      'take-off 23.5 h after submission',
      { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 23.5 },
      ['timeline/early-takeoff'],
    ],
    [
      'landing exactly 96 h after arrival is lawful',
      { noticeH: 72, submitAfterArrivalH: 96 - 24 - flightH, takeoffAfterSubmitH: 24 },
      [],
    ],
    [
      'landing 6 minutes after the 96 h',
      { noticeH: 72, submitAfterArrivalH: 96.1 - 24 - flightH, takeoffAfterSubmitH: 24 },
      ['timeline/window-exceeded'],
    ],
    [
      'everything wrong at once',
      { noticeH: 10, submitAfterArrivalH: 95, takeoffAfterSubmitH: 1 },
      ['timeline/early-takeoff', 'timeline/short-notice', 'timeline/window-exceeded'],
    ],
  ])('%s', (_name, timeline, expected) => {
    expect(codes(timeline).sort()).toEqual(expected);
  });

  it('reports absolute times as hours after arrival', () => {
    const v = validatePlan(
      testPlan({ timeline: { noticeH: 80, submitAfterArrivalH: 3, takeoffAfterSubmitH: 30 } }),
      testContext(),
    );
    expect(v.takeoffAfterArrivalH).toBe(33);
    expect(v.endAfterArrivalH).toBeCloseTo(33 + flightH, 9);
  });

  it('points the 96 h finding at the leg during which time runs out', () => {
    const timeline = { noticeH: 72, submitAfterArrivalH: 95.5 - 24 - flightH / 2, takeoffAfterSubmitH: 24 };
    const v = validatePlan(testPlan({ timeline }), testContext());
    const f = v.findings.find((x) => x.code === 'timeline/window-exceeded');
    expect(f).toMatchObject({ severity: 'violation', basis: 'Art. VI §I.9', params: { maxH: 96 } });
    expect(f?.leg).toBeGreaterThan(0);
    expect(f?.leg).toBeLessThanOrEqual(3);
  });
});

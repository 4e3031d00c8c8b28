/**
 * The treaty clock (hours after arrival at the point of entry):
 * - Art. VI §I.5: notice at least 72 h before arrival (exactly 72 h is lawful);
 * - Art. VI §II.4(E): take-off at least 24 h after the mission plan is submitted;
 * - Art. VI §I.9: the flight ends no later than 96 h after arrival.
 */
import type { Finding } from '../types';
import { EPSILON, finding, round1 } from './codes';
import type { Check } from './types';

export const MIN_NOTICE_H = 72;
export const MIN_TAKEOFF_AFTER_SUBMIT_H = 24;
export const MAX_WINDOW_H = 96;

export const checkTimeline: Check = (_plan, _ctx, d) => {
  const out: Finding[] = [];
  const { noticeH, takeoffAfterSubmitH } = d.timeline;
  if (noticeH < MIN_NOTICE_H - EPSILON) {
    out.push(finding('timeline/short-notice', { noticeH, minNoticeH: MIN_NOTICE_H }));
  }
  if (takeoffAfterSubmitH < MIN_TAKEOFF_AFTER_SUBMIT_H - EPSILON) {
    out.push(finding('timeline/early-takeoff', { takeoffAfterSubmitH, minH: MIN_TAKEOFF_AFTER_SUBMIT_H }));
  }
  if (d.endAfterArrivalH > MAX_WINDOW_H + EPSILON) {
    // The leg during which the 96 h run out.
    const leg = d.legs.find((l) => l.endH > MAX_WINDOW_H + EPSILON);
    out.push(
      finding(
        'timeline/window-exceeded',
        {
          endAfterArrivalH: round1(d.endAfterArrivalH),
          maxH: MAX_WINDOW_H,
          overH: round1(d.endAfterArrivalH - MAX_WINDOW_H),
        },
        leg ? { leg: leg.index } : {},
      ),
    );
  }
  return out;
};

/**
 * The host's deviation request answered in flight: accepted, the sensors stay off for a while
 * after the request (targets passed then are missed, "sensors-off"); refused, the flight
 * goes as agreed, and refusing a flight-safety request costs trust (Art. VIII §II).
 */
import { describe, expect, it } from 'vitest';
import { DEVIATION_SENSORS_OFF_H, isFlightSafetyReason } from '../../../src/rules/sim/deviation';
import { simulateFlight } from '../../../src/rules/sim/flight';
import type { DeviationAnswer } from '../../../src/rules/sim/flight-types';
import { scoreMission, TRUST } from '../../../src/rules/scoring';
import { reviewPlan } from '../../../src/rules/host/review';
import { interpolate } from '../../../src/rules/geo/sphere';
import { KUBINKA, makeLevel, makePlan, makeTarget, makeVerdict, type PointSpec } from './fixtures';
import { DAY_H, sky } from './flight-helpers';

describe('isFlightSafetyReason', () => {
  it.each([
    ['Live firing in the exercise area: the host asks you to hold north of it for a while', true],
    ['weather', true],
    ['Thunderstorms over the route', true],
    ['Air traffic control closes the sector', true],
    ['A medical emergency on a military airfield below', true],
    ['Missile launch window at the test range', true],
    ['Hazardous airspace ahead', true],
    ['The host would rather you did not see the new base', false],
    ['A VIP visit in the city', false],
    ['Local holiday', false],
  ])('%s → %s', (reason, safety) => {
    expect(isFlightSafetyReason(reason)).toBe(safety);
  });
});

const ROUTE: PointSpec[] = [{ lat: 55.6, lon: 40.0, altitudeM: 900, sensors: ['optical'] }];
const MID = interpolate(KUBINKA, ROUTE[0]!, 0.6);

function fly(reason: string, answer?: DeviationAnswer, afterTakeoffH = 0.02) {
  const level = makeLevel({
    targets: [makeTarget('depot', MID.lat, MID.lon, { objective: true, value: 100 })],
    hostBehaviour: { yieldsToProtest: [], deviationRequest: { afterTakeoffH, reason } },
  });
  const flight = simulateFlight(makePlan(ROUTE), makeVerdict(ROUTE), level, undefined, {
    takeoffAfterArrivalH: DAY_H,
    seed: 1,
    forecast: sky(0),
    ...(answer ? { deviation: answer } : {}),
  });
  return { level, flight };
}

describe('simulateFlight with an answer to the deviation request', () => {
  it('without an answer the flight is as agreed and carries no outcome', () => {
    const { flight } = fly('weather');
    expect(flight.deviation).toBeUndefined();
    expect(flight.deviationRequest?.flightSafety).toBe(true);
    expect(flight.captures.map((c) => c.targetId)).toEqual(['depot']);
  });

  it.each<{ reason: string; answer: DeviationAnswer; captured: boolean; lawful: boolean }>([
    { reason: 'weather', answer: 'accepted', captured: false, lawful: true },
    { reason: 'weather', answer: 'refused', captured: true, lawful: false },
    { reason: 'A VIP visit in the city', answer: 'refused', captured: true, lawful: true },
    { reason: 'A VIP visit in the city', answer: 'accepted', captured: false, lawful: true },
  ])('$reason, $answer', ({ reason, answer, captured, lawful }) => {
    const { flight } = fly(reason, answer);
    const req = flight.deviationRequest!;
    expect(flight.deviation?.answer).toBe(answer);
    expect(flight.deviation?.lawful).toBe(lawful);
    expect(flight.captures.some((c) => c.targetId === 'depot')).toBe(captured);
    if (answer === 'accepted') {
      expect(flight.deviation?.sensorsOffFromH).toBe(req.tH);
      expect(flight.deviation?.sensorsOffToH).toBe(
        Math.min(flight.landingAfterArrivalH, req.tH + DEVIATION_SENSORS_OFF_H),
      );
      expect(flight.misses.map((m) => [m.targetId, m.reason])).toEqual([['depot', 'sensors-off']]);
      const inWindow = flight.samples.filter(
        (s) => s.tH >= req.tH && s.tH < flight.deviation!.sensorsOffToH!,
      );
      expect(inWindow.length).toBeGreaterThan(0);
      for (const s of inWindow) expect(s.sensors).toEqual([]);
      // Outside the window the sensors are on as planned.
      expect(flight.samples.find((s) => s.tH < req.tH)!.sensors).toEqual(['optical']);
    } else {
      expect(flight.deviation?.sensorsOffFromH).toBeNull();
      expect(flight.misses).toEqual([]);
    }
  });

  it('a request after the target was passed leaves the capture', () => {
    const passedAtH = fly('weather').flight.captures[0]!.tH;
    const { flight } = fly('weather', 'accepted', passedAtH - DAY_H + 0.01);
    expect(flight.deviation?.sensorsOffFromH).toBeGreaterThan(passedAtH);
    expect(flight.captures.map((c) => c.targetId)).toEqual(['depot']);
  });
});

describe('scoring the answer', () => {
  it.each<{ reason: string; answer: DeviationAnswer; item: boolean }>([
    { reason: 'weather', answer: 'refused', item: true },
    { reason: 'weather', answer: 'accepted', item: false },
    { reason: 'A VIP visit in the city', answer: 'refused', item: false },
  ])('$reason, $answer', ({ reason, answer, item }) => {
    const { level, flight } = fly(reason, answer);
    const response = reviewPlan(makeVerdict(ROUTE), level, 1);
    const score = scoreMission({ level, response, protests: [], flight });
    const refused = score.trust.items.filter((i) => i.key === 'trust.deviation-refused');
    expect(refused).toEqual(
      item ? [{ key: 'trust.deviation-refused', delta: TRUST.deviationRefusedUnlawfully }] : [],
    );
    expect(score.trust.delta).toBe(TRUST.lawfulFlight + (item ? TRUST.deviationRefusedUnlawfully : 0));
    // Refusing a safety deviation is not a clean flight: no third star.
    if (item) expect(score.stars).toBeLessThan(3);
    if (!item && answer === 'refused') expect(score.stars).toBe(3);
  });
});

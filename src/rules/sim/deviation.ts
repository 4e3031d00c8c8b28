/**
 * The host's deviation request in flight (Art. VIII §II). The treaty allows deviations for
 * weather, technical problems, a medical emergency or air traffic control (flight safety); the
 * simple lawful model of an accepted deviation: the aircraft leaves the agreed route and its
 * sensors stay off for DEVIATION_SENSORS_OFF_H from the request (at most until landing; the
 * extra distance does not count against the maximum, Art. VIII §II.7). Refusing is lawful only when the reason is not one of
 * those: refusing a flight-safety deviation costs trust.
 */
import type { DeviationAnswer, DeviationOutcome, DeviationRequest } from './flight-types';

/** Word starts that name a reason the treaty allows a deviation for ("hazard" → "hazardous"). */
const SAFETY_WORDS = [
  'weather',
  'storm',
  'thunder',
  'lightning',
  'icing',
  'turbulence',
  'technical',
  'engine failure',
  'engine trouble',
  'failure',
  'medical',
  'emergency',
  'air traffic',
  'atc',
  'traffic control',
  'live firing',
  'firing',
  'missile',
  'launch',
  'hazard',
  'danger',
  'safety',
];

export function isFlightSafetyReason(reason: string): boolean {
  const r = ` ${reason.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return SAFETY_WORDS.some((w) => r.includes(` ${w}`));
}

/** Game value: how long an accepted deviation keeps the sensors off, h (the host's "a while"). */
export const DEVIATION_SENSORS_OFF_H = 0.5;

/** The window in which sensors are off for an accepted request. */
export function sensorsOffWindow(req: DeviationRequest, landingH: number): { fromH: number; toH: number } {
  return { fromH: req.tH, toH: Math.min(landingH, req.tH + DEVIATION_SENSORS_OFF_H) };
}

export function deviationOutcome(
  req: DeviationRequest,
  answer: DeviationAnswer,
  landingH: number,
): DeviationOutcome {
  if (answer === 'refused')
    return { answer, lawful: !req.flightSafety, sensorsOffFromH: null, sensorsOffToH: null };
  const w = sensorsOffWindow(req, landingH);
  return { answer, lawful: true, sensorsOffFromH: w.fromH, sensorsOffToH: w.toH };
}

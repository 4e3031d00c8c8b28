/**
 * The host's deviation request in flight (Art. VIII §II). The treaty allows deviations for
 * weather, technical problems, a medical emergency or air traffic control (flight safety); the
 * simple lawful model of an accepted deviation: the aircraft leaves the agreed route and its
 * sensors stay off from the request to the end of that leg (the extra distance does not count
 * against the maximum, Art. VIII §II.7). Refusing is lawful only when the reason is not one of
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

/** The window in which sensors are off for an accepted request: to the end of its leg. */
export function sensorsOffWindow(
  req: DeviationRequest,
  legStartsH: readonly number[],
  landingH: number,
): { fromH: number; toH: number } {
  return { fromH: req.tH, toH: legStartsH[req.leg + 1] ?? landingH };
}

export function deviationOutcome(
  req: DeviationRequest,
  answer: DeviationAnswer,
  legStartsH: readonly number[],
  landingH: number,
): DeviationOutcome {
  if (answer === 'refused')
    return { answer, lawful: !req.flightSafety, sensorsOffFromH: null, sensorsOffToH: null };
  const w = sensorsOffWindow(req, legStartsH, landingH);
  return { answer, lawful: true, sensorsOffFromH: w.fromH, sensorsOffToH: w.toH };
}

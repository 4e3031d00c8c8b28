/**
 * The host's deviation request in flight (Art. VIII §II): the clock stops at it until the player
 * answers; the answer is kept in the save (`mission.deviation`) and the flight is
 * simulated again with it (accepted: sensors off for half an hour; refused: as agreed,
 * which costs trust when the host asked for flight safety). Deterministic: plan + seed + answer.
 */
import { validatePlan } from '../../rules';
import {
  simulateFlight,
  type DeviationAnswer,
  type DeviationRequest,
  type FlightResult,
} from '../../rules/sim';
import type { GameState } from '../store';
import { announce, get, missionContext, set } from './mission-core';
import { forecastOf } from './mission-engine';

/** The request still waiting for an answer once the clock has reached it, else null. */
export function pendingDeviation(s: GameState): DeviationRequest | null {
  const m = s.mission;
  const req = s.flight?.deviationRequest;
  if (!m || m.phase !== 'flight' || !m.flight || !req || m.deviation) return null;
  return m.flight.tH >= req.tH - 1e-9 ? req : null;
}

/** A clock time, held at an unanswered request: the flight does not pass it without an answer. */
export function holdAtDeviation(s: GameState, tH: number): number {
  const req = s.flight?.deviationRequest;
  if (!req || !s.mission || s.mission.deviation) return tH;
  return Math.min(tH, req.tH);
}

/**
 * The flight with the player's answer applied (the same flight when there is no answer, no
 * request, or it is already applied).
 */
export function flightWithAnswer(s: GameState, flight: FlightResult | null = s.flight): FlightResult | null {
  const answer = s.mission?.deviation;
  const mc = missionContext(s);
  if (!flight || !answer || !flight.deviationRequest || flight.deviation?.answer === answer || !mc)
    return flight;
  const verdict = s.verdict ?? validatePlan(mc.plan, mc.ctx);
  return simulateFlight(mc.plan, verdict, mc.level, mc.ctx.world, {
    takeoffAfterArrivalH: flight.takeoffAfterArrivalH,
    seed: mc.ctx.seed,
    forecast: forecastOf(mc.level),
    deviation: answer,
  });
}

/** The player answers the host's deviation request; the flight goes on. */
export function answerDeviation(answer: DeviationAnswer): void {
  const s = get();
  const m = s.mission;
  const req = pendingDeviation(s);
  if (!m || !m.flight || !req) return;
  const mission = { ...m, deviation: answer, flight: { ...m.flight, paused: false } };
  const next = { ...s, mission };
  set({ mission, flight: flightWithAnswer(next) });
  announce(
    answer === 'accepted'
      ? 'say.deviation-accepted'
      : req.flightSafety
        ? 'say.deviation-refused-safety'
        : 'say.deviation-refused-lawful',
  );
}

/** After a reload mid-flight the flight is rebuilt without the answer: apply it again. */
export function syncDeviation(): void {
  const s = get();
  const flight = flightWithAnswer(s);
  if (flight !== s.flight) set({ flight });
}

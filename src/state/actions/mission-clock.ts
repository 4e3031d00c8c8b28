/** The flight clock: where the aircraft is (hours after arrival), paused, and the speed of time. */
import { TIME_SPEEDS, type TimeSpeed } from '../schema';
import { announce, get, set } from './mission-core';
import { flightSpan } from './mission-engine';
import { holdAtDeviation } from './mission-deviation';

/** Sets the flight clock, in hours after arrival (the scale of FlightResult), within take-off..landing. */
export function setFlightTime(tH: number): void {
  const s = get();
  const m = s.mission;
  if (!m || m.phase !== 'flight' || !m.flight || !s.flight || !Number.isFinite(tH)) return;
  const span = flightSpan(s.flight);
  // The clock stops at the host's deviation request until the player answers it.
  const clamped = holdAtDeviation(s, Math.min(Math.max(span.fromH, tH), span.toH));
  if (clamped === m.flight.tH) return;
  set({ mission: { ...m, flight: { ...m.flight, tH: clamped } } });
}

export function setPaused(paused: boolean): void {
  const m = get().mission;
  if (!m || m.phase !== 'flight' || !m.flight || m.flight.paused === paused) return;
  set({ mission: { ...m, flight: { ...m.flight, paused } } });
  announce(paused ? 'say.paused' : 'say.unpaused');
}

export function setTimeSpeed(speed: number): void {
  if (!(TIME_SPEEDS as readonly number[]).includes(speed)) return;
  const settings = get().settings;
  if (settings.timeSpeed !== speed) set({ settings: { ...settings, timeSpeed: speed as TimeSpeed } });
}

/** Shared set-up for the flight and capture tests: a fixed sky and one eastbound leg. */
import { simulateFlight, type FlightOptions } from '../../../src/rules/sim/flight';
import { createForecast, type Forecast } from '../../../src/rules/sim/weather';
import { bearingDeg, destination, interpolate } from '../../../src/rules/sim/sphere';
import { KUBINKA, makeLevel, makePlan, makeTarget, makeVerdict, type PointSpec } from './fixtures';

export const EAST = { lat: 55.6, lon: 40.0 };
/** 08:00 UTC on 22 June (11:00 in Moscow) and 23:00 UTC (02:00 in Moscow). */
export const DAY_H = 26;
export const NIGHT_H = 41;

/** A forecast with the same cloud density everywhere, at every time. */
export function sky(cloud: number): Forecast {
  const base = createForecast({ cloudCover: 0, seed: 1 }, makeLevel().arrivalUtc);
  return { ...base, cloudAt: () => cloud, isCloudy: () => cloud >= 0.5 };
}

/** A point half way along Kubinka → EAST, offKm to the right of the track. */
export function besideTrack(offKm: number) {
  const mid = interpolate(KUBINKA, EAST, 0.5);
  return destination(mid, bearingDeg(mid, EAST) + 90, offKm);
}

export function fly(
  points: PointSpec[],
  opts: Partial<FlightOptions> & { targets?: ReturnType<typeof makeTarget>[] } = {},
) {
  const level = makeLevel({ targets: opts.targets ?? [] });
  const verdict = makeVerdict(points, [], opts.takeoffAfterArrivalH ?? DAY_H);
  return simulateFlight(makePlan(points), verdict, level, undefined, {
    takeoffAfterArrivalH: opts.takeoffAfterArrivalH ?? DAY_H,
    seed: opts.seed ?? 1,
    forecast: opts.forecast ?? sky(0),
  });
}

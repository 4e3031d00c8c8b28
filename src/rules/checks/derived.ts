/**
 * Everything the checks share, computed once per validation: resolved airfields and aircraft,
 * the legs with their lengths, times, altitudes and sensors, and the timeline in absolute hours.
 */
import { distanceKm, worldIndex, type LatLon, type WorldIndex } from '../geo';
import { DEFAULT_TIMELINE, type Plan, type PlanTimeline, type RulesContext, type SensorKind } from '../types';
import type { Aircraft, Airfield, Iso3 } from '../../world/types';
import { legBox, type Box } from './leg-box';

export interface DerivedLeg {
  /** Leg i ends at waypoints[i]; leg n (n = waypoints.length) is the final leg to the end airfield. */
  index: number;
  from: LatLon;
  to: LatLon;
  lengthKm: number;
  /** Route km flown before this leg starts. */
  startKm: number;
  /** Hours after arrival at the point of entry when the leg starts and ends. */
  startH: number;
  endH: number;
  altitudeM: number;
  sensors: readonly SensorKind[];
  final: boolean;
  /** Exact lon/lat box of the great-circle leg (the whole world across the antimeridian). */
  box: Box;
}

export interface Derived {
  aircraft: Aircraft | undefined;
  aircraftId: string;
  start: Airfield | undefined;
  end: Airfield | undefined;
  endId: string;
  /** The host and the states whose territory counts as the host's. */
  hostStates: ReadonlySet<Iso3>;
  legs: readonly DerivedLeg[];
  distanceKm: number;
  maxDistanceKm: number;
  timeline: PlanTimeline;
  flightDurationH: number;
  takeoffAfterArrivalH: number;
  endAfterArrivalH: number;
  world: WorldIndex;
}

/**
 * Builds the legs. An airfield the world does not know has no position: its leg is left out
 * (the bad-end check and the CLI report it) so validation never throws.
 */
export function derive(plan: Plan, ctx: RulesContext): Derived {
  const { level, world } = ctx;
  const aircraftId = plan.aircraft ?? level.aircraft;
  const aircraft = world.aircraft.get(aircraftId);
  const start = world.airfields.get(plan.airfield);
  const endId = plan.endAirfield ?? plan.airfield;
  const end = world.airfields.get(endId);
  const timeline = plan.timeline ?? DEFAULT_TIMELINE;
  const takeoffAfterArrivalH = timeline.submitAfterArrivalH + timeline.takeoffAfterSubmitH;
  const speedKmh = aircraft?.cruiseSpeedKmh ?? 0;

  const legs: DerivedLeg[] = [];
  let km = 0;
  let previous: LatLon | undefined = start ? { lat: start.lat, lon: start.lon } : undefined;
  const addLeg = (
    index: number,
    to: LatLon,
    altitudeM: number,
    sensors: readonly SensorKind[],
    final: boolean,
  ) => {
    if (previous !== undefined) {
      const lengthKm = distanceKm(previous, to);
      const startH = takeoffAfterArrivalH + (speedKmh > 0 ? km / speedKmh : 0);
      const endH = takeoffAfterArrivalH + (speedKmh > 0 ? (km + lengthKm) / speedKmh : 0);
      legs.push({
        index,
        from: previous,
        to,
        lengthKm,
        startKm: km,
        startH,
        endH,
        altitudeM,
        sensors,
        final,
        box: legBox(previous, to),
      });
      km += lengthKm;
    }
    previous = to;
  };
  plan.waypoints.forEach((w, i) => addLeg(i, { lat: w.lat, lon: w.lon }, w.altitudeM, w.sensors, false));
  if (end) {
    const last = plan.waypoints[plan.waypoints.length - 1];
    // The final leg flies with sensors off, at the last declared altitude.
    addLeg(plan.waypoints.length, { lat: end.lat, lon: end.lon }, last?.altitudeM ?? 0, [], true);
  }

  const flightDurationH = speedKmh > 0 ? km / speedKmh : 0;
  return {
    aircraft,
    aircraftId,
    start,
    end,
    endId,
    hostStates: new Set([level.host, ...level.hostTerritory]),
    legs,
    distanceKm: km,
    maxDistanceKm: level.airfields.find((a) => a.id === plan.airfield)?.maxDistanceKm ?? 0,
    timeline,
    flightDurationH,
    takeoffAfterArrivalH,
    endAfterArrivalH: takeoffAfterArrivalH + flightDurationH,
    world: worldIndex(world),
  };
}

/**
 * The benchmark's plan: 50 waypoints over Russia from Kubinka with real borders, about 5,000 km.
 * It zigzags east of Moscow, then flies over Belarus and Lithuania (sensors off) to Kaliningrad
 * so the cap zone has work to do, and returns. Deterministic: no randomness, same plan every run.
 */
import type { Plan, PlanWaypoint } from '../rules';

const wp = (lat: number, lon: number, altitudeM: number, sensors: PlanWaypoint['sensors']): PlanWaypoint => ({
  lat,
  lon,
  altitudeM,
  sensors,
});

export function benchPlan(level: string): Plan {
  const waypoints: PlanWaypoint[] = [];
  // 38 waypoints: a zigzag ~56 km high, east of Moscow from 38° to 44° E (legs of ~60 km).
  for (let i = 0; i < 38; i++) {
    const lon = 38 + (i * 6) / 37;
    const lat = i % 2 === 0 ? 55.0 : 55.5;
    waypoints.push(wp(lat, lon, i % 3 === 0 ? 9000 : 1500, i % 3 === 0 ? [] : ['optical']));
  }
  // Back west across Belarus and Lithuania in transit, then around Kaliningrad oblast.
  waypoints.push(wp(55.8, 40.0, 9000, []), wp(54.1, 28.0, 9000, []), wp(54.62, 22.55, 9000, []));
  const kaliningrad: [number, number][] = [
    [54.6, 21.79],
    [55.07, 21.9],
    [54.94, 22.49],
    [54.77, 20.4],
    [54.95, 20.48],
    [54.66, 19.93],
    [54.46, 19.94],
  ];
  for (const [lat, lon] of kaliningrad) waypoints.push(wp(lat, lon, 1500, ['optical']));
  waypoints.push(wp(54.1, 28.0, 9000, []), wp(55.1, 33.0, 9000, []));
  return {
    format: 'open-skies-plan',
    version: 1,
    level,
    airfield: 'kubinka',
    endAirfield: 'kubinka',
    aircraft: 'oc-135b',
    waypoints,
    timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 },
  };
}

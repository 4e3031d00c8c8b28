/**
 * The same geometric questions answered with @turf/turf, as a reference point for the bench:
 * route length, point-in-polygon of every waypoint against the host, each leg against each zone
 * (does it intersect, km inside) and each leg against each state whose box it meets.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Level, Plan, WorldGeo } from '../rules';

type Area = Feature<Polygon | MultiPolygon>;

export interface TurfInputs {
  host: Area[];
  /** Every polygon of every other state with its own box (a fair prefilter for turf too). */
  states: { iso3: string; feature: Feature<Polygon>; bbox: readonly number[] }[];
  zones: Area[];
  start: [number, number];
  end: [number, number];
}

const toFeature = (polygons: readonly (readonly (readonly (readonly [number, number])[])[])[]): Area =>
  turf.multiPolygon(polygons.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x, y]))));

/** Static inputs (GeoJSON features), built once like our indexes. */
export function turfInputs(level: Level, world: WorldGeo, plan: Plan): TurfInputs {
  const hostCodes = [level.host, ...level.hostTerritory];
  const all = [...world.states.values()];
  const states = all
    .filter((s) => !hostCodes.includes(s.iso3))
    .flatMap((s) =>
      s.polygons.map((rings) => {
        const feature = turf.polygon(rings.map((ring) => ring.map(([x, y]) => [x, y])));
        return { iso3: s.iso3, feature, bbox: turf.bbox(feature) };
      }),
    );
  const zones = level.zones
    .filter((z) => z.geometry.type !== 'LineString')
    .map((z) => turf.feature(z.geometry as Polygon | MultiPolygon) as Area);
  const start = world.airfields.get(plan.airfield);
  const end = world.airfields.get(plan.endAirfield ?? plan.airfield);
  return {
    host: all.filter((s) => hostCodes.includes(s.iso3)).map((s) => toFeature(s.polygons)),
    states,
    zones,
    start: [start?.lon ?? 0, start?.lat ?? 0],
    end: [end?.lon ?? 0, end?.lat ?? 0],
  };
}

function kmInside(leg: Feature<LineString>, zone: Area): number {
  if (!turf.booleanIntersects(leg, zone)) return 0;
  let km = 0;
  for (const part of turf.lineSplit(leg, zone).features) {
    const mid = turf.along(part, turf.length(part) / 2);
    if (turf.booleanPointInPolygon(mid, zone)) km += turf.length(part);
  }
  if (km === 0 && turf.booleanPointInPolygon(turf.point(leg.geometry.coordinates[0] as number[]), zone)) {
    km = turf.length(leg);
  }
  return km;
}

/** Returns a checksum so the work cannot be optimised away. */
export function turfCheck(plan: Plan, inputs: TurfInputs): number {
  const coords: [number, number][] = [
    inputs.start,
    ...plan.waypoints.map((w) => [w.lon, w.lat] as [number, number]),
    inputs.end,
  ];
  let sum = turf.length(turf.lineString(coords));
  for (const w of plan.waypoints) {
    const p = turf.point([w.lon, w.lat]);
    if (!inputs.host.some((h) => turf.booleanPointInPolygon(p, h))) sum += 1;
  }
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1] as [number, number];
    const b = coords[i] as [number, number];
    const leg = turf.lineString([a, b]);
    for (const zone of inputs.zones) sum += kmInside(leg, zone);
    const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
    const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    for (const s of inputs.states) {
      const [sx0 = 0, sy0 = 0, sx1 = 0, sy1 = 0] = s.bbox;
      if (sx0 > x1 || sx1 < x0 || sy0 > y1 || sy1 < y0) continue;
      if (turf.booleanIntersects(leg, s.feature)) sum += 1;
    }
  }
  return sum;
}

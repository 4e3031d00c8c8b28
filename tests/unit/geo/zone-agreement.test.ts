/**
 * One zone geometry (src/rules/geo/zones.ts): the checks (findings), the simulation (zone
 * entries) and the host (detours) give the same answer to "is this point in the zone?" for
 * 10,000 seeded random points near the edges of every zone of every shipped level, and that
 * answer matches an independent reference (turf) away from the boundary.
 */
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { createRng } from '../../../src/rules/prng';
import { parseLevel } from '../../../src/rules/level';
import type { AirspaceZone, Level, Plan, RulesContext, ZoneFeature } from '../../../src/rules/types';
import { checkZones } from '../../../src/rules/checks/zones';
import { legBox } from '../../../src/rules/checks/leg-box';
import type { Derived, DerivedLeg } from '../../../src/rules/checks/derived';
import { inZone as simInZone, zoneBufferKm } from '../../../src/rules/sim';
import { destination, type LatLon } from '../../../src/rules/sim/sphere';
import { legMeetsZone } from '../../../src/rules/geo/zones';
import { levelFiles, readJson } from '../levels/files';

const POINTS_PER_ZONE = 10_000;

function levels(): Level[] {
  return levelFiles().map((f) => {
    const r = parseLevel(readJson(f));
    if (!r.ok) throw new Error(`${f}: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    return r.value;
  });
}

/** The zone's edges as segments of [lon, lat] pairs (rings or the line). */
function segments(zone: ZoneFeature): [number[], number[]][] {
  const g = zone.geometry;
  const lines =
    g.type === 'LineString' ? [g.coordinates] : g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const out: [number[], number[]][] = [];
  for (const line of lines) for (let i = 0; i + 1 < line.length; i++) out.push([line[i]!, line[i + 1]!]);
  return out;
}

/** A point on a random edge, moved up to (twice the buffer + 5 km) in a random direction. */
function nearEdge(rng: ReturnType<typeof createRng>, zone: ZoneFeature): LatLon {
  const [a, b] = rng.pick(segments(zone));
  const t = rng.float();
  const on = { lat: a[1]! + t * (b[1]! - a[1]!), lon: a[0]! + t * (b[0]! - a[0]!) };
  return destination(on, rng.range(0, 360), rng.range(0, 2 * zoneBufferKm(zone) + 5));
}

/**
 * The checks' answer: does checkZones raise a finding for the leg p→q (a point when q = p)? A
 * distance cap needs length inside, so its area is asked as an altitude floor (the same
 * firstPointInside the cap uses); airspace is asked while active and inside its band.
 */
function checksSay(level: Level, zone: ZoneFeature, p: LatLon, q: LatLon = p): boolean {
  const asked: ZoneFeature =
    zone.properties.kind === 'distance-cap'
      ? { ...zone, properties: { ...zone.properties, kind: 'altitude-floor', floorM: 1e9 } }
      : zone;
  const airspace = asked.properties.kind === 'hazardous' || asked.properties.kind === 'exercise';
  const tH = airspace ? ((asked.properties as AirspaceZone).activeFromH ?? 0) : 0;
  const leg = {
    index: 0,
    from: p,
    to: q,
    lengthKm: 0,
    startKm: 0,
    startH: tH,
    endH: tH,
    altitudeM: airspace ? ((asked.properties as AirspaceZone).lowerM ?? 0) : 0,
    sensors: [],
    final: false,
    box: legBox(p, q),
  } satisfies DerivedLeg;
  const ctx = { level: { ...level, zones: [asked] } } as unknown as RulesContext;
  return checkZones({} as Plan, ctx, { legs: [leg] } as unknown as Derived).length > 0;
}

/** turf's answer, and how far p is from the answer changing (km), to skip the boundary. */
function reference(zone: ZoneFeature, p: LatLon): { inside: boolean; marginKm: number } {
  const pt = turf.point([p.lon, p.lat]);
  const buffer = zoneBufferKm(zone);
  const g = zone.geometry;
  const boundary = segments(zone).map(([a, b]) => turf.lineString([a, b]));
  const dKm = Math.min(...boundary.map((l) => turf.pointToLineDistance(pt, l, { units: 'kilometers' })));
  if (g.type === 'LineString') return { inside: dKm < buffer, marginKm: Math.abs(dKm - buffer) };
  const insideArea =
    g.type === 'Polygon'
      ? turf.booleanPointInPolygon(pt, turf.polygon(g.coordinates))
      : turf.booleanPointInPolygon(pt, turf.multiPolygon(g.coordinates));
  return { inside: insideArea || dKm < buffer, marginKm: insideArea ? dKm : Math.abs(dKm - buffer) };
}

describe('checks, simulation and host agree on zone membership', () => {
  const all = levels().flatMap((level) => level.zones.map((zone) => ({ level, zone })));

  it('covers every zone kind the levels use', () => {
    expect(new Set(all.map((z) => z.zone.properties.kind))).toEqual(
      new Set(['distance-cap', 'corridor', 'altitude-floor', 'hazardous', 'exercise']),
    );
  });

  it.each(all.map((z) => [`${z.level.id} ${z.zone.properties.id}`, z] as const))(
    '%s: 10,000 points near its edges',
    (_name, { level, zone }) => {
      const rng = createRng(12_012);
      let inside = 0;
      let referenced = 0;
      for (let i = 0; i < POINTS_PER_ZONE; i++) {
        const p = nearEdge(rng, zone);
        const sim = simInZone(zone, p);
        const host = legMeetsZone(zone, p, p);
        const checks = checksSay(level, zone, p);
        if (sim !== host || sim !== checks) {
          expect({ p, sim, host, checks }).toEqual({ p, sim, host: sim, checks: sim });
        }
        if (sim) inside++;
        if (i % 10 === 0) {
          const ref = reference(zone, p);
          if (ref.marginKm > 0.5) {
            referenced++;
            if (ref.inside !== sim) expect({ p, sim, ref }).toEqual({ p, sim, ref: { ...ref, inside: sim } });
          }
        }
      }
      // Near the edges, both answers occur often: the points test the boundary, not one side.
      expect(inside).toBeGreaterThan(POINTS_PER_ZONE * 0.1);
      expect(inside).toBeLessThan(POINTS_PER_ZONE * 0.9);
      expect(referenced).toBeGreaterThan(POINTS_PER_ZONE / 20);
    },
    120_000,
  );

  it.each(all.map((z) => [`${z.level.id} ${z.zone.properties.id}`, z] as const))(
    '%s: the host and the checks agree on 2,000 short legs near its edges (exact, no sampling)',
    (_name, { level, zone }) => {
      const rng = createRng(12_013);
      let met = 0;
      for (let i = 0; i < 2_000; i++) {
        const a = nearEdge(rng, zone);
        const b = destination(a, rng.range(0, 360), rng.range(0.1, 30));
        const host = legMeetsZone(zone, a, b);
        if (host !== checksSay(level, zone, a, b)) expect({ a, b, host }).toEqual({ a, b, host: !host });
        if (host) met++;
      }
      expect(met).toBeGreaterThan(200);
      expect(met).toBeLessThan(1_800);
    },
    120_000,
  );

  it('only a corridor claims a buffer: a line zone of another kind has no inside anywhere', () => {
    const corridor = all.find((z) => z.zone.geometry.type === 'LineString')!;
    const line: ZoneFeature = {
      ...corridor.zone,
      // Not a valid level (the parser refuses a buffer on an exercise): asked all the same.
      properties: {
        ...corridor.zone.properties,
        kind: 'exercise',
        bufferKm: 10,
      } as unknown as ZoneFeature['properties'],
    };
    expect(zoneBufferKm(line)).toBe(0);
    const rng = createRng(12_014);
    for (let i = 0; i < 500; i++) {
      const p = nearEdge(rng, corridor.zone);
      expect(simInZone(line, p) || legMeetsZone(line, p, p) || checksSay(corridor.level, line, p)).toBe(
        false,
      );
    }
  });
});

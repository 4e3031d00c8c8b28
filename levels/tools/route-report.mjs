// Independent cross-check of the reference plans, without the game's rules engine:
// great-circle lengths (R = 6371.0088 km), waypoints over the host's land or 12 nmi sea,
// sensor-on legs over other states' land, 10 km from non-parties, and the level's zones.
//
//   node levels/tools/route-report.mjs [levels/reference/<file>.plan.json ...]
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, basename } from 'node:path';
import {
  distanceKm,
  interpolate,
  inPolygons,
  inState,
  state,
  stateAt,
  distanceToBorderKm,
  distanceToLineKm,
} from './geo.mjs';

const LEVELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const TERRITORIAL_SEA_KM = 22.2;

/** Airfield positions (FACTS §4 and §7, [lon, lat]). */
export const AIRFIELD_POS = {
  kubinka: [36.653, 55.608],
  'ulan-ude': [107.45, 51.8],
  vorkuta: [63.983, 67.483],
  magadan: [150.05, 59.902],
  dulles: [-77.457, 38.943],
  travis: [-121.93, 38.263],
  elmendorf: [-149.792, 61.253],
  lincoln: [-96.758, 40.85],
  honolulu: [-157.923, 21.318],
  boryspil: [30.885, 50.335],
};

/** Non-party neighbours whose 10 km strip matters for a host (FACTS geometry notes). */
const NON_PARTY_NEIGHBOURS = { RUS: ['AZE', 'KAZ', 'CHN', 'MNG', 'PRK'], UKR: ['MDA'], USA: ['MEX'] };

function overTerritory(pt, hosts) {
  if (hosts.some((h) => inState(pt, h))) return true;
  if (stateAt(pt)) return false; // another state's land
  return hosts.some((h) => distanceToBorderKm(pt, state(h).polygons) <= TERRITORIAL_SEA_KM);
}

function samples(a, b, stepKm = 3) {
  const n = Math.max(1, Math.ceil(distanceKm(a, b) / stepKm));
  return Array.from({ length: n + 1 }, (_, k) => interpolate(a, b, k / n));
}

const zonePolys = (g) =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

export function report(planPath) {
  const plan = JSON.parse(readFileSync(planPath, 'utf8'));
  const level = JSON.parse(readFileSync(join(LEVELS_DIR, `${plan.level}.json`), 'utf8'));
  const hosts = [...new Set([level.host, ...level.hostTerritory])];
  const start = AIRFIELD_POS[plan.airfield];
  const end = AIRFIELD_POS[plan.endAirfield ?? plan.airfield];
  const pts = [start, ...plan.waypoints.map((w) => [w.lon, w.lat]), end];
  const legs = pts.slice(1).map((to, i) => {
    const w = plan.waypoints[i];
    return {
      i,
      from: pts[i],
      to,
      km: distanceKm(pts[i], to),
      altitudeM: w?.altitudeM ?? plan.waypoints.at(-1).altitudeM,
      sensors: w?.sensors ?? [],
    };
  });
  const out = [];
  const total = legs.reduce((s, l) => s + l.km, 0);
  const max = level.airfields.find((a) => a.id === plan.airfield)?.maxDistanceKm;
  out.push(`distance ${total.toFixed(1)} / ${max} km${total > max ? '  TOO LONG' : ''}`);
  plan.waypoints.forEach((w, i) => {
    if (!overTerritory([w.lon, w.lat], hosts))
      out.push(`waypoint ${i + 1} (${w.lat}, ${w.lon}) outside ${hosts.join('/')}`);
  });
  for (const leg of legs) {
    if (leg.sensors.length === 0) continue;
    const foreign = samples(leg.from, leg.to)
      .map(stateAt)
      .find((s) => s && !hosts.includes(s.iso3));
    if (foreign) out.push(`leg ${leg.i} has sensors on over ${foreign.name}`);
  }
  for (const iso3 of NON_PARTY_NEIGHBOURS[level.host] ?? []) {
    const polys = state(iso3).polygons;
    let min = Infinity;
    for (const leg of legs)
      for (const p of samples(leg.from, leg.to, 5))
        if (Math.abs(p[1] - state(iso3).bbox[1]) < 30) min = Math.min(min, distanceToBorderKm(p, polys));
    if (min < 60) out.push(`closest to ${iso3}: ${min.toFixed(1)} km${min < 10 ? '  NON-PARTY BUFFER' : ''}`);
  }
  for (const zone of level.zones) {
    const p = zone.properties;
    if (p.kind === 'corridor') {
      const min = Math.min(
        ...legs.flatMap((l) =>
          samples(l.from, l.to, 1).map((q) => distanceToLineKm(q, zone.geometry.coordinates)),
        ),
      );
      out.push(
        `${p.id}: closest ${min.toFixed(1)} km (buffer ${p.bufferKm})${min < p.bufferKm ? '  CORRIDOR' : ''}`,
      );
      continue;
    }
    const polys = zonePolys(zone.geometry);
    let inside = 0;
    const lows = [];
    for (const leg of legs) {
      const s = samples(leg.from, leg.to, 0.5);
      let legInside = 0;
      for (let k = 1; k < s.length; k++) {
        const mid = interpolate(s[k - 1], s[k], 0.5);
        if (inPolygons(mid, polys)) legInside += distanceKm(s[k - 1], s[k]);
      }
      inside += legInside;
      if (legInside > 0 && p.floorM && leg.altitudeM < p.floorM) lows.push(leg.i);
    }
    const flag =
      p.capKm && inside > p.capKm ? '  OVER CAP' : lows.length ? `  BELOW FLOOR on legs ${lows}` : '';
    out.push(
      `${p.id} (${p.kind}): ${inside.toFixed(1)} km inside${p.capKm ? ` / cap ${p.capKm}` : ''}${flag}`,
    );
  }
  return out;
}

const main = process.argv[1] === fileURLToPath(import.meta.url);
if (main) {
  const dir = join(LEVELS_DIR, 'reference');
  const files =
    process.argv.length > 2
      ? process.argv.slice(2)
      : readdirSync(dir)
          .filter((f) => f.endsWith('.plan.json'))
          .map((f) => join(dir, f));
  for (const f of files) console.log(`${basename(f)}\n  ${report(f).join('\n  ')}`);
}

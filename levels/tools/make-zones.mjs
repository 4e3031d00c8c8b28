// Regenerates the geometry of the zones that follow real borders or are drawn as circles, and
// writes it into the level files in place (every other field of a level is hand-authored).
//
//   node levels/tools/make-zones.mjs          # rewrite levels/*.json
//   node levels/tools/make-zones.mjs --check  # exit 1 if a level file is out of date
//
// Borders: Natural Earth 1:50m (world-atlas countries-50m.json). Approximations are stated in
// each level's texts.whatHappened.approximations.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as turf from '@turf/turf';
import * as prettier from 'prettier';
import { state, distanceToBorderKm } from './geo.mjs';

const LEVELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** 12 nautical miles: the territorial sea counts as territory (Art. II.8). */
const TERRITORIAL_SEA_KM = 22.2;
const round = (v) => Math.round(v * 1e4) / 1e4;
const roundRing = (ring) => ring.map(([x, y]) => [round(x), round(y)]);

function roundGeometry(g) {
  if (g.type === 'LineString') return { type: g.type, coordinates: roundRing(g.coordinates) };
  if (g.type === 'Polygon') return { type: g.type, coordinates: g.coordinates.map(roundRing) };
  return { type: g.type, coordinates: g.coordinates.map((p) => p.map(roundRing)) };
}

/** Kaliningrad oblast: Russia's polygon west of 23° E, plus its 12 nmi territorial sea. */
function kaliningrad() {
  const ring = state('RUS').polygons.find((p) => p[0].every(([lon]) => lon < 23))[0];
  const pol = state('POL').polygons;
  const ltu = state('LTU').polygons;
  const open = ring.slice(0, -1);
  const near = (p, polys) => distanceToBorderKm(p, polys) < 1;
  // Land borders as chains in ring order, then the sea boundary extended along the parallel
  // of each border's coastal end (an approximation of the lateral maritime boundaries).
  const south = open.filter((p) => near(p, pol)).sort((a, b) => a[0] - b[0]);
  const northIdx = open.map((p, i) => (near(p, ltu) && !near(p, pol) ? i : -1)).filter((i) => i >= 0);
  // The chain wraps the ring's start: begin at the northern tip of the Curonian Spit (end of
  // the ring), cross the lagoon and run east, then south to the tri-point with Poland.
  // Start after the widest jump in ring order (the Sambia coast between the two chains).
  let start = 0;
  northIdx.forEach((v, k) => {
    if (k > 0 && v - northIdx[k - 1] > northIdx[start] - (northIdx[start - 1] ?? northIdx[start])) start = k;
  });
  const chain = [...northIdx.slice(start), ...northIdx.slice(0, start)].map((i) => open[i]);
  const tri = south[south.length - 1];
  const spitNorth = chain[0];
  const spitSouth = south[0];
  const northCut = turf.polygon([
    [[17, 57], [17, spitNorth[1]], ...chain, tri, [25, tri[1]], [25, 57], [17, 57]],
  ]);
  const southCut = turf.polygon([
    [[17, 53], [25, 53], [25, tri[1]], ...[...south].reverse(), [17, spitSouth[1]], [17, 53]],
  ]);
  const land = turf.polygon([ring]);
  const buffered = turf.buffer(land, TERRITORIAL_SEA_KM, { units: 'kilometers', steps: 8 });
  let zone = turf.difference(turf.featureCollection([buffered, northCut]));
  zone = turf.difference(turf.featureCollection([zone, southCut]));
  zone = turf.union(turf.featureCollection([zone, land]));
  // The Russian part of the Curonian Lagoon is internal water of the oblast: no holes.
  const outer = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates[0] : null;
  if (!outer) throw new Error('Kaliningrad zone is not one polygon');
  return turf.simplify(turf.polygon([outer]), { tolerance: 0.002, highQuality: true }).geometry;
}

/** Main Hawaiian Islands (Niihau to Hawaii): convex hull of the land, plus territorial sea. */
function hawaii() {
  const islands = state('USA').polygons.filter((p) => p[0][0][0] < -154 && p[0][0][1] < 23);
  const points = turf.featureCollection(islands.flatMap((p) => p[0].map((c) => turf.point(c))));
  const hull = turf.convex(points);
  const zone = turf.buffer(hull, TERRITORIAL_SEA_KM, { units: 'kilometers', steps: 8 });
  return turf.simplify(zone, { tolerance: 0.005, highQuality: true }).geometry;
}

/** The Russia–Georgia border between two longitudes, west to east (Natural Earth line). */
function russiaGeorgiaBorder(minLon, maxLon) {
  const geo = state('GEO').polygons;
  const ring = state('RUS')
    .polygons.map((p) => p[0])
    .find((r) => r.some(([x, y]) => x > 40 && x < 45 && y > 42 && y < 44));
  const line = ring
    .filter(([lon, lat]) => lon >= minLon && lon <= maxLon && lat > 42 && lat < 44)
    .filter((p) => distanceToBorderKm(p, geo) < 0.5)
    .sort((a, b) => a[0] - b[0]);
  return { type: 'LineString', coordinates: line };
}

/** A circle as a polygon (turf.circle: geodesic, 48 steps). */
function circle(lon, lat, radiusKm) {
  return turf.circle([lon, lat], radiusKm, { units: 'kilometers', steps: 48 }).geometry;
}

/** zone id → geometry builder. Zone ids are unique across all levels that use them. */
const GENERATED = {
  'kaliningrad-cap': kaliningrad,
  'hawaii-cap': hawaii,
  // FACTS geometry notes: Abkhazia section from the Psou mouth to about 42.1° E; South Ossetia
  // section between about 43.6° E and 44.5° E.
  'abkhazia-corridor': () => russiaGeorgiaBorder(39.9, 42.13),
  'south-ossetia-corridor': () => russiaGeorgiaBorder(43.6, 44.51),
  // Moscow altitude floor: the city and its near suburbs (radius is a game value).
  'moscow-floor': () => circle(37.618, 55.751, 40),
  // Plesetsk launch hazard area (game value: 60 km around the cosmodrome).
  'plesetsk-launch-hazard': () => circle(40.578, 62.926, 60),
  // Kapustin Yar test range (game value: 45 km around the range centre).
  'kapustin-yar-range': () => circle(45.9, 48.6, 45),
  // Fictional exercise area east of the Volga, kept well clear of Kazakhstan (level 07 is a
  // typical case, not history).
  'exercise-volga-east': () => circle(46.25, 50.65, 55),
  // Washington DC restricted airspace (approximation of the DC Flight Restricted Zone, ~15 nmi).
  'washington-frz': () => circle(-77.037, 38.852, 28),
  // Presidential temporary flight restriction over Bedminster, NJ (10 nmi inner ring).
  'bedminster-tfr': () => circle(-74.695, 40.653, 18.5),
  // Level 08: a host altitude limit over Hampton Roads (a game example, 35 km around Norfolk).
  'norfolk-altitude-limit': () => circle(-76.33, 36.97, 35),
};

/** Level JSON as Prettier prints it with the repository's config (stable under `prettier --check`). */
export async function formatLevel(level, path) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(level), { ...options, parser: 'json' });
}

export const GENERATED_ZONES = GENERATED;
const main = process.argv[1] === fileURLToPath(import.meta.url);
const check = process.argv.includes('--check');
const built = new Map();
let stale = 0;
const files = main ? readdirSync(LEVELS_DIR).filter((f) => /^\d\d-.*\.json$/.test(f)) : [];
for (const file of files) {
  const path = join(LEVELS_DIR, file);
  const text = readFileSync(path, 'utf8');
  const level = JSON.parse(text);
  for (const zone of level.zones) {
    const make = GENERATED[zone.properties.id];
    if (!make) continue;
    if (!built.has(zone.properties.id)) built.set(zone.properties.id, roundGeometry(make()));
    zone.geometry = built.get(zone.properties.id);
  }
  const out = await formatLevel(level, path);
  if (out !== text) {
    stale++;
    if (!check) writeFileSync(path, out);
    console.log(`${check ? 'out of date' : 'wrote'} ${file}`);
  }
}
if (check && stale > 0) process.exit(1);

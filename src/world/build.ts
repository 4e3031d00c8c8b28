/**
 * World geometry from the world-atlas TopoJSON (Natural Earth 1:50m): one StateGeometry per
 * state keyed by ISO alpha-3, with dependencies that are treaty territory merged into their
 * state (see TREATY_TERRITORY_OF). Pure: the caller loads the topology (fetch in the browser,
 * load-node.ts in Node).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AIRCRAFT } from './aircraft';
import { AIRFIELDS } from './airfields';
import { TREATY_TERRITORY_OF, atlasAlpha3 } from './iso';
import { partiesInYear } from './parties';
import type { Iso3, LonLat, PolygonRings, StateGeometry, WorldGeo } from './types';

export interface AtlasProperties {
  name: string;
}

export type AtlasTopology = Topology<{
  countries: GeometryCollection<AtlasProperties>;
  land?: GeometryCollection;
}>;

interface Draft {
  name: string;
  polygons: PolygonRings[];
  parts: Iso3[];
}

/** Every state of the atlas, keyed by alpha-3. Features with no known code are skipped. */
export function buildStates(topology: AtlasTopology): Map<Iso3, StateGeometry> {
  const collection = feature(topology, topology.objects.countries);
  const drafts = new Map<Iso3, Draft>();
  for (const f of collection.features) {
    const code = atlasAlpha3(f.id, f.properties.name);
    if (!code || !f.geometry) continue;
    const owner = TREATY_TERRITORY_OF[code] ?? code;
    let polygons: PolygonRings[] = [];
    if (f.geometry.type === 'Polygon') polygons = [f.geometry.coordinates as unknown as PolygonRings];
    else if (f.geometry.type === 'MultiPolygon')
      polygons = f.geometry.coordinates as unknown as PolygonRings[];
    const draft = drafts.get(owner) ?? { name: '', polygons: [], parts: [] };
    if (code === owner && !draft.name) draft.name = f.properties.name;
    draft.polygons.push(...polygons);
    if (!draft.parts.includes(code)) draft.parts.push(code);
    drafts.set(owner, draft);
  }
  const states = new Map<Iso3, StateGeometry>();
  for (const [iso3, d] of [...drafts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = [iso3, ...d.parts.filter((x) => x !== iso3).sort()];
    states.set(iso3, { iso3, name: d.name || iso3, polygons: d.polygons, bbox: bboxOf(d.polygons), parts });
  }
  return states;
}

/** The world of a level's year: every state's geometry, that year's parties, airfields, aircraft. */
export function buildWorldGeo(topology: AtlasTopology, year: number): WorldGeo {
  return withYear(buildStates(topology), year);
}

/** Same states (so the same cached indexes per WorldGeo object), another year's parties. */
export function withYear(states: ReadonlyMap<Iso3, StateGeometry>, year: number): WorldGeo {
  return {
    states,
    parties: partiesInYear(year),
    airfields: new Map(AIRFIELDS.map((a) => [a.id, a])),
    aircraft: new Map(AIRCRAFT.map((a) => [a.id, a])),
  };
}

export function bboxOf(polygons: readonly PolygonRings[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Kaliningrad oblast's box, generous (FACTS §7: ~54.3–55.3 N, ~19.6–22.9 E). */
const KALININGRAD_BOX = { minLon: 19, maxLon: 23, minLat: 54, maxLat: 56 } as const;

/**
 * Kaliningrad oblast: the polygons of Russia west of Lithuania (FACTS: "the part of Russia's
 * multipolygon west of Lithuania"), i.e. those lying wholly inside the box above.
 */
export function kaliningradPolygons(world: WorldGeo): PolygonRings[] {
  const russia = world.states.get('RUS');
  if (!russia) return [];
  const b = KALININGRAD_BOX;
  return russia.polygons.filter((rings) => {
    const outer: readonly LonLat[] = rings[0] ?? [];
    return (
      outer.length > 0 &&
      outer.every(([x, y]) => x >= b.minLon && x <= b.maxLon && y >= b.minLat && y <= b.maxLat)
    );
  });
}

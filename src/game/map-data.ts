/**
 * Everything the static map layers draw, projected once into map pixels: land per state
 * (host marked), borders, coastlines, graticule. Built from world-atlas TopoJSON (Natural
 * Earth 1:50m). Pure: no Phaser; scenes only draw what this returns.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { atlasAlpha3, TREATY_TERRITORY_OF } from '../world/iso';
import type { Iso3, PolygonRings } from '../world/types';
import { createMapProjection, type BBox, type MapProjection } from './projection';
import { graticule, projectGeo } from './project-geo';
import { signedArea2 } from './clip';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export interface LandShape {
  iso3: string;
  host: boolean;
  /** Outer rings, flat map px. */
  outer: number[][];
  /** Holes (enclaves of other states, lakes), flat map px. */
  holes: number[][];
}

export interface BaseGeometry {
  projection: MapProjection;
  land: LandShape[];
  borders: number[][];
  coast: number[][];
  graticule: number[][];
}

/** The state a feature's territory counts for (Greenland with Denmark…). */
export function treatyIso3(id: string | number | undefined, name: string | undefined): string | undefined {
  const own = atlasAlpha3(id, name);
  return own === undefined ? undefined : (TREATY_TERRITORY_OF[own] ?? own);
}

function isTopology(x: unknown): x is CountriesTopology {
  const t = x as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return !!t && t.type === 'Topology' && t.objects?.countries?.type === 'GeometryCollection';
}

export function asCountriesTopology(x: unknown): CountriesTopology | null {
  return isTopology(x) ? x : null;
}

/** The host's polygons straight from the atlas (d3's winding). */
export function hostPolygons(topology: CountriesTopology, hostTerritory: ReadonlySet<Iso3>): PolygonRings[] {
  const fc = feature(topology, topology.objects.countries);
  const out: PolygonRings[] = [];
  for (const f of fc.features) {
    const iso = treatyIso3(f.id, f.properties?.name);
    if (!iso || !hostTerritory.has(iso)) continue;
    const g = f.geometry;
    if (g?.type === 'Polygon') out.push(g.coordinates as unknown as PolygonRings);
    if (g?.type === 'MultiPolygon') for (const p of g.coordinates) out.push(p as unknown as PolygonRings);
  }
  return out;
}

export function buildBaseGeometry(
  topology: CountriesTopology,
  hostTerritory: ReadonlySet<Iso3>,
  areaOfInterest?: BBox,
): BaseGeometry {
  const polygons = hostPolygons(topology, hostTerritory);
  const projection = createMapProjection(areaOfInterest ? { polygons, areaOfInterest } : { polygons });
  const atlas = withoutResampling(projection, () => projectAtlas(topology, projection, hostTerritory));
  return { projection, ...atlas, graticule: graticule(projection).lines };
}

/**
 * Runs `fn` with d3's adaptive resampling off. Natural Earth 1:50m is dense enough that it never
 * adds a point to the atlas's edges (tested: the same rings to the last digit), yet testing every
 * edge for it took half of the time of projecting the atlas. Everything else keeps it.
 */
function withoutResampling<T>(projection: MapProjection, fn: () => T): T {
  const precision = projection.d3.precision();
  projection.d3.precision(0);
  try {
    return fn();
  } finally {
    projection.d3.precision(precision);
  }
}

/** Land per state (outer rings and holes), borders and coasts, in map px. */
function projectAtlas(
  topology: CountriesTopology,
  projection: MapProjection,
  hostTerritory: ReadonlySet<Iso3>,
): Pick<BaseGeometry, 'land' | 'borders' | 'coast'> {
  const fc = feature(topology, topology.objects.countries);
  const land: LandShape[] = [];
  for (const f of fc.features) {
    const iso = treatyIso3(f.id, f.properties?.name) ?? String(f.properties?.name ?? f.id ?? '');
    const { rings } = projectGeo(projection, f);
    if (rings.length === 0) continue;
    // d3 emits outer rings and holes with opposite windings on screen.
    const outerSign = Math.sign(
      signedArea2(rings.reduce((a, b) => (Math.abs(signedArea2(b)) > Math.abs(signedArea2(a)) ? b : a))),
    );
    const outer = rings.filter((r) => Math.sign(signedArea2(r)) === outerSign);
    const holes = rings.filter((r) => Math.sign(signedArea2(r)) !== outerSign);
    land.push({ iso3: iso, host: hostTerritory.has(iso), outer, holes });
  }
  const countries = topology.objects.countries;
  const borders = projectGeo(
    projection,
    mesh(topology, countries, (a, b) => a !== b),
  ).lines;
  const coast = projectGeo(
    projection,
    mesh(topology, countries, (a, b) => a === b),
  ).lines;
  return { land, borders, coast };
}

const cache = new Map<string, BaseGeometry>();

/**
 * buildBaseGeometry, remembered for the last few subjects: projecting the 1:50m world takes
 * about a second, and players go back and forth between the menu and a mission.
 */
export function cachedBaseGeometry(
  topology: CountriesTopology,
  hostTerritory: ReadonlySet<Iso3>,
  areaOfInterest?: BBox,
): BaseGeometry {
  const key = `${[...hostTerritory].sort().join(',')}|${areaOfInterest?.join(',') ?? ''}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const built = buildBaseGeometry(topology, hostTerritory, areaOfInterest);
  cache.set(key, built);
  while (cache.size > 3) cache.delete(cache.keys().next().value as string);
  return built;
}

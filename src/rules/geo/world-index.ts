/**
 * Indexes of the whole world, built once per WorldGeo geometry and cached in a WeakMap (static
 * map data, not results). A coarse presence raster finds the states under a point or leg;
 * each state's own AreaIndex (built on first use) answers precisely.
 */
import type { WorldGeo } from '../types';
import { areaPolygons, buildAreaIndex, type AreaIndex } from './area-index';
import { lonPadDeg } from './edges';
import { KM_PER_DEG } from './planar';
import { legPieces } from './pieces';
import { PresenceRaster } from './presence';
import { TERRITORIAL_SEA_KM, distanceKm, type LatLon } from './sphere';

export interface WorldIndex {
  state(iso3: string): AreaIndex | undefined;
  /** Which state is at this point (land only), or null at sea. */
  stateAt(p: LatLon): string | null;
  /** States whose land a leg a→b crosses (excluding those given), in the order the leg meets them. */
  statesCrossed(a: LatLon, b: LatLon, exclude: ReadonlySet<string>): string[];
  /** On the state's land or within its 12 nmi territorial sea. */
  inTerritory(iso3: string, p: LatLon): boolean;
  /**
   * Addition to the agreed API: states (not excluded) whose land comes within limitKm of the
   * leg a→b, sorted by code — e.g. the non-parties for the 10 km rule, in one call.
   */
  statesNear(a: LatLon, b: LatLon, limitKm: number, exclude: ReadonlySet<string>): string[];
}

// Keyed by the states map: the index depends on geometry only, so worlds of different years
// that share their states (src/world withYear) share one index.
const ascending = (x: number, y: number): number => x - y;
const cache = new WeakMap<WorldGeo['states'], WorldIndex>();

export function worldIndex(world: WorldGeo): WorldIndex {
  let index = cache.get(world.states);
  if (!index) {
    index = buildWorldIndex(world);
    cache.set(world.states, index);
  }
  return index;
}

function buildWorldIndex(world: WorldGeo): WorldIndex {
  const codes = [...world.states.keys()];
  const list = codes.map((code) => buildAreaIndex(world.states.get(code)!.polygons));
  const areas = new Map(codes.map((code, k) => [code, list[k]!]));
  let raster: PresenceRaster | null = null;
  const presence = (): PresenceRaster => (raster ??= new PresenceRaster(list.map(areaPolygons)));
  const found: number[] = [];

  /** States present under the leg's pieces, each piece's box grown by padKm (sorted; reused array). */
  const underLeg = (a: LatLon, b: LatLon, padKm: number): number[] => {
    const pieces = legPieces(a, b);
    const r = presence();
    r.begin();
    found.length = 0;
    const xy = pieces.xy;
    const dLat = padKm / KM_PER_DEG;
    for (let o = 0; o < pieces.n * 4; o += 4) {
      const y0 = Math.min(xy[o + 1]!, xy[o + 3]!);
      const y1 = Math.max(xy[o + 1]!, xy[o + 3]!);
      const dLon = padKm > 0 ? lonPadDeg(Math.max(Math.abs(y0), Math.abs(y1)), padKm) : 0;
      r.collect(
        Math.min(xy[o]!, xy[o + 2]!) - dLon,
        y0 - dLat,
        Math.max(xy[o]!, xy[o + 2]!) + dLon,
        y1 + dLat,
        found,
      );
    }
    return found.length > 1 ? found.sort(ascending) : found;
  };

  const stateAt = (p: LatLon): string | null => {
    const r = presence();
    r.begin();
    found.length = 0;
    r.collect(p.lon, p.lat, p.lon, p.lat, found);
    let best = -1;
    for (const k of found) if ((best < 0 || k < best) && list[k]!.contains(p)) best = k;
    return best < 0 ? null : codes[best]!;
  };

  return {
    state: (iso3) => areas.get(iso3),
    stateAt,
    statesCrossed(a, b, exclude) {
      const hits: { code: string; km: number }[] = [];
      for (const k of underLeg(a, b, 0)) {
        const code = codes[k]!;
        if (exclude.has(code)) continue;
        const first = list[k]!.firstPointInside(a, b);
        if (first) hits.push({ code, km: distanceKm(a, first) });
      }
      hits.sort((x, y) => x.km - y.km || (x.code < y.code ? -1 : 1));
      return hits.map((h) => h.code);
    },
    statesNear(a, b, limitKm, exclude) {
      const near: string[] = [];
      for (const k of underLeg(a, b, limitKm)) {
        const code = codes[k]!;
        if (exclude.has(code)) continue;
        const area = list[k]!;
        if (area.legDistanceToBoundaryKm(a, b, limitKm) <= limitKm || area.firstPointInside(a, b))
          near.push(code);
      }
      return near.sort();
    },
    inTerritory(iso3, p) {
      const area = areas.get(iso3);
      if (!area) return false;
      if (area.contains(p)) return true;
      // The territorial sea is sea: a point on another state's land near the border is not in it.
      if (area.distanceToBoundaryKm(p, TERRITORIAL_SEA_KM) > TERRITORIAL_SEA_KM) return false;
      return stateAt(p) === null;
    },
  };
}

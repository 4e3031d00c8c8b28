/**
 * An indexed area (a state, a zone polygon, Kaliningrad): even-odd rule over all rings of all
 * polygons, in the lon/lat plane Natural Earth draws them in. The edge R-tree and the
 * point-in-polygon grid are built on first use, so indexing every state of the world costs
 * nothing until one is asked about.
 */
import type { PolygonRings } from '../../world/types';
import { EdgeSet, degreesAround } from './edges';
import { cutAtAntimeridian } from './antimeridian';
import { PipGrid } from './grid';
import { KM_PER_DEG } from './planar';
import { legPieces, type Pieces } from './pieces';
import { wrapLon, type LatLon } from './sphere';

export interface AreaIndex {
  readonly bbox: readonly [number, number, number, number];
  contains(p: LatLon): boolean;
  /** Distance from p to the area's boundary in km, or Infinity when farther than limitKm. */
  distanceToBoundaryKm(p: LatLon, limitKm: number): number;
  /** Smallest distance between the great-circle leg a→b and the boundary, or Infinity when farther than limitKm. */
  legDistanceToBoundaryKm(a: LatLon, b: LatLon, limitKm: number): number;
  /** Km of the great-circle leg a→b that lie inside the area. */
  legLengthInsideKm(a: LatLon, b: LatLon): number;
  /** First point where the leg a→b is inside the area, or null. */
  firstPointInside(a: LatLon, b: LatLon): LatLon | null;
}

const params: number[] = [];

class LazyAreaIndex implements AreaIndex {
  readonly bbox: readonly [number, number, number, number];
  private built: { edges: EdgeSet; grid: PipGrid } | null = null;

  private readonly polygons: readonly PolygonRings[];

  constructor(polygons: readonly PolygonRings[]) {
    this.polygons = cutAtAntimeridian(polygons);
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of this.polygons) {
      for (const ring of rings) {
        for (const [x, y] of ring) {
          if (x < box[0]) box[0] = x;
          if (y < box[1]) box[1] = y;
          if (x > box[2]) box[2] = x;
          if (y > box[3]) box[3] = y;
        }
      }
    }
    this.bbox = box;
  }

  /** The rings, cut at the antimeridian (for world-level rasters). */
  cutPolygons(): readonly PolygonRings[] {
    return this.polygons;
  }

  private index(): { edges: EdgeSet; grid: PipGrid } {
    if (!this.built) {
      const edges = new EdgeSet(this.polygons.flat());
      this.built = { edges, grid: new PipGrid(edges, this.bbox) };
    }
    return this.built;
  }

  contains(p: LatLon): boolean {
    const b = this.bbox;
    if (p.lon < b[0] || p.lon > b[2] || p.lat < b[1] || p.lat > b[3]) return false;
    return this.index().grid.contains(p.lon, p.lat);
  }

  distanceToBoundaryKm(p: LatLon, limitKm: number): number {
    const [dLon, dLat] = degreesAround(Math.abs(p.lat), limitKm);
    if (!this.boxNear(p.lon - dLon, p.lat - dLat, p.lon + dLon, p.lat + dLat)) return Infinity;
    return this.index().edges.distanceToPointKm(p.lon, p.lat, limitKm);
  }

  legDistanceToBoundaryKm(a: LatLon, b: LatLon, limitKm: number): number {
    const pieces = legPieces(a, b);
    const [x0, y0, x1, y1] = pieces.bbox;
    const dLat = limitKm / KM_PER_DEG;
    const box = this.bbox;
    if (y0 - dLat > box[3] || y1 + dLat < box[1]) return Infinity;
    const dLon = degreesAround(Math.max(Math.abs(y0), Math.abs(y1)), limitKm)[0];
    if (!this.boxNear(x0 - dLon, y0 - dLat, x1 + dLon, y1 + dLat)) return Infinity;
    return this.index().edges.distanceToPiecesKm(pieces, limitKm);
  }

  legLengthInsideKm(a: LatLon, b: LatLon): number {
    const pieces = legPieces(a, b);
    if (!this.boxNear(...pieces.bbox)) return 0;
    let km = 0;
    for (let i = 0; i < pieces.n; i++) {
      this.walkPiece(pieces, i, (s0, s1) => {
        km += (s1 - s0) * pieces.km[i]!;
        return false;
      });
    }
    return km;
  }

  firstPointInside(a: LatLon, b: LatLon): LatLon | null {
    const pieces = legPieces(a, b);
    if (!this.boxNear(...pieces.bbox)) return null;
    for (let i = 0; i < pieces.n; i++) {
      const s0 = this.walkPiece(pieces, i, () => true);
      if (s0 < 0) continue;
      if (i === 0 && s0 === 0) return { lat: a.lat, lon: a.lon };
      const o = i * 4;
      const xy = pieces.xy;
      return {
        lat: xy[o + 1]! + s0 * (xy[o + 3]! - xy[o + 1]!),
        lon: wrapLon(xy[o]! + s0 * (xy[o + 2]! - xy[o]!)),
      };
    }
    return null;
  }

  /**
   * Calls inside(s0, s1) for each stretch [s0, s1] of piece i that lies inside, in order, until
   * it returns true; then returns that s0, else -1. Stretches lie between boundary crossings;
   * each is classified by its middle.
   */
  private walkPiece(pieces: Pieces, i: number, inside: (s0: number, s1: number) => boolean): number {
    const o = i * 4;
    const xy = pieces.xy;
    const x1 = xy[o]!;
    const y1 = xy[o + 1]!;
    const x2 = xy[o + 2]!;
    const y2 = xy[o + 3]!;
    const b = this.bbox;
    if (
      Math.max(x1, x2) < b[0] ||
      Math.min(x1, x2) > b[2] ||
      Math.max(y1, y2) < b[1] ||
      Math.min(y1, y2) > b[3]
    ) {
      return -1;
    }
    const { edges, grid } = this.index();
    params.length = 0;
    edges.crossings(x1, y1, x2, y2, params);
    params.sort((p, q) => p - q);
    params.push(1);
    let s0 = 0;
    for (const s1 of params) {
      if (s1 - s0 > 1e-12) {
        const m = (s0 + s1) / 2;
        if (grid.contains(x1 + m * (x2 - x1), y1 + m * (y2 - y1)) && inside(s0, s1)) return s0;
      }
      s0 = s1;
    }
    return -1;
  }

  private boxNear(minX: number, minY: number, maxX: number, maxY: number): boolean {
    const b = this.bbox;
    if (maxY < b[1] || minY > b[3]) return false;
    if (minX < -180 || maxX > 180) return true; // wraps: let the edge queries decide
    return !(maxX < b[0] || minX > b[2]);
  }
}

/** The rings of an index made by buildAreaIndex, cut at ±180° (internal to src/rules/geo). */
export function areaPolygons(area: AreaIndex): readonly PolygonRings[] {
  return area instanceof LazyAreaIndex ? area.cutPolygons() : [];
}

export function buildAreaIndex(polygons: readonly PolygonRings[]): AreaIndex {
  return new LazyAreaIndex(polygons);
}

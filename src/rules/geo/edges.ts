/**
 * A set of straight lon/lat edges (polygon rings or polylines) in a Flatbush R-tree, with the
 * distance and crossing queries the area and line indexes share. Hot loops avoid closures and
 * per-query allocation (see rtree.ts).
 */
import Flatbush from 'flatbush';
import type { LonLat } from '../../world/types';
import * as antimeridian from './antimeridian';
import * as planar from './planar';
import type { Pieces } from './pieces';
import { searchInto } from './rtree';
import * as sphere from './sphere';

// Module-local bindings: transpiled ES modules (tsx, Vitest) reach imports through getters.
const { crossParam, pointSegDist2, segSegDist2 } = planar;
const { haversineKm } = sphere;
const { isCutEdge } = antimeridian;
const KPD = planar.KM_PER_DEG;
const RAD = Math.PI / 180;
const scratch: planar.Params = [0, 0];
const hits: number[] = [];

export class EdgeSet {
  /** [x1, y1, x2, y2] per edge, lon/lat degrees. */
  readonly xy: Float64Array;
  readonly count: number;
  private readonly tree: Flatbush | null;

  constructor(lines: readonly (readonly LonLat[])[]) {
    let total = 0;
    for (const line of lines) total += Math.max(0, line.length - 1);
    const xy = new Float64Array(total * 4);
    let k = 0;
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const p = line[i - 1]!;
        const q = line[i]!;
        if (p[0] === q[0] && p[1] === q[1]) continue;
        xy[k++] = p[0];
        xy[k++] = p[1];
        xy[k++] = q[0];
        xy[k++] = q[1];
      }
    }
    this.count = k / 4;
    this.xy = xy.subarray(0, k);
    if (this.count === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(this.count);
    for (let e = 0; e < this.count; e++) {
      const o = e * 4;
      const x1 = xy[o]!;
      const y1 = xy[o + 1]!;
      const x2 = xy[o + 2]!;
      const y2 = xy[o + 3]!;
      tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    tree.finish();
    this.tree = tree;
  }

  /** Edge ids whose boxes meet the box (no antimeridian wrap). A fresh array. */
  search(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return this.tree ? this.tree.search(minX, minY, maxX, maxY) : [];
  }

  /** Distance from (lon, lat) to the nearest edge in km, or Infinity beyond limitKm. */
  distanceToPointKm(lon: number, lat: number, limitKm: number): number {
    if (!this.tree) return Infinity;
    const dLat = limitKm / KPD;
    const dLon = lonPadDeg(Math.abs(lat), limitKm);
    const kx = KPD * Math.cos(lat * RAD);
    let best = Infinity;
    for (let w = 0; w < 3; w++) {
      const shift = w === 0 ? 0 : w === 1 ? -360 : 360;
      if (!this.searchShifted(lon - dLon, lat - dLat, lon + dLon, lat + dLat, shift)) continue;
      const xy = this.xy;
      for (const e of hits) {
        const o = e * 4;
        if (isCutEdge(xy[o]!, xy[o + 2]!)) continue;
        const ax = (xy[o]! + shift - lon) * kx;
        const ay = (xy[o + 1]! - lat) * KPD;
        const bx = (xy[o + 2]! + shift - lon) * kx;
        const by = (xy[o + 3]! - lat) * KPD;
        const planarKm = Math.sqrt(pointSegDist2(0, 0, ax, ay, bx, by, scratch));
        if (planarKm > Math.min(limitKm, best) * 1.05 + 0.5) continue;
        const t = scratch[1];
        const d = haversineKm(
          lat,
          lon,
          xy[o + 1]! + t * (xy[o + 3]! - xy[o + 1]!),
          xy[o]! + t * (xy[o + 2]! - xy[o]!),
        );
        if (d < best) best = d;
      }
    }
    return best <= limitKm ? best : Infinity;
  }

  /** Smallest distance between the leg pieces and any edge, km, or Infinity beyond limitKm. */
  distanceToPiecesKm(pieces: Pieces, limitKm: number): number {
    if (!this.tree) return Infinity;
    let best = Infinity;
    const xy = this.xy;
    const p = pieces.xy;
    const dLat = limitKm / KPD;
    for (let i = 0; i < pieces.n; i++) {
      const o = i * 4;
      const x1 = p[o]!;
      const y1 = p[o + 1]!;
      const x2 = p[o + 2]!;
      const y2 = p[o + 3]!;
      const lon0 = (x1 + x2) / 2;
      const lat0 = (y1 + y2) / 2;
      const dLon = lonPadDeg(Math.max(Math.abs(y1), Math.abs(y2)), limitKm);
      const kx = KPD * Math.cos(lat0 * RAD);
      const ax = (x1 - lon0) * kx;
      const ay = (y1 - lat0) * KPD;
      const bx = (x2 - lon0) * kx;
      const by = (y2 - lat0) * KPD;
      const minX = Math.min(x1, x2) - dLon;
      const maxX = Math.max(x1, x2) + dLon;
      const minY = Math.min(y1, y2) - dLat;
      const maxY = Math.max(y1, y2) + dLat;
      for (let w = 0; w < 3; w++) {
        const shift = w === 0 ? 0 : w === 1 ? -360 : 360;
        if (!this.searchShifted(minX, minY, maxX, maxY, shift)) continue;
        for (const e of hits) {
          const q = e * 4;
          if (isCutEdge(xy[q]!, xy[q + 2]!)) continue;
          const ex1 = xy[q]! + shift;
          const ey1 = xy[q + 1]!;
          const ex2 = xy[q + 2]! + shift;
          const ey2 = xy[q + 3]!;
          const d2 = segSegDist2(
            ax,
            ay,
            bx,
            by,
            (ex1 - lon0) * kx,
            (ey1 - lat0) * KPD,
            (ex2 - lon0) * kx,
            (ey2 - lat0) * KPD,
            scratch,
          );
          if (d2 === 0) return 0;
          if (Math.sqrt(d2) > Math.min(limitKm, best) * 1.05 + 0.5) continue;
          const s = scratch[0];
          const t = scratch[1];
          const d = haversineKm(
            y1 + s * (y2 - y1),
            x1 + s * (x2 - x1),
            ey1 + t * (ey2 - ey1),
            ex1 + t * (ex2 - ex1),
          );
          if (d < best) best = d;
        }
      }
    }
    return best <= limitKm ? best : Infinity;
  }

  /**
   * Parameters (0..1) along the straight segment (x1,y1)-(x2,y2) where it crosses an edge,
   * pushed into out (unsorted). The segment must lie within [-180, 180].
   */
  crossings(x1: number, y1: number, x2: number, y2: number, out: number[]): void {
    if (!this.tree) return;
    const xy = this.xy;
    searchInto(this.tree, Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), hits);
    for (const e of hits) {
      const o = e * 4;
      const s = crossParam(x1, y1, x2, y2, xy[o]!, xy[o + 1]!, xy[o + 2]!, xy[o + 3]!);
      if (s >= 0) out.push(s);
    }
  }

  /**
   * Searches the part of the box that, moved by -shift, falls inside [-180, 180]: shift 0 is
   * the box itself, ±360 the bit past the antimeridian. Results go to `hits`; false if none.
   */
  private searchShifted(minX: number, minY: number, maxX: number, maxY: number, shift: number): boolean {
    let x0 = minX;
    let x1 = maxX;
    if (shift === 0) {
      x0 = Math.max(minX, -180);
      x1 = Math.min(maxX, 180);
    } else if (shift === -360) {
      if (minX >= -180) return false;
      x0 = minX + 360;
      x1 = 180;
    } else {
      if (maxX <= 180) return false;
      x0 = -180;
      x1 = maxX - 360;
    }
    if (x0 > x1) return false;
    return searchInto(this.tree!, x0, minY, x1, maxY, hits) > 0;
  }
}

/** Longitude half-width, degrees, of a box holding every point within km of points up to maxAbsLat. */
export function lonPadDeg(maxAbsLat: number, km: number): number {
  const dLat = km / KPD;
  const worst = Math.min(89.999, maxAbsLat + dLat);
  return Math.min(dLat / Math.cos(worst * RAD), 360);
}

/** Half-sizes in degrees (lon, lat) of a box holding every point within km of points up to maxAbsLat. */
export function degreesAround(maxAbsLat: number, km: number): [number, number] {
  return [lonPadDeg(maxAbsLat, km), km / KPD];
}

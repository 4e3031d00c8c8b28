/**
 * A set of straight lon/lat edges (polygon rings or polylines) in a Flatbush R-tree, with the
 * distance and crossing queries the area and line indexes share.
 */
import Flatbush from 'flatbush';
import type { LonLat } from '../../world/types';
import { isCutEdge } from './antimeridian';
import { haversineKm } from './sphere';
import { KM_PER_DEG, crossParam, pointSegDist2, segSegDist2, type Params } from './planar';
import type { Pieces } from './pieces';

const RAD = Math.PI / 180;
const scratch: Params = [0, 0];

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

  /** Edge ids whose boxes meet the box (no antimeridian wrap). */
  search(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return this.tree ? this.tree.search(minX, minY, maxX, maxY) : [];
  }

  /**
   * Calls fn(edge, shift) for edges near the box; the box may run past ±180, in which case
   * edges from the other side are reported with shift ±360 to add to their longitudes.
   */
  private near(
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
    fn: (edge: number, shift: number) => void,
  ): void {
    if (!this.tree) return;
    for (const e of this.tree.search(Math.max(minX, -180), minY, Math.min(maxX, 180), maxY)) fn(e, 0);
    if (minX < -180) for (const e of this.tree.search(minX + 360, minY, 180, maxY)) fn(e, -360);
    if (maxX > 180) for (const e of this.tree.search(-180, minY, maxX - 360, maxY)) fn(e, 360);
  }

  /** Distance from (lon, lat) to the nearest edge in km, or Infinity beyond limitKm. */
  distanceToPointKm(lon: number, lat: number, limitKm: number): number {
    const [dLon, dLat] = degreesAround(Math.abs(lat), limitKm);
    const kx = KM_PER_DEG * Math.cos(lat * RAD);
    let best = Infinity;
    const xy = this.xy;
    this.near(lon - dLon, lat - dLat, lon + dLon, lat + dLat, (e, shift) => {
      const o = e * 4;
      if (isCutEdge(xy[o]!, xy[o + 2]!)) return;
      const ax = (xy[o]! + shift - lon) * kx;
      const ay = (xy[o + 1]! - lat) * KM_PER_DEG;
      const bx = (xy[o + 2]! + shift - lon) * kx;
      const by = (xy[o + 3]! - lat) * KM_PER_DEG;
      const planar = Math.sqrt(pointSegDist2(0, 0, ax, ay, bx, by, scratch));
      if (planar > Math.min(limitKm, best) * 1.05 + 0.5) return;
      const t = scratch[1];
      const qx = xy[o]! + t * (xy[o + 2]! - xy[o]!);
      const qy = xy[o + 1]! + t * (xy[o + 3]! - xy[o + 1]!);
      const d = haversineKm(lat, lon, qy, qx);
      if (d < best) best = d;
    });
    return best <= limitKm ? best : Infinity;
  }

  /** Smallest distance between the leg pieces and any edge, km, or Infinity beyond limitKm. */
  distanceToPiecesKm(pieces: Pieces, limitKm: number): number {
    let best = Infinity;
    const xy = this.xy;
    const p = pieces.xy;
    for (let i = 0; i < pieces.n; i++) {
      const o = i * 4;
      const x1 = p[o]!;
      const y1 = p[o + 1]!;
      const x2 = p[o + 2]!;
      const y2 = p[o + 3]!;
      const lon0 = (x1 + x2) / 2;
      const lat0 = (y1 + y2) / 2;
      const [dLon, dLat] = degreesAround(Math.max(Math.abs(y1), Math.abs(y2)), limitKm);
      const kx = KM_PER_DEG * Math.cos(lat0 * RAD);
      const ax = (x1 - lon0) * kx;
      const ay = (y1 - lat0) * KM_PER_DEG;
      const bx = (x2 - lon0) * kx;
      const by = (y2 - lat0) * KM_PER_DEG;
      this.near(
        Math.min(x1, x2) - dLon,
        Math.min(y1, y2) - dLat,
        Math.max(x1, x2) + dLon,
        Math.max(y1, y2) + dLat,
        (e, shift) => {
          if (best === 0) return;
          const q = e * 4;
          if (isCutEdge(xy[q]!, xy[q + 2]!)) return;
          const ex1 = xy[q]! + shift;
          const ey1 = xy[q + 1]!;
          const ex2 = xy[q + 2]! + shift;
          const ey2 = xy[q + 3]!;
          const planar2 = segSegDist2(
            ax,
            ay,
            bx,
            by,
            (ex1 - lon0) * kx,
            (ey1 - lat0) * KM_PER_DEG,
            (ex2 - lon0) * kx,
            (ey2 - lat0) * KM_PER_DEG,
            scratch,
          );
          if (planar2 === 0) {
            best = 0;
            return;
          }
          const planar = Math.sqrt(planar2);
          if (planar > Math.min(limitKm, best) * 1.05 + 0.5) return;
          const s = scratch[0];
          const t = scratch[1];
          const d = haversineKm(
            y1 + s * (y2 - y1),
            x1 + s * (x2 - x1),
            ey1 + t * (ey2 - ey1),
            ex1 + t * (ex2 - ex1),
          );
          if (d < best) best = d;
        },
      );
      if (best === 0) return 0;
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
    const ids = this.tree.search(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    for (const e of ids) {
      const o = e * 4;
      const s = crossParam(x1, y1, x2, y2, xy[o]!, xy[o + 1]!, xy[o + 2]!, xy[o + 3]!);
      if (s >= 0) out.push(s);
    }
  }
}

/** Half-sizes in degrees (lon, lat) of a box holding every point within km of points up to maxAbsLat. */
export function degreesAround(maxAbsLat: number, km: number): [number, number] {
  const dLat = km / KM_PER_DEG;
  const worst = Math.min(89.999, maxAbsLat + dLat);
  const dLon = dLat / Math.cos(worst * RAD);
  return [Math.min(dLon, 360), dLat];
}

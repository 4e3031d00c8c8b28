/**
 * Point-in-polygon in about O(1): a regular lon/lat grid over the area's box. Each cell keeps
 * whether its centre is inside (even-odd rule over all rings, found once per grid row with a
 * horizontal scanline) and the edges that pass through it. A point in a cell without edges
 * shares its centre's answer; otherwise the answer flips once per edge crossed by the short
 * segment from the point to the cell centre.
 */
import type { EdgeSet } from './edges';
import * as planar from './planar';

// Module-local binding: transpiled ES modules (tsx, Vitest) reach imports through getters.
const { crossParam } = planar;

/** Cells per edge: boundary cells then hold a handful of edges each (Natural Earth 1:50m edges are a few km). */
const CELLS_PER_EDGE = 4;
const MAX_CELLS = 1 << 19;

export class PipGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly maxX: number;
  private readonly maxY: number;
  private readonly nx: number;
  private readonly ny: number;
  private readonly cw: number;
  private readonly ch: number;
  private readonly start: Int32Array;
  private readonly cellEdges: Int32Array;
  private readonly centreIn: Uint8Array;

  constructor(
    private readonly edges: EdgeSet,
    bbox: readonly [number, number, number, number],
  ) {
    // An empty area has an infinite box: give it one empty cell.
    [this.minX, this.minY, this.maxX, this.maxY] = edges.count > 0 ? bbox : [0, 0, 0, 0];
    const w = Math.max(this.maxX - this.minX, 1e-9);
    const h = Math.max(this.maxY - this.minY, 1e-9);
    const target = Math.min(MAX_CELLS, Math.max(16, edges.count * CELLS_PER_EDGE));
    this.nx = Math.max(1, Math.round(Math.sqrt((target * w) / h)));
    this.ny = Math.max(1, Math.ceil(target / this.nx));
    this.cw = w / this.nx;
    this.ch = h / this.ny;
    const ncells = this.nx * this.ny;

    // Edge → cells, then a compressed (CSR) cell → edges table.
    const pairCell: number[] = [];
    const pairEdge: number[] = [];
    const xy = edges.xy;
    for (let e = 0; e < edges.count; e++) {
      const o = e * 4;
      const x1 = xy[o]!;
      const y1 = xy[o + 1]!;
      const x2 = xy[o + 2]!;
      const y2 = xy[o + 3]!;
      const i0 = this.col(Math.min(x1, x2));
      const i1 = this.col(Math.max(x1, x2));
      const j0 = this.row(Math.min(y1, y2));
      const j1 = this.row(Math.max(y1, y2));
      const many = (i1 - i0 + 1) * (j1 - j0 + 1) > 2;
      for (let j = j0; j <= j1; j++) {
        for (let i = i0; i <= i1; i++) {
          if (many && !this.segmentMeetsCell(x1, y1, x2, y2, i, j)) continue;
          pairCell.push(j * this.nx + i);
          pairEdge.push(e);
        }
      }
    }
    this.start = new Int32Array(ncells + 1);
    for (const c of pairCell) this.start[c + 1]!++;
    for (let c = 0; c < ncells; c++) this.start[c + 1]! += this.start[c]!;
    this.cellEdges = new Int32Array(pairCell.length);
    const fill = this.start.slice(0, ncells);
    pairCell.forEach((c, k) => {
      this.cellEdges[fill[c]!++] = pairEdge[k]!;
    });

    // Centre status per row, by a scanline at the centres' latitude.
    this.centreIn = new Uint8Array(ncells);
    const xs: number[] = [];
    for (let j = 0; j < this.ny; j++) {
      const yc = this.minY + (j + 0.5) * this.ch;
      xs.length = 0;
      for (const e of edges.search(this.minX, yc, this.maxX, yc)) {
        const o = e * 4;
        const y1 = xy[o + 1]!;
        const y2 = xy[o + 3]!;
        if (y1 > yc === y2 > yc) continue;
        const x1 = xy[o]!;
        xs.push(x1 + ((yc - y1) * (xy[o + 2]! - x1)) / (y2 - y1));
      }
      xs.sort((a, b) => a - b);
      let k = 0;
      for (let i = 0; i < this.nx; i++) {
        const xc = this.minX + (i + 0.5) * this.cw;
        while (k < xs.length && xs[k]! < xc) k++;
        this.centreIn[j * this.nx + i] = k & 1;
      }
    }
  }

  contains(lon: number, lat: number): boolean {
    if (lon < this.minX || lon > this.maxX || lat < this.minY || lat > this.maxY) return false;
    const i = this.col(lon);
    const j = this.row(lat);
    const c = j * this.nx + i;
    let inside = this.centreIn[c] === 1;
    const from = this.start[c]!;
    const to = this.start[c + 1]!;
    if (from === to) return inside;
    const xc = this.minX + (i + 0.5) * this.cw;
    const yc = this.minY + (j + 0.5) * this.ch;
    const xy = this.edges.xy;
    for (let k = from; k < to; k++) {
      const o = this.cellEdges[k]! * 4;
      if (crossParam(xc, yc, lon, lat, xy[o]!, xy[o + 1]!, xy[o + 2]!, xy[o + 3]!) >= 0) inside = !inside;
    }
    return inside;
  }

  private col(x: number): number {
    const i = Math.floor((x - this.minX) / this.cw);
    return i < 0 ? 0 : i >= this.nx ? this.nx - 1 : i;
  }

  private row(y: number): number {
    const j = Math.floor((y - this.minY) / this.ch);
    return j < 0 ? 0 : j >= this.ny ? this.ny - 1 : j;
  }

  /** Liang–Barsky: does the segment meet cell (i, j) (closed, slightly padded)? */
  private segmentMeetsCell(x1: number, y1: number, x2: number, y2: number, i: number, j: number): boolean {
    const pad = 1e-9;
    const cx0 = this.minX + i * this.cw - pad;
    const cy0 = this.minY + j * this.ch - pad;
    const cx1 = cx0 + this.cw + 2 * pad;
    const cy1 = cy0 + this.ch + 2 * pad;
    const dx = x2 - x1;
    const dy = y2 - y1;
    let t0 = 0;
    let t1 = 1;
    const clip = (p: number, q: number): boolean => {
      if (p === 0) return q >= 0;
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
      return true;
    };
    return clip(-dx, x1 - cx0) && clip(dx, cx1 - x1) && clip(-dy, y1 - cy0) && clip(dy, cy1 - y1);
  }
}

/**
 * A coarse world raster (0.5° cells) listing, per cell, the states whose land or boundary
 * touches it. Legs look up only the few cells under them, so a leg deep inside the host's
 * territory meets no other state without a single precise test; only states present in those
 * cells get the exact (indexed) checks.
 */
import type { AreaIndex } from './area-index';

const CELL_DEG = 0.5;
const NX = 360 / CELL_DEG;
const NY = 180 / CELL_DEG;

function col(x: number): number {
  const i = Math.floor((x + 180) / CELL_DEG);
  return i < 0 ? 0 : i >= NX ? NX - 1 : i;
}

function row(y: number): number {
  const j = Math.floor((y + 90) / CELL_DEG);
  return j < 0 ? 0 : j >= NY ? NY - 1 : j;
}

export class PresenceRaster {
  private readonly start: Int32Array;
  private readonly states: Int32Array;
  /** Per-state stamp of the last query that reported it (dedupe without allocating). */
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(areas: readonly { area: AreaIndex; edgesXY: () => Float64Array }[]) {
    const pairCell: number[] = [];
    const pairState: number[] = [];
    const mark = new Uint8Array(NX * NY);
    const touched: number[] = [];
    areas.forEach(({ area, edgesXY }, k) => {
      touched.length = 0;
      const add = (c: number): void => {
        if (mark[c]) return;
        mark[c] = 1;
        touched.push(c);
      };
      const xy = edgesXY();
      for (let o = 0; o < xy.length; o += 4) {
        const i0 = col(Math.min(xy[o]!, xy[o + 2]!));
        const i1 = col(Math.max(xy[o]!, xy[o + 2]!));
        const j0 = row(Math.min(xy[o + 1]!, xy[o + 3]!));
        const j1 = row(Math.max(xy[o + 1]!, xy[o + 3]!));
        for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) add(j * NX + i);
      }
      // Cells with no edge of this state are wholly inside or wholly outside it.
      const [x0, y0, x1, y1] = area.bbox;
      for (let j = row(y0); j <= row(y1); j++) {
        for (let i = col(x0); i <= col(x1); i++) {
          const c = j * NX + i;
          if (mark[c]) continue;
          if (area.contains({ lon: -180 + (i + 0.5) * CELL_DEG, lat: -90 + (j + 0.5) * CELL_DEG })) add(c);
        }
      }
      for (const c of touched) {
        mark[c] = 0;
        pairCell.push(c);
        pairState.push(k);
      }
    });
    this.start = new Int32Array(NX * NY + 1);
    for (const c of pairCell) this.start[c + 1]!++;
    for (let c = 0; c < NX * NY; c++) this.start[c + 1]! += this.start[c]!;
    this.states = new Int32Array(pairCell.length);
    const fill = this.start.slice(0, NX * NY);
    pairCell.forEach((c, n) => {
      this.states[fill[c]!++] = pairState[n]!;
    });
    this.seen = new Int32Array(areas.length);
  }

  /** Start a query: states reported by collect() are new to this query only once. */
  begin(): void {
    this.stamp++;
  }

  /** Adds to out the states present in the cells under the box (may run past ±180). */
  collect(minX: number, minY: number, maxX: number, maxY: number, out: number[]): void {
    this.collectNoWrap(Math.max(minX, -180), minY, Math.min(maxX, 180), maxY, out);
    if (minX < -180) this.collectNoWrap(minX + 360, minY, 180, maxY, out);
    if (maxX > 180) this.collectNoWrap(-180, minY, maxX - 360, maxY, out);
  }

  private collectNoWrap(minX: number, minY: number, maxX: number, maxY: number, out: number[]): void {
    if (minX > maxX) return;
    const i1 = col(maxX);
    const j1 = row(maxY);
    for (let j = row(minY); j <= j1; j++) {
      for (let i = col(minX); i <= i1; i++) {
        const c = j * NX + i;
        for (let n = this.start[c]!; n < this.start[c + 1]!; n++) {
          const k = this.states[n]!;
          if (this.seen[k] === this.stamp) continue;
          this.seen[k] = this.stamp;
          out.push(k);
        }
      }
    }
  }
}

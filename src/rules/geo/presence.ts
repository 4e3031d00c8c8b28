/**
 * A coarse world raster (0.5° cells) listing, per cell, the states whose land or boundary
 * touches it. Legs look up only the few cells under them, so a leg deep inside the host's
 * territory meets no other state without a single precise test; only states present in those
 * cells get the exact (indexed) checks.
 */
import type { PolygonRings } from '../../world/types';

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

  /** One entry per state: its rings, already cut at the antimeridian (lon within ±180). */
  constructor(states: readonly (readonly PolygonRings[])[]) {
    const pairCell: number[] = [];
    const pairState: number[] = [];
    const mark = new Uint8Array(NX * NY);
    const touched: number[] = [];
    const rowXs: number[][] = [];
    states.forEach((polygons, k) => {
      touched.length = 0;
      let jMin = NY;
      let jMax = -1;
      for (const rings of polygons) {
        for (const ring of rings) {
          for (let n = 1; n < ring.length; n++) {
            const [x1, y1] = ring[n - 1]!;
            const [x2, y2] = ring[n]!;
            // Boundary cells: every cell under the edge's box.
            const j0 = row(Math.min(y1, y2));
            const j1 = row(Math.max(y1, y2));
            const i1 = col(Math.max(x1, x2));
            for (let j = j0; j <= j1; j++) {
              for (let i = col(Math.min(x1, x2)); i <= i1; i++) {
                const c = j * NX + i;
                if (mark[c]) continue;
                mark[c] = 1;
                touched.push(c);
              }
            }
            // Scanline crossings at the row centres the edge spans (even-odd rule).
            jMin = Math.min(jMin, j0);
            jMax = Math.max(jMax, j1);
            for (let j = j0; j <= j1; j++) {
              const yc = -90 + (j + 0.5) * CELL_DEG;
              if (y1 > yc === y2 > yc) continue;
              (rowXs[j] ??= []).push(x1 + ((yc - y1) * (x2 - x1)) / (y2 - y1));
            }
          }
        }
      }
      // Cells with no edge of this state are wholly inside or wholly outside it: the parity of
      // the crossings left of the cell centre decides.
      for (let j = jMin; j <= jMax; j++) {
        const xs = rowXs[j];
        if (!xs || xs.length === 0) continue;
        xs.sort((p, q) => p - q);
        let m = 0;
        for (let i = col(xs[0]!); i < NX; i++) {
          const xc = -180 + (i + 0.5) * CELL_DEG;
          while (m < xs.length && xs[m]! < xc) m++;
          if (m === xs.length) break;
          const c = j * NX + i;
          if ((m & 1) === 1 && !mark[c]) {
            mark[c] = 1;
            touched.push(c);
          }
        }
        xs.length = 0;
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
    this.seen = new Int32Array(states.length);
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

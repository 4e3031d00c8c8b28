/**
 * Flat 2-D geometry for drawing: lines as flat [x0, y0, x1, y1, …] arrays in map pixels.
 * Clipping to the region being drawn and dropping sub-pixel detail keep the vertex count in
 * proportion to what is on screen, at any zoom.
 */

export type Flat = readonly number[];
/** [minX, minY, maxX, maxY] */
export type Rect = readonly [number, number, number, number];

export function flatBBox(f: Flat): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < f.length; i += 2) {
    const x = f[i] as number;
    const y = f[i + 1] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Drops points closer than tol to the last kept point; keeps the first and last points. */
export function simplify(f: Flat, tol: number): number[] {
  const n = f.length / 2;
  if (n <= 2) return [...f];
  const tol2 = tol * tol;
  const out = [f[0] as number, f[1] as number];
  let lx = f[0] as number;
  let ly = f[1] as number;
  for (let i = 1; i < n - 1; i++) {
    const x = f[2 * i] as number;
    const y = f[2 * i + 1] as number;
    const dx = x - lx;
    const dy = y - ly;
    if (dx * dx + dy * dy >= tol2) {
      out.push(x, y);
      lx = x;
      ly = y;
    }
  }
  out.push(f[2 * n - 2] as number, f[2 * n - 1] as number);
  return out;
}

/** Liang–Barsky: the part of segment a→b inside r, as parameters [t0, t1], or null. */
function clipSegment(ax: number, ay: number, bx: number, by: number, r: Rect): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const checks: [number, number][] = [
    [-dx, ax - r[0]],
    [dx, r[2] - ax],
    [-dy, ay - r[1]],
    [dy, r[3] - ay],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return null;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return null;
        if (t < t1) t1 = t;
      }
    }
  }
  return [t0, t1];
}

/** The runs of a polyline that lie inside r. */
export function clipPolyline(f: Flat, r: Rect): number[][] {
  const runs: number[][] = [];
  let run: number[] | null = null;
  for (let i = 0; i + 3 < f.length; i += 2) {
    const ax = f[i] as number;
    const ay = f[i + 1] as number;
    const bx = f[i + 2] as number;
    const by = f[i + 3] as number;
    const c = clipSegment(ax, ay, bx, by, r);
    if (!c) {
      if (run) runs.push(run);
      run = null;
      continue;
    }
    const [t0, t1] = c;
    const sx = ax + (bx - ax) * t0;
    const sy = ay + (by - ay) * t0;
    const ex = ax + (bx - ax) * t1;
    const ey = ay + (by - ay) * t1;
    if (!run || t0 > 0) {
      if (run) runs.push(run);
      run = [sx, sy];
    }
    run.push(ex, ey);
    if (t1 < 1) {
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  return runs.filter((x) => x.length >= 4);
}

type Edge = (x: number, y: number) => boolean;

/** Sutherland–Hodgman against an axis-aligned rectangle; the ring may come back empty. */
export function clipRing(f: Flat, r: Rect): number[] {
  const edges: [Edge, (ax: number, ay: number, bx: number, by: number) => [number, number]][] = [
    [(x) => x >= r[0], (ax, ay, bx, by) => [r[0], ay + ((by - ay) * (r[0] - ax)) / (bx - ax)]],
    [(x) => x <= r[2], (ax, ay, bx, by) => [r[2], ay + ((by - ay) * (r[2] - ax)) / (bx - ax)]],
    [(_x, y) => y >= r[1], (ax, ay, bx, by) => [ax + ((bx - ax) * (r[1] - ay)) / (by - ay), r[1]]],
    [(_x, y) => y <= r[3], (ax, ay, bx, by) => [ax + ((bx - ax) * (r[3] - ay)) / (by - ay), r[3]]],
  ];
  let pts: number[] = [...f];
  for (const [inside, cut] of edges) {
    const n = pts.length / 2;
    if (n === 0) break;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const cx = pts[2 * i] as number;
      const cy = pts[2 * i + 1] as number;
      const j = (i + n - 1) % n;
      const px = pts[2 * j] as number;
      const py = pts[2 * j + 1] as number;
      const cIn = inside(cx, cy);
      const pIn = inside(px, py);
      if (cIn) {
        if (!pIn) out.push(...cut(px, py, cx, cy));
        out.push(cx, cy);
      } else if (pIn) {
        out.push(...cut(px, py, cx, cy));
      }
    }
    pts = out;
  }
  return pts.length >= 6 ? pts : [];
}

/** Twice the signed area (shoelace); the sign tells the winding. */
export function signedArea2(f: Flat): number {
  let a = 0;
  const n = f.length / 2;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    a += (f[2 * i] as number) * (f[2 * j + 1] as number) - (f[2 * j] as number) * (f[2 * i + 1] as number);
  }
  return a;
}

/** Splits a polyline into dashes: [on, off] lengths in the same units, phase-continuous. */
export function dashes(f: Flat, onLen: number, offLen: number): number[][] {
  const out: number[][] = [];
  let drawing = true;
  let left = onLen;
  let cur: number[] | null = [f[0] as number, f[1] as number];
  for (let i = 0; i + 3 < f.length; i += 2) {
    let ax = f[i] as number;
    let ay = f[i + 1] as number;
    const bx = f[i + 2] as number;
    const by = f[i + 3] as number;
    let segLen = Math.hypot(bx - ax, by - ay);
    while (segLen > 0) {
      const step = Math.min(left, segLen);
      const t = step / segLen;
      const nx = ax + (bx - ax) * t;
      const ny = ay + (by - ay) * t;
      if (drawing && cur) cur.push(nx, ny);
      ax = nx;
      ay = ny;
      segLen -= step;
      left -= step;
      if (left <= 1e-9) {
        if (drawing && cur && cur.length >= 4) out.push(cur);
        drawing = !drawing;
        left = drawing ? onLen : offLen;
        cur = drawing ? [ax, ay] : null;
      }
    }
  }
  if (drawing && cur && cur.length >= 4) out.push(cur);
  return out;
}

/**
 * Parallel hatch lines (angle 45°) spaced `spacing` apart, clipped to a polygon (even-odd over
 * all its rings): each line is intersected with the ring edges and the inside spans are kept.
 */
export function hatch(rings: readonly Flat[], spacing: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  // Rotate by -45° so hatch lines are horizontal: u = (x + y)/√2 along, v = (y - x)/√2 across.
  const s = Math.SQRT1_2;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const r of rings)
    for (let i = 0; i + 1 < r.length; i += 2) {
      const v = ((r[i + 1] as number) - (r[i] as number)) * s;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
  if (!isFinite(minV) || spacing <= 0) return out;
  const first = Math.ceil(minV / spacing) * spacing;
  for (let v = first; v <= maxV; v += spacing) {
    const us: number[] = [];
    for (const r of rings) {
      const n = r.length / 2;
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n;
        const ax = r[2 * i] as number;
        const ay = r[2 * i + 1] as number;
        const bx = r[2 * j] as number;
        const by = r[2 * j + 1] as number;
        const av = (ay - ax) * s;
        const bv = (by - bx) * s;
        if (av === bv || (av < v && bv < v) || (av >= v && bv >= v)) continue;
        const t = (v - av) / (bv - av);
        const au = (ax + ay) * s;
        const bu = (bx + by) * s;
        us.push(au + (bu - au) * t);
      }
    }
    us.sort((a, b) => a - b);
    for (let k = 0; k + 1 < us.length; k += 2) {
      const u0 = us[k] as number;
      const u1 = us[k + 1] as number;
      // Back from (u, v) to (x, y): x = (u - v)/√2, y = (u + v)/√2.
      out.push([(u0 - v) * s, (u0 + v) * s, (u1 - v) * s, (u1 + v) * s]);
    }
  }
  return out;
}

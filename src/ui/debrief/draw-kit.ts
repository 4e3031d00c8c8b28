/**
 * The drawing kit of the debrief's silhouettes: a seeded stream from the target id (same id,
 * same picture) and the three primitives every silhouette is drawn with, in metres.
 */
export type Ctx = CanvasRenderingContext2D;

/** A silhouette: draws around (0, 0) in metres with seeded variations. */
export type DrawFn = (c: Ctx, rnd: () => number) => void;

/** A drawing and the ground width, m, its picture covers (undefined: the kind's usual scene). */
export interface Drawing {
  draw: DrawFn;
  sceneM?: number;
}

export const SHADOW = 'rgba(0,0,0,0.35)';

/** A stable pseudo-random stream from a string (FNV-1a + xorshift): same id, same picture. */
export function idStream(id: string): () => number {
  let x = 2166136261;
  for (let i = 0; i < id.length; i++) x = Math.imul(x ^ id.charCodeAt(i), 16777619);
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 100000) / 100000;
  };
}

export function rect(c: Ctx, x: number, y: number, w: number, h: number, fill: string): void {
  c.fillStyle = fill;
  c.fillRect(x, y, w, h);
}

export function poly(c: Ctx, pts: number[], fill: string): void {
  c.beginPath();
  c.moveTo(pts[0] as number, pts[1] as number);
  for (let i = 2; i < pts.length; i += 2) c.lineTo(pts[i] as number, pts[i + 1] as number);
  c.closePath();
  c.fillStyle = fill;
  c.fill();
}

export function disc(c: Ctx, x: number, y: number, r: number, fill: string): void {
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fillStyle = fill;
  c.fill();
}

/**
 * Boxes for the Canvas renderer's partial redraw (views/partial-redraw.ts): the area a drag
 * frame draws again. Pure (numbers in, numbers out).
 */

/** A screen (device px) or map px box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box grown by flat [x, y, x, y, …] points. */
export function growBox(box: Box | null, flat: readonly number[]): Box | null {
  let b = box;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const x = flat[i] as number;
    const y = flat[i + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    b = b
      ? { x0: Math.min(b.x0, x), y0: Math.min(b.y0, y), x1: Math.max(b.x1, x), y1: Math.max(b.y1, y) }
      : { x0: x, y0: y, x1: x, y1: y };
  }
  return b;
}

export function unionBox(a: Box, b: Box): Box {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

/**
 * The clip for a frame: the moving part's area now and on the last frame, grown by `marginPx`,
 * in whole pixels inside the canvas; null (draw everything) without both areas or when the
 * clip would be most of the canvas anyway.
 */
export function clipFor(
  now: Box | null,
  before: Box | null,
  marginPx: number,
  w: number,
  h: number,
): Box | null {
  if (!now || !before) return null;
  const u = unionBox(now, before);
  const c = {
    x0: Math.max(0, Math.floor(u.x0 - marginPx)),
    y0: Math.max(0, Math.floor(u.y0 - marginPx)),
    x1: Math.min(w, Math.ceil(u.x1 + marginPx)),
    y1: Math.min(h, Math.ceil(u.y1 + marginPx)),
  };
  if (c.x1 <= c.x0 || c.y1 <= c.y0) return null;
  return (c.x1 - c.x0) * (c.y1 - c.y0) > 0.6 * w * h ? null : c;
}

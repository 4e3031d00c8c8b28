/**
 * When to re-draw the baked map texture. The static layers are rasterised once into a texture
 * a little larger than the canvas, at exactly the camera's zoom (crisp, 1:1 pixels), then only
 * moved and scaled by the camera while the player pans and zooms; once the view settles outside
 * what was baked, or at another zoom, they are baked again. Pure.
 */
import type { Rect } from './clip';
import { visibleBounds, type View } from './view';

export interface BakeFrame {
  /** Map pixel at the texture's top-left corner. */
  ox: number;
  oy: number;
  /** Texture px per map px (the camera zoom it was baked for). */
  zoom: number;
  widthPx: number;
  heightPx: number;
}

/** Largest texture side we ask for: every WebGL device in use handles 4096. */
export const MAX_TEXTURE_PX = 4096;

export function bakeFrameFor(v: View, maxTexturePx = MAX_TEXTURE_PX, margin = 0.25): BakeFrame {
  const widthPx = Math.min(maxTexturePx, Math.ceil(v.widthPx * (1 + 2 * margin)));
  const heightPx = Math.min(maxTexturePx, Math.ceil(v.heightPx * (1 + 2 * margin)));
  return {
    ox: v.cx - widthPx / 2 / v.zoom,
    oy: v.cy - heightPx / 2 / v.zoom,
    zoom: v.zoom,
    widthPx,
    heightPx,
  };
}

/** The map-pixel rectangle a frame covers. */
export function frameRect(f: BakeFrame): Rect {
  return [f.ox, f.oy, f.ox + f.widthPx / f.zoom, f.oy + f.heightPx / f.zoom];
}

/** The frame still serves this view: same zoom (to 0.1 %) and the visible area inside it. */
export function frameCovers(f: BakeFrame | null, v: View): boolean {
  if (!f) return false;
  if (Math.abs(f.zoom / v.zoom - 1) > 0.001) return false;
  const [[x0, y0], [x1, y1]] = visibleBounds(v);
  const r = frameRect(f);
  const eps = 0.5 / v.zoom;
  return x0 >= r[0] - eps && y0 >= r[1] - eps && x1 <= r[2] + eps && y1 <= r[3] + eps;
}

/**
 * The camera shows the frame 1:1 (the zoom it was baked at, to rounding): then each screen pixel
 * is one texture pixel, and sampling the nearest one is exact and crisp. Linear filtering there
 * only blurs at sub-pixel offsets, and costs a software canvas most of a drag frame (a bilinear
 * pass over the whole map). Scaled (zooming, or between zooms before the bake), filter linearly.
 */
export function drawsOneToOne(f: BakeFrame | null, zoom: number): boolean {
  return f !== null && Math.abs(f.zoom / zoom - 1) < 1e-9;
}

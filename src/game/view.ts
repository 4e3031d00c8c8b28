/**
 * The camera as plain data: which map pixel sits in the middle of the canvas and how many
 * screen (device) pixels one map pixel covers. Pure, so pan/zoom limits are unit-tested; the
 * Map scene copies it onto the Phaser camera (centerOn + setZoom give the same transform).
 */
import { mapPx, screenPx, type MapBounds, type MapPx, type ScreenPx } from './projection';

export interface View {
  /** Map pixel at the centre of the canvas. */
  readonly cx: number;
  readonly cy: number;
  /** Screen px per map px. */
  readonly zoom: number;
  /** Canvas size, device px. */
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface ViewLimits {
  /** The party's territory: some of it always stays on screen. */
  keepInView: MapBounds;
  minZoom: number;
  maxZoom: number;
}

export function mapToScreen(v: View, p: MapPx): ScreenPx {
  return screenPx((p.x - v.cx) * v.zoom + v.widthPx / 2, (p.y - v.cy) * v.zoom + v.heightPx / 2);
}

export function screenToMap(v: View, p: ScreenPx): MapPx {
  return mapPx((p.x - v.widthPx / 2) / v.zoom + v.cx, (p.y - v.heightPx / 2) / v.zoom + v.cy);
}

/** The zoom at which bounds fill the canvas, leaving padPx on each side. */
export function fitZoom(bounds: MapBounds, widthPx: number, heightPx: number, padPx: number): number {
  const w = Math.max(bounds[1][0] - bounds[0][0], 1e-6);
  const h = Math.max(bounds[1][1] - bounds[0][1], 1e-6);
  const availW = Math.max(widthPx - 2 * padPx, widthPx * 0.5);
  const availH = Math.max(heightPx - 2 * padPx, heightPx * 0.5);
  return Math.min(availW / w, availH / h);
}

/** Canvas edges covered by DOM panels, device px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * A view that shows all of bounds inside the part of the canvas the panels leave free (when
 * they leave at least a third of each side; otherwise the whole canvas).
 */
export function fitView(
  bounds: MapBounds,
  widthPx: number,
  heightPx: number,
  padPx: number,
  insets: Insets = NO_INSETS,
): View {
  const freeW = widthPx - insets.left - insets.right;
  const freeH = heightPx - insets.top - insets.bottom;
  const use = freeW >= widthPx / 3 && freeH >= heightPx / 3 ? insets : NO_INSETS;
  const zoom = fitZoom(bounds, widthPx - use.left - use.right, heightPx - use.top - use.bottom, padPx);
  // Centre the bounds in the free area: shift the camera centre by half the inset difference.
  return {
    cx: (bounds[0][0] + bounds[1][0]) / 2 - (use.left - use.right) / 2 / zoom,
    cy: (bounds[0][1] + bounds[1][1]) / 2 - (use.top - use.bottom) / 2 / zoom,
    zoom,
    widthPx,
    heightPx,
  };
}

/** Limits for a party: zoom out to see all its territory, zoom in to about 1:60 of the fit. */
export function limitsFor(fit: MapBounds, all: MapBounds, widthPx: number, heightPx: number): ViewLimits {
  const fitZ = fitZoom(fit, widthPx, heightPx, 0);
  const allZ = fitZoom(all, widthPx, heightPx, 0);
  return { keepInView: all, minZoom: Math.min(fitZ, allZ) * 0.6, maxZoom: fitZ * 60 };
}

/** Clamps zoom, then keeps at least a third of the canvas over the party's bounds. */
export function clampView(v: View, limits: ViewLimits): View {
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, v.zoom));
  const [[minX, minY], [maxX, maxY]] = limits.keepInView;
  const slackX = v.widthPx / zoom / 2 - Math.min(v.widthPx / zoom / 6, (maxX - minX) / 2);
  const slackY = v.heightPx / zoom / 2 - Math.min(v.heightPx / zoom / 6, (maxY - minY) / 2);
  const cx = Math.min(maxX + slackX, Math.max(minX - slackX, v.cx));
  const cy = Math.min(maxY + slackY, Math.max(minY - slackY, v.cy));
  return { ...v, zoom, cx, cy };
}

/** Pans by a screen-pixel drag (the map follows the pointer). */
export function panBy(v: View, dxPx: number, dyPx: number, limits: ViewLimits): View {
  return clampView({ ...v, cx: v.cx - dxPx / v.zoom, cy: v.cy - dyPx / v.zoom }, limits);
}

/** Zooms by factor keeping the map point under `at` fixed on screen (wheel toward the cursor). */
export function zoomAt(v: View, factor: number, at: ScreenPx, limits: ViewLimits): View {
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, v.zoom * factor));
  const anchor = screenToMap(v, at);
  const cx = anchor.x - (at.x - v.widthPx / 2) / zoom;
  const cy = anchor.y - (at.y - v.heightPx / 2) / zoom;
  return clampView({ ...v, zoom, cx, cy }, limits);
}

/** The map-pixel rectangle the canvas shows. */
export function visibleBounds(v: View): MapBounds {
  const hw = v.widthPx / v.zoom / 2;
  const hh = v.heightPx / v.zoom / 2;
  return [
    [v.cx - hw, v.cy - hh],
    [v.cx + hw, v.cy + hh],
  ];
}

/** Bounds grown about their centre to at least share × the larger side of ref. */
export function growBounds(b: MapBounds, ref: MapBounds, share: number): MapBounds {
  const min = share * Math.max(ref[1][0] - ref[0][0], ref[1][1] - ref[0][1]);
  const cx = (b[0][0] + b[1][0]) / 2;
  const cy = (b[0][1] + b[1][1]) / 2;
  const hw = Math.max(b[1][0] - b[0][0], min) / 2;
  const hh = Math.max(b[1][1] - b[0][1], min) / 2;
  return [
    [cx - hw, cy - hh],
    [cx + hw, cy + hh],
  ];
}

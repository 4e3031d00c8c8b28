/**
 * Drawing the planned route onto a Graphics, leg by leg and handle by handle, so the route
 * layer can draw all of it, all but the legs a drag moves (the fixed part, drawn once per
 * drag) or only those (the moving part, drawn on each move).
 */
import type Phaser from 'phaser';
import type { Verdict } from '../../rules/types';
import { dashes } from '../clip';
import type { MapPalette } from '../palette';
import type { MapPx } from '../projection';
import { lineLength, type LegMark } from '../route-geom';
import { fillRing, strokeLines } from './draw';

export const HANDLE_RADIUS_CSS_PX = 9;
/** A sensor swath is never drawn narrower than this on screen. */
const MIN_SWATH_CSS_PX = 7;

export interface RouteDrawing {
  palette: MapPalette;
  /** Map px per CSS px at the current zoom (line widths are given in CSS px). */
  px: number;
  /** Projected lines of each leg. */
  legs: readonly (readonly number[][])[];
  marks: readonly LegMark[];
  verdict: Verdict | null;
  /** The footprint strip of leg i as projected rings (cached by the caller). */
  strip(i: number, swathKm: number): number[][];
}

/**
 * Footprint strips, casing and lines of the legs `which` (indices), in that layer order.
 * Narrower on screen than MIN_SWATH_CSS_PX, a strip is drawn as a band of that width instead,
 * so a 7.5 km swath still shows at 5 km per pixel (the scale bar says how wide it really is).
 */
export function drawLegs(
  g: Phaser.GameObjects.Graphics,
  d: RouteDrawing,
  which: readonly number[],
  strips: boolean,
): void {
  const { palette: p, px } = d;
  if (strips && d.verdict) {
    for (const i of which) {
      const leg = d.verdict.legs[i];
      if (!leg) continue;
      const swath = Math.max(0, ...leg.sensors.map((s) => s.swathKm));
      if (!(swath > 0)) continue;
      const lines = d.legs[i] ?? [];
      const kmPerMapPx = leg.lengthKm / Math.max(1e-9, lineLength(lines));
      if (swath / kmPerMapPx < MIN_SWATH_CSS_PX * px) {
        g.lineStyle(MIN_SWATH_CSS_PX * px, p.route, 0.22);
        strokeLines(g, lines);
      } else {
        g.fillStyle(p.route, 0.13);
        for (const r of d.strip(i, swath)) fillRing(g, r);
      }
    }
  }
  // Dark casing under every leg so the route reads over any land.
  g.lineStyle(6 * px, p.halo, 0.75);
  strokeLines(
    g,
    which.flatMap((i) => d.legs[i] ?? []),
  );
  for (const i of which) {
    const lines = d.legs[i] ?? [];
    const m = d.marks[i];
    if (m?.severity) {
      g.lineStyle(3.5 * px, m.severity === 'violation' ? p.violation : p.restriction, 1);
      strokeLines(
        g,
        lines.flatMap((l) => dashes(l, 12 * px, 7 * px)),
      );
    } else {
      g.lineStyle(3 * px, p.route, 1);
      strokeLines(g, lines);
    }
  }
}

/** Waypoint handles `which` (indices into `handles`); the selected one ringed. */
export function drawHandles(
  g: Phaser.GameObjects.Graphics,
  palette: MapPalette,
  px: number,
  handles: readonly MapPx[],
  which: readonly number[],
  selected: number | null,
): void {
  const r = HANDLE_RADIUS_CSS_PX * px;
  for (const i of which) {
    const h = handles[i];
    if (!h) continue;
    g.fillStyle(palette.halo, 0.9).fillCircle(h.x, h.y, r + 2 * px);
    g.fillStyle(i === selected ? palette.airfield : palette.route, 1).fillCircle(h.x, h.y, r);
    if (i === selected) g.lineStyle(2 * px, palette.airfield, 1).strokeCircle(h.x, h.y, r + 5 * px);
  }
}

/** The submitted plan beneath the host's proposal (review): thin, dashed, quiet. */
export function drawDimmed(
  g: Phaser.GameObjects.Graphics,
  palette: MapPalette,
  px: number,
  legs: readonly (readonly number[][])[],
  handles: readonly MapPx[],
): void {
  const lines = legs.flat();
  g.lineStyle(3 * px, palette.halo, 0.6);
  strokeLines(g, lines);
  g.lineStyle(2 * px, palette.route, 0.9);
  strokeLines(
    g,
    lines.flatMap((l) => dashes(l, 8 * px, 6 * px)),
  );
  for (const h of handles) {
    g.fillStyle(palette.halo, 0.8).fillCircle(h.x, h.y, 3.5 * px);
    g.fillStyle(palette.route, 0.75).fillCircle(h.x, h.y, 2.5 * px);
  }
}

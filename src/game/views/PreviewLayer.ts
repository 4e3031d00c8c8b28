/**
 * What the plan would bring home, on the map: a ring around each site in the style of its
 * preview status (solid and ticked: covered; double: too coarse; dotted: dark or cloud, with a
 * moon or cloud sign; thin dashed: not under the swath), so the verdict reads without colour.
 * Also the hover cues of route editing: a "+" where a tap on a leg inserts, a ring on the site a
 * tap would snap to, a halo on the handle a drag would move. Redrawn on change, never per frame.
 */
import Phaser from 'phaser';
import type { PreviewStatus } from '../../rules/sim';
import { dashes } from '../clip';
import type { MapPalette } from '../palette';
import { lonLat, type MapProjection, type MapPx } from '../projection';
import { strokeLines } from './draw';

export interface PreviewMark {
  lat: number;
  lon: number;
  objective: boolean;
  status: PreviewStatus;
}

/** What a tap here would do: insert on a leg, snap to a site, drag a handle, add on empty map. */
export interface RouteHover {
  kind: 'leg' | 'site' | 'leg-site' | 'handle' | 'map';
  at: MapPx;
}

function circle(x: number, y: number, r: number, n = 48): number[] {
  const f: number[] = [];
  for (let k = 0; k <= n; k++) {
    const a = (k / n) * Math.PI * 2;
    f.push(x + Math.cos(a) * r, y + Math.sin(a) * r);
  }
  return f;
}

export class PreviewLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly hoverG: Phaser.GameObjects.Graphics;
  private marks: { p: MapPx; m: PreviewMark }[] = [];
  private hover: RouteHover | null = null;
  private zoom = 1;

  constructor(
    scene: Phaser.Scene,
    private readonly projection: MapProjection,
    private readonly palette: MapPalette,
    private readonly dpr: () => number,
  ) {
    this.g = scene.add.graphics().setDepth(9);
    this.hoverG = scene.add.graphics().setDepth(10.5);
  }

  set(marks: readonly PreviewMark[]): void {
    this.marks = marks.map((m) => ({ m, p: this.projection.toMap(lonLat(m.lon, m.lat)) }));
    this.draw();
  }

  /** The hover cue's layer (it follows the pointer, also during a drag). */
  hoverObject(): Phaser.GameObjects.Graphics {
    return this.hoverG;
  }

  setHover(h: RouteHover | null): void {
    if (h?.kind === this.hover?.kind && h?.at.x === this.hover?.at.x && h?.at.y === this.hover?.at.y) return;
    this.hover = h;
    this.drawHover();
  }

  setZoom(zoom: number): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this.draw();
    this.drawHover();
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    const px = this.dpr() / this.zoom;
    const p = this.palette;
    for (const { p: at, m } of this.marks) {
      if (!Number.isFinite(at.x)) continue;
      const r = (m.objective ? 13 : 10) * px;
      const ring = circle(at.x, at.y, r);
      g.lineStyle(4.5 * px, p.halo, 0.8);
      if (m.status !== 'missed') strokeLines(g, [ring]);
      switch (m.status) {
        case 'covered':
          g.lineStyle(2.5 * px, p.lawful, 1);
          strokeLines(g, [ring]);
          // A tick at the upper right: covered reads without colour.
          g.lineStyle(4 * px, p.halo, 0.9);
          strokeLines(g, [
            [
              at.x + r * 0.45,
              at.y - r * 0.85,
              at.x + r * 0.75,
              at.y - r * 0.55,
              at.x + r * 1.3,
              at.y - r * 1.25,
            ],
          ]);
          g.lineStyle(2 * px, p.lawful, 1);
          strokeLines(g, [
            [
              at.x + r * 0.45,
              at.y - r * 0.85,
              at.x + r * 0.75,
              at.y - r * 0.55,
              at.x + r * 1.3,
              at.y - r * 1.25,
            ],
          ]);
          break;
        case 'too-coarse':
          g.lineStyle(1.5 * px, p.restriction, 1);
          strokeLines(g, [ring, circle(at.x, at.y, r + 3.5 * px)]);
          break;
        case 'dark':
        case 'cloud': {
          const colour = m.status === 'dark' ? p.notice : p.cloud;
          g.lineStyle(2 * px, colour, 1);
          strokeLines(g, dashes(ring, 2 * px, 3 * px));
          const sx = at.x + r * 0.9;
          const sy = at.y - r * 0.9;
          g.fillStyle(p.halo, 0.9).fillCircle(sx, sy, 5 * px);
          g.fillStyle(colour, 1).fillCircle(sx, sy, 3.5 * px);
          // Moon: a bite out of the disc; cloud: a second lobe.
          if (m.status === 'dark') g.fillStyle(p.halo, 1).fillCircle(sx + 1.8 * px, sy - 1.2 * px, 2.8 * px);
          else g.fillStyle(colour, 1).fillCircle(sx - 3 * px, sy + 1 * px, 2.6 * px);
          break;
        }
        default:
          g.lineStyle(1.25 * px, p.target, 0.85);
          strokeLines(g, dashes(ring, 4 * px, 4 * px));
      }
    }
  }

  private drawHover(): void {
    const g = this.hoverG;
    g.clear();
    const h = this.hover;
    if (!h || h.kind === 'map') return;
    const px = this.dpr() / this.zoom;
    const p = this.palette;
    const { x, y } = h.at;
    if (h.kind === 'handle') {
      g.lineStyle(3 * px, p.airfield, 0.7).strokeCircle(x, y, 15 * px);
      return;
    }
    if (h.kind === 'site' || h.kind === 'leg-site') {
      g.lineStyle(5 * px, p.halo, 0.8).strokeCircle(x, y, 17 * px);
      g.lineStyle(2 * px, p.route, 1).strokeCircle(x, y, 17 * px);
    }
    if (h.kind === 'leg' || h.kind === 'leg-site') {
      // A "+" on the leg: a tap here inserts a waypoint.
      g.fillStyle(p.halo, 0.9).fillCircle(x, y, 8 * px);
      g.lineStyle(2 * px, p.route, 1);
      strokeLines(g, [
        [x - 5 * px, y, x + 5 * px, y],
        [x, y - 5 * px, x, y + 5 * px],
      ]);
    }
  }

  destroy(): void {
    this.g.destroy();
    this.hoverG.destroy();
  }
}

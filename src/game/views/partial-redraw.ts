/**
 * Canvas renderer: while a waypoint is dragged, only the part of the screen the route's moving
 * part covered on the last frame and covers now is drawn again (every draw of the frame is
 * clipped to it); the rest of the canvas keeps its pixels. A software canvas otherwise samples
 * the whole baked map and strokes every leg again on each drag frame, which on a laptop without
 * a GPU was the largest part of the frame after the script (tests/bench/trace-drag.ts).
 *
 * Safe by construction rather than by a list of who may draw: a frame is clipped only when the
 * camera, the canvas size, the baked map and every other object of every active scene are as
 * they were on the last frame (a signature of each object's place, visibility, text and, for a
 * Graphics, its drawing), so anything else that changes gets a whole frame.
 */
import Phaser from 'phaser';
import { clipFor, type Box } from '../box';
import { mapPx } from '../projection';
import { mapToScreen, type View } from '../view';
import type { BaseMap } from './BaseMap';
import type { MapLayers } from './MapLayers';

/**
 * How far (CSS px) a drag frame's drawing may reach past the moving legs' box: handles (9 px),
 * their rings, the number, a snapped site's cue (a 17 px ring, 14 px away).
 */
const MARGIN_CSS_PX = 48;

/** A checksum of a Graphics' drawing commands: a redraw with anything new changes it. */
function drawingOf(g: Phaser.GameObjects.Graphics): number {
  const buf = g.commandBuffer as unknown[];
  let a = buf.length;
  let b = 0;
  for (let i = 0; i < buf.length; i++) {
    const v = buf[i];
    if (typeof v === 'number') {
      a += v;
      b += v * ((i % 13) + 1);
    }
  }
  return a * 7 + b;
}

/** What every drawn object of the active scenes looks like now (allowed ones left out). */
function signature(scenes: readonly Phaser.Scene[], allowed: ReadonlySet<unknown>): unknown[] {
  const out: unknown[] = [];
  for (const scene of scenes) {
    const cam = scene.cameras.main;
    out.push(scene, cam.scrollX, cam.scrollY, cam.zoom, cam.width, cam.height);
    for (const o of scene.sys.displayList.list) {
      if (allowed.has(o)) continue;
      const t = o as unknown as Partial<Phaser.GameObjects.Image> & { type: string };
      out.push(o, t.visible, t.x, t.y, t.alpha, t.scaleX, t.scaleY, t.rotation, t.depth);
      if (o instanceof Phaser.GameObjects.Graphics) out.push(o.visible ? drawingOf(o) : 0);
      else if (o instanceof Phaser.GameObjects.Text) out.push(o.text, o.style.color, o.width, o.height);
      else if (t.frame) out.push(t.texture?.key, t.frame.name, t.frame.cutWidth, t.frame.cutHeight);
    }
  }
  return out;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

export interface PartialRedrawSource {
  /** Screen box (device px) of the moving part now; null when nothing is being dragged. */
  area(): Box | null;
  /** Objects that may change inside the area (the moving layer, its number, the hover cue). */
  allowed(): ReadonlySet<unknown>;
  /** Changes a signature cannot see (the baked map's texture): any change draws everything. */
  version(): number;
  /** Pixels around the area that its drawing may reach (strokes, handles, labels, cues). */
  marginPx(): number;
}

export class PartialRedraw {
  private lastArea: Box | null = null;
  private lastSig: unknown[] = [];
  private lastVersion = NaN;
  private lastSize = '';
  private clipped = false;
  /** Frames drawn whole and clipped (a seam for tests). */
  readonly frames = { whole: 0, clipped: 0 };
  private readonly renderer: Phaser.Renderer.Canvas.CanvasRenderer;
  private readonly onClear = (): void => this.beforeFrame();
  private readonly onPost = (): void => this.afterFrame();
  private readonly onWhole = (): void => this.redrawWhole();

  constructor(
    private readonly game: Phaser.Game,
    private readonly source: PartialRedrawSource,
  ) {
    this.renderer = game.renderer as Phaser.Renderer.Canvas.CanvasRenderer;
    this.renderer.on(Phaser.Renderer.Events.PRE_RENDER_CLEAR, this.onClear);
    this.renderer.on(Phaser.Renderer.Events.POST_RENDER, this.onPost);
    // A hidden tab's canvas may lose its pixels (a restored 2D context starts blank).
    document.addEventListener('visibilitychange', this.onWhole);
    game.canvas.addEventListener('contextrestored', this.onWhole);
  }

  /** The next frame draws everything (tests compare a clipped frame with a whole one). */
  redrawWhole(): void {
    this.lastSize = '';
  }

  private beforeFrame(): void {
    const r = this.renderer;
    const area = this.source.area();
    const size = `${r.width}x${r.height}`;
    const version = this.source.version();
    // Signatures only while something is dragged (the rest of the time every frame is whole).
    const sig = area ? signature(this.game.scene.getScenes(true), this.source.allowed()) : [];
    const clip =
      area && size === this.lastSize && version === this.lastVersion && same(sig, this.lastSig)
        ? clipFor(area, this.lastArea, this.source.marginPx(), r.width, r.height)
        : null;
    this.lastArea = area;
    this.lastSig = sig;
    this.lastVersion = version;
    this.lastSize = size;
    if (!clip) {
      this.frames.whole++;
      return;
    }
    this.frames.clipped++;
    const ctx = r.gameContext;
    ctx.save();
    ctx.beginPath();
    ctx.rect(clip.x0, clip.y0, clip.x1 - clip.x0, clip.y1 - clip.y0);
    ctx.clip();
    this.clipped = true;
  }

  private afterFrame(): void {
    if (!this.clipped) return;
    this.clipped = false;
    this.renderer.gameContext.restore();
  }

  destroy(): void {
    this.renderer.off(Phaser.Renderer.Events.PRE_RENDER_CLEAR, this.onClear);
    this.renderer.off(Phaser.Renderer.Events.POST_RENDER, this.onPost);
    document.removeEventListener('visibilitychange', this.onWhole);
    this.game.canvas.removeEventListener('contextrestored', this.onWhole);
    if (this.clipped) this.afterFrame();
  }
}

/** The map scene's partial redraw: the route's moving part, the hover cue, the baked map. */
export function mapPartialRedraw(
  game: Phaser.Game,
  layers: MapLayers,
  base: BaseMap,
  view: () => View,
  dpr: () => number,
): PartialRedraw {
  return new PartialRedraw(game, {
    area: () => {
      const b = layers.route.movingArea();
      if (!b) return null;
      const a = mapToScreen(view(), mapPx(b.x0, b.y0));
      const c = mapToScreen(view(), mapPx(b.x1, b.y1));
      return {
        x0: Math.min(a.x, c.x),
        y0: Math.min(a.y, c.y),
        x1: Math.max(a.x, c.x),
        y1: Math.max(a.y, c.y),
      };
    },
    allowed: () => new Set([...layers.route.movingObjects(), layers.preview.hoverObject()]),
    version: () => base.bakes,
    marginPx: () => MARGIN_CSS_PX * dpr(),
  });
}

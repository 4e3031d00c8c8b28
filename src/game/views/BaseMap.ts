/**
 * The static map (land, borders, coasts, graticule, reach rings, zones, targets) baked into one
 * texture at the camera's zoom. Between bakes the camera only moves and scales the image, so a
 * frame costs one textured quad whatever the detail of Natural Earth 1:50m.
 */
import Phaser from 'phaser';
import { bakeFrameFor, drawsOneToOne, frameCovers, frameRect, type BakeFrame } from '../bake';
import {
  clipPolyline,
  clipRing,
  dashes,
  flatBBox,
  hatch,
  rectsOverlap,
  simplify,
  type Flat,
  type Rect,
} from '../clip';
import type { BaseGeometry } from '../map-data';
import type { OverlayGeometry, ZoneShape } from '../overlay-data';
import type { MapPalette } from '../palette';
import type { View } from '../view';
import { fillRing, strokeLines, strokeSegments } from './draw';
import { drawAirfield, drawTarget, labelStyle } from './marks';
import { bakeLabels, type LabelItem } from './map-labels';
import { cssHex } from '../palette';
import { placeName } from '../../i18n';

/** A ring with its bbox, computed once. */
interface Boxed {
  f: Flat;
  box: Rect;
}

const boxed = (f: Flat): Boxed => ({ f, box: flatBBox(f) });

export class BaseMap {
  private readonly image: Phaser.GameObjects.RenderTexture;
  private readonly g: Phaser.GameObjects.Graphics;
  /** Leader lines of labels moved away from their point. */
  private readonly leaders: Phaser.GameObjects.Graphics;
  private frame: BakeFrame | null = null;
  private readonly labels: Phaser.GameObjects.Text[];
  private readonly zoneLabels: Phaser.GameObjects.Text[];
  private readonly targetLabels: Phaser.GameObjects.Text[];
  /** Top centre of each zone, map px: its name sits just above. */
  private readonly zoneAnchors: ({ x: number; y: number } | null)[];
  private readonly land: { host: boolean; outer: Boxed[]; holes: Boxed[] }[];
  private readonly lines: { borders: Boxed[]; coast: Boxed[]; graticule: Boxed[]; hostOutline: Boxed[] };

  constructor(
    private readonly scene: Phaser.Scene,
    base: BaseGeometry,
    private readonly overlay: OverlayGeometry,
    private readonly palette: MapPalette,
    /** Device pixels per CSS pixel: line widths are given in CSS px. */
    private readonly dpr: number,
  ) {
    this.land = base.land.map((l) => ({
      host: l.host,
      outer: l.outer.map(boxed),
      holes: l.holes.map(boxed),
    }));
    this.lines = {
      borders: base.borders.map(boxed),
      coast: base.coast.map(boxed),
      graticule: base.graticule.map(boxed),
      hostOutline: base.land.filter((l) => l.host).flatMap((l) => l.outer.map(boxed)),
    };
    this.image = scene.add.renderTexture(0, 0, 16, 16).setOrigin(0, 0).setDepth(0);
    this.g = scene.make.graphics({}, false);
    this.leaders = scene.make.graphics({}, false);
    this.labels = overlay.airfields.map((a) =>
      scene.make.text({ text: a.name, style: labelStyle(palette, dpr) }, false),
    );
    // Zone names in the zone's colour, smaller than the airfields' (which win any overlap).
    this.zoneLabels = overlay.zones.map((z) => {
      const restriction = z.kind === 'distance-cap' || z.kind === 'corridor' || z.kind === 'altitude-floor';
      const style = {
        ...labelStyle(palette, dpr, 12),
        color: cssHex(restriction ? palette.restriction : palette.notice),
      };
      return scene.make.text({ text: placeName(z.name), style }, false);
    });
    // Site names last: they give way to airfields and zones when space is short.
    this.targetLabels = overlay.targets.map((tm) =>
      scene.make.text(
        { text: tm.name, style: { ...labelStyle(palette, dpr, 12), fontStyle: '400', color: '#efc3dd' } },
        false,
      ),
    );
    this.zoneAnchors = overlay.zones.map((z) => {
      const all = [...z.rings, ...z.lines].flat();
      if (all.length < 2) return null;
      const [x0, y0, x1] = flatBBox(all);
      return { x: (x0 + x1) / 2, y: y0 };
    });
  }

  /** How many times the texture was baked (a new bake changes pixels no object signature shows). */
  bakes = 0;

  /** Bakes again only when the settled view is not served by the current texture. */
  update(view: View): boolean {
    if (frameCovers(this.frame, view)) return false;
    this.bake(view);
    this.follow(view.zoom);
    return true;
  }

  /**
   * The camera's zoom changed (or the texture was baked): on the Canvas renderer, sample 1:1
   * frames exactly (see `drawsOneToOne`). WebGL keeps linear filtering: sampling is free on a
   * GPU, and changing the filter of a render texture there blanked it (Phaser 4).
   */
  follow(zoom: number): void {
    if (this.scene.sys.game.renderer.type !== Phaser.CANVAS) return;
    const filter = drawsOneToOne(this.frame, zoom)
      ? Phaser.Textures.FilterMode.NEAREST
      : Phaser.Textures.FilterMode.LINEAR;
    if (this.image.texture.source[0]?.scaleMode !== filter) this.image.texture.setFilter(filter);
  }

  private bake(view: View): void {
    this.bakes++;
    const frame = bakeFrameFor(view);
    if (!this.frame || this.frame.widthPx !== frame.widthPx || this.frame.heightPx !== frame.heightPx) {
      this.image.resize(frame.widthPx, frame.heightPx);
    }
    this.frame = frame;
    const g = this.g;
    g.clear();
    g.setScale(frame.zoom);
    g.setPosition(-frame.ox * frame.zoom, -frame.oy * frame.zoom);
    const rect = frameRect(frame);
    const px = this.dpr / frame.zoom; // one CSS pixel in map px
    this.drawLand(g, rect, px);
    this.drawLines(g, rect, px);
    this.drawZones(g, rect, px);
    this.drawRings(g, rect, px);
    this.drawTargets(g, px);
    this.drawAirfields(g, px);
    this.image.clear();
    this.image.fill(this.palette.water, 1);
    this.image.draw(g);
    this.placeLabels(frame, view);
    this.image.render();
    this.image.setPosition(frame.ox, frame.oy).setScale(1 / frame.zoom);
  }

  private visibleRings(rings: Boxed[], rect: Rect, tol: number): number[][] {
    const out: number[][] = [];
    for (const r of rings) {
      if (!rectsOverlap(r.box, rect)) continue;
      const inside = r.box[0] >= rect[0] && r.box[1] >= rect[1] && r.box[2] <= rect[2] && r.box[3] <= rect[3];
      const s = simplify(r.f, tol);
      const c = inside ? s : clipRing(s, rect);
      if (c.length >= 6) out.push(c);
    }
    return out;
  }

  private visibleLines(lines: Boxed[], rect: Rect, tol: number): number[][] {
    const out: number[][] = [];
    for (const l of lines) {
      if (!rectsOverlap(l.box, rect)) continue;
      out.push(...clipPolyline(simplify(l.f, tol), rect));
    }
    return out;
  }

  private drawLand(g: Phaser.GameObjects.Graphics, rect: Rect, px: number): void {
    const tol = px * 0.6;
    const p = this.palette;
    for (const pass of [false, true]) {
      g.fillStyle(pass ? p.hostLand : p.land, 1);
      for (const l of this.land)
        if (l.host === pass) for (const r of this.visibleRings(l.outer, rect, tol)) fillRing(g, r);
      // Enclaves of other states inside the host (and the host's inside others) show their own land.
      g.fillStyle(pass ? p.land : p.hostLand, 1);
      for (const l of this.land)
        if (l.host === pass) for (const r of this.visibleRings(l.holes, rect, tol)) fillRing(g, r);
    }
  }

  private drawLines(g: Phaser.GameObjects.Graphics, rect: Rect, px: number): void {
    const tol = px * 0.6;
    const p = this.palette;
    g.lineStyle(px, p.graticule, p.graticuleAlpha);
    strokeLines(g, this.visibleLines(this.lines.graticule, rect, tol));
    g.lineStyle(px, p.coast, 1);
    strokeLines(g, this.visibleLines(this.lines.coast, rect, tol));
    g.lineStyle(px, p.border, 1);
    strokeLines(g, this.visibleLines(this.lines.borders, rect, tol));
    g.lineStyle(1.5 * px, p.hostBorder, 1);
    strokeLines(g, this.visibleRings(this.lines.hostOutline, rect, tol), true);
  }

  private drawZones(g: Phaser.GameObjects.Graphics, rect: Rect, px: number): void {
    for (const z of this.overlay.zones) this.drawZone(g, z, rect, px);
  }

  private drawZone(g: Phaser.GameObjects.Graphics, z: ZoneShape, rect: Rect, px: number): void {
    const p = this.palette;
    const rings = z.rings.map((r) => clipRing(r, rect)).filter((r) => r.length >= 6);
    const restriction = z.kind === 'distance-cap' || z.kind === 'corridor' || z.kind === 'altitude-floor';
    const colour = restriction ? p.restriction : p.notice;
    g.fillStyle(colour, restriction ? 0.1 : 0.07);
    for (const r of rings) fillRing(g, r);
    if (restriction) {
      // Restrictions are hatched (VISUAL.md): colour is never the only cue.
      g.lineStyle(px, colour, 0.55);
      strokeSegments(g, hatch(rings, (z.kind === 'altitude-floor' ? 12 : 7) * px));
      g.lineStyle(1.5 * px, colour, 0.95);
      const outline = rings.map((r) => [...r, r[0] as number, r[1] as number]);
      strokeLines(
        g,
        z.kind === 'altitude-floor' ? outline.flatMap((r) => dashes(r, 8 * px, 4 * px)) : outline,
      );
      g.lineStyle(2 * px, colour, 0.95);
      strokeLines(
        g,
        z.lines.flatMap((l) => dashes(l, 10 * px, 5 * px)),
      );
    } else {
      // Hazardous and exercise airspace: dotted outlines (notices).
      g.lineStyle(2 * px, colour, 0.95);
      const dot = z.kind === 'exercise' ? [6 * px, 4 * px] : [2 * px, 4 * px];
      strokeLines(
        g,
        rings.flatMap((r) =>
          dashes([...r, r[0] as number, r[1] as number], dot[0] as number, dot[1] as number),
        ),
      );
    }
  }

  private drawRings(g: Phaser.GameObjects.Graphics, rect: Rect, px: number): void {
    g.lineStyle(1.25 * px, this.palette.airfield, 0.55);
    for (const a of this.overlay.airfields) {
      const lines = a.ring.flatMap((l) => clipPolyline(l, rect));
      strokeLines(
        g,
        lines.flatMap((l) => dashes(l, 10 * px, 6 * px)),
      );
    }
  }

  private drawTargets(g: Phaser.GameObjects.Graphics, px: number): void {
    for (const t of this.overlay.targets) drawTarget(g, t, this.palette.target, this.palette.halo, px);
  }

  private drawAirfields(g: Phaser.GameObjects.Graphics, px: number): void {
    for (const a of this.overlay.airfields) drawAirfield(g, a.at, this.palette, px);
  }

  /** Site, zone and airfield names baked into the texture (map-labels.ts places them). */
  private placeLabels(frame: BakeFrame, view: View): void {
    const items: LabelItem[] = [];
    this.overlay.airfields.forEach((a, i) =>
      items.push({ t: this.labels[i] as Phaser.GameObjects.Text, x: a.at.x, y: a.at.y, rank: 0 }),
    );
    this.overlay.targets.forEach((tm, i) =>
      items.push({
        t: this.targetLabels[i] as Phaser.GameObjects.Text,
        x: tm.at.x,
        y: tm.at.y,
        rank: tm.objective ? 1 : 3,
      }),
    );
    this.zoneAnchors.forEach((at, i) => {
      if (at) items.push({ t: this.zoneLabels[i] as Phaser.GameObjects.Text, x: at.x, y: at.y, rank: 2 });
    });
    bakeLabels(this.image, this.leaders, items, frame, view, this.dpr, this.palette);
  }

  /** Map px → the labels' (and markers') screen boxes are baked; nothing to do per frame. */
  get bakedZoom(): number {
    return this.frame?.zoom ?? 0;
  }

  destroy(): void {
    this.image.destroy();
    this.g.destroy();
    this.leaders.destroy();
    for (const t of [...this.labels, ...this.zoneLabels, ...this.targetLabels]) t.destroy();
  }
}

/**
 * The planned route: sensor footprint strips, legs (offending legs dashed in the finding's
 * colour with the reason beside them), waypoint handles. Redrawn only when the plan, the
 * verdict, the selection or the zoom changes: never per frame.
 */
import Phaser from 'phaser';
import type { RouteModel } from './route-model';
import { dashes } from '../clip';
import { bufferLine } from '../overlay-data';
import type { MapPalette } from '../palette';
import { d3Polygon, type MapProjection, type MapPx } from '../projection';
import { projectGeo } from '../project-geo';
import {
  legMarks,
  legMidpoint,
  lineLength,
  nearestLeg,
  nearestPoint,
  projectLegs,
  projectStops,
  routeStops,
  type AirfieldLookup,
  type Stop,
} from '../route-geom';
import { cssHex } from '../palette';
import { placeLabels } from '../labels';
import { fillRing, strokeLines } from './draw';

/** Touch target: 44 CSS px across (WCAG 2.5.5), i.e. a 22 px radius. */
export const HANDLE_HIT_RADIUS_CSS_PX = 22;
const HANDLE_RADIUS_CSS_PX = 9;
/** A sensor swath is never drawn narrower than this on screen. */
export const MIN_SWATH_CSS_PX = 7;

export class RouteLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly numbers: Phaser.GameObjects.Text[] = [];
  private stops: MapPx[] = [];
  private legs: number[][][] = [];
  private model: RouteModel = { plan: null, verdict: null, selected: null, editable: false };
  private zoom = 1;
  private readonly stripCache = new Map<string, number[][]>();
  private legCache = new Map<string, number[][]>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly projection: MapProjection,
    private readonly airfield: AirfieldLookup,
    private readonly palette: MapPalette,
    private readonly dpr: () => number,
  ) {
    this.g = scene.add.graphics().setDepth(10);
  }

  set(model: RouteModel): void {
    const planChanged = model.plan !== this.model.plan;
    this.model = model;
    if (planChanged) this.reproject();
    this.draw();
  }

  setZoom(zoom: number): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this.draw();
  }

  private reproject(): void {
    const stops = this.model.plan ? routeStops(this.model.plan, this.airfield) : null;
    this.stops = stops ? projectStops(this.projection, stops) : [];
    // Only the legs that changed are projected again (a drag moves two legs of fifty).
    const legs: number[][][] = [];
    const cache = new Map<string, number[][]>();
    for (let i = 0; stops && i + 1 < stops.length; i++) {
      const a = stops[i] as Stop;
      const b = stops[i + 1] as Stop;
      const key = `${a.lat},${a.lon},${b.lat},${b.lon}`;
      const lines = this.legCache.get(key) ?? projectLegs(this.projection, [a, b])[0] ?? [];
      cache.set(key, lines);
      legs.push(lines);
    }
    this.legCache = cache;
    this.legs = legs;
  }

  /** Waypoint index under a map point (handles only, not the airfields), or null. */
  handleAt(p: MapPx): number | null {
    if (!this.model.editable) return null;
    const handles = this.stops.slice(1, -1);
    return nearestPoint(handles, p, (HANDLE_HIT_RADIUS_CSS_PX * this.dpr()) / this.zoom);
  }

  /** What the pointer would do here: drag a handle, insert on a leg, or add at the end. */
  hoverAt(p: MapPx): 'grab' | 'copy' | 'crosshair' {
    if (this.handleAt(p) !== null) return 'grab';
    return this.legAt(p) !== null ? 'copy' : 'crosshair';
  }

  /** Leg index under a map point, or null. */
  legAt(p: MapPx): number | null {
    // An empty route's only "leg" is the airfield's zero-length one: a tap there adds waypoint 1.
    if (!this.model.editable || !this.model.plan?.waypoints.length) return null;
    return nearestLeg(this.legs, p, (10 * this.dpr()) / this.zoom);
  }

  private stripRings(i: number, a: Stop, b: Stop, swathKm: number): number[][] {
    const key = `${a.lat},${a.lon},${b.lat},${b.lon},${swathKm}`;
    const hit = this.stripCache.get(key);
    if (hit) return hit;
    const ring = bufferLine(
      [
        [a.lon, a.lat],
        [b.lon, b.lat],
      ],
      swathKm / 2,
    );
    const rings =
      ring.length > 3
        ? projectGeo(this.projection, { type: 'Polygon', coordinates: d3Polygon([ring]) }).rings
        : [];
    if (this.stripCache.size > 400) this.stripCache.clear();
    this.stripCache.set(key, rings);
    return rings;
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    const { plan, verdict, selected, editable } = this.model;
    if (!plan || this.stops.length < 2) {
      this.hideLabels(0);
      return;
    }
    const px = this.dpr() / this.zoom;
    const p = this.palette;
    const stops = routeStops(plan, this.airfield) ?? [];
    // Footprint strips: what the chosen sensors would see along each leg. Narrower on screen
    // than MIN_SWATH_CSS_PX, a strip is drawn as a band of that width instead, so a 7.5 km swath
    // still shows at 5 km per pixel (the scale bar says how wide it really is).
    if (editable && verdict) {
      verdict.legs.forEach((leg, i) => {
        const swath = Math.max(0, ...leg.sensors.map((s) => s.swathKm));
        const a = stops[i];
        const b = stops[i + 1];
        if (!(swath > 0 && a && b)) return;
        const lines = this.legs[i] ?? [];
        const kmPerMapPx = leg.lengthKm / Math.max(1e-9, lineLength(lines));
        if (swath / kmPerMapPx < MIN_SWATH_CSS_PX * px) {
          g.lineStyle(MIN_SWATH_CSS_PX * px, p.route, 0.22);
          strokeLines(g, lines);
        } else {
          g.fillStyle(p.route, 0.13);
          for (const r of this.stripRings(i, a, b, swath)) fillRing(g, r);
        }
      });
    }
    if (this.model.dimmed) {
      // The plan as submitted, beneath the host's proposal: thin, dashed, quiet.
      g.lineStyle(3 * px, p.halo, 0.6);
      strokeLines(g, this.legs.flat());
      g.lineStyle(2 * px, p.route, 0.9);
      strokeLines(
        g,
        this.legs.flat().flatMap((l) => dashes(l, 8 * px, 6 * px)),
      );
      for (const h of this.stops.slice(1, -1)) {
        g.fillStyle(p.halo, 0.8).fillCircle(h.x, h.y, 3.5 * px);
        g.fillStyle(p.route, 0.75).fillCircle(h.x, h.y, 2.5 * px);
      }
      this.drawNumbers(false);
      this.hideLabels(0);
      return;
    }
    const marks = legMarks(verdict, this.legs.length);
    // Dark casing under every leg so the route reads over any land.
    g.lineStyle(6 * px, p.halo, 0.75);
    strokeLines(g, this.legs.flat());
    this.legs.forEach((lines, i) => {
      const m = marks[i];
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
    });
    if (editable) this.drawHandles(g, px, selected);
    this.drawNumbers(editable);
    this.drawLabels(marks.map((m, i) => ({ m, i })).filter((x) => x.m.severity !== null));
  }

  private drawHandles(g: Phaser.GameObjects.Graphics, px: number, selected: number | null): void {
    const p = this.palette;
    const handles = this.stops.slice(1, -1);
    handles.forEach((h, i) => {
      const r = HANDLE_RADIUS_CSS_PX * px;
      g.fillStyle(p.halo, 0.9).fillCircle(h.x, h.y, r + 2 * px);
      g.fillStyle(i === selected ? p.airfield : p.route, 1).fillCircle(h.x, h.y, r);
      if (i === selected) {
        g.lineStyle(2 * px, p.airfield, 1).strokeCircle(h.x, h.y, r + 5 * px);
      }
    });
  }

  /** Waypoint numbers inside the handles, as in the route table (1 = the first waypoint). */
  private drawNumbers(show: boolean): void {
    const handles = show ? this.stops.slice(1, -1) : [];
    const dpr = this.dpr();
    handles.forEach((h, i) => {
      let t = this.numbers[i];
      if (!t) {
        t = this.scene.add
          .text(0, 0, '', {
            fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
            fontSize: `${Math.round(11 * dpr)}px`,
            fontStyle: '600',
            color: '#06121d',
          })
          .setOrigin(0.5, 0.5)
          .setDepth(10.8);
        this.numbers.push(t);
      }
      const label = String(i + 1);
      if (t.text !== label) t.setText(label);
      t.setPosition(h.x, h.y)
        .setScale(1 / this.zoom)
        .setVisible(true);
    });
    for (let k = handles.length; k < this.numbers.length; k++) this.numbers[k]?.setVisible(false);
  }

  /** The reason beside each offending leg, placed so reasons, handles and each other never overlap. */
  private drawLabels(offending: { m: { severity: string | null; title: string | null }; i: number }[]): void {
    const dpr = this.dpr();
    const z = this.zoom;
    const shown: { t: Phaser.GameObjects.Text; mid: { x: number; y: number } }[] = [];
    offending.forEach(({ m, i }, k) => {
      let t = this.labels[k];
      if (!t) {
        t = this.scene.add.text(0, 0, '', this.labelStyle(dpr)).setDepth(11);
        this.labels.push(t);
      }
      const colour = cssHex(m.severity === 'violation' ? 0xff9b66 : 0xffc14d);
      if (t.style.color !== colour) t.setColor(colour);
      const text = `${m.severity === 'violation' ? '✕' : '!'} ${m.title ?? ''}`;
      if (t.text !== text) t.setText(text);
      const mid = legMidpoint(this.legs[i] ?? []);
      t.setVisible(false);
      if (mid) shown.push({ t, mid });
    });
    // Placement in screen px at the current zoom; handles are obstacles.
    const r = (HANDLE_RADIUS_CSS_PX + 3) * dpr;
    const obstacles = this.model.editable
      ? this.stops.slice(1, -1).map((h) => [h.x * z - r, h.y * z - r, h.x * z + r, h.y * z + r] as const)
      : [];
    const spots = placeLabels(
      shown.map(({ t, mid }) => ({ x: mid.x * z, y: mid.y * z, width: t.width, height: t.height })),
      6 * dpr,
      4 * dpr,
      obstacles,
    );
    spots.forEach((spot, k) => {
      const item = shown[k];
      if (!item || !spot.shown) return;
      item.t
        .setOrigin(0, 0)
        .setPosition(spot.x / z, spot.y / z)
        .setScale(1 / z)
        .setVisible(true);
    });
    this.hideLabels(offending.length);
  }

  private labelStyle(dpr: number): Phaser.Types.GameObjects.Text.TextStyle {
    return {
      fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
      fontSize: `${Math.round(12 * dpr)}px`,
      fontStyle: '600',
      stroke: cssHex(this.palette.halo),
      strokeThickness: Math.round(4 * dpr),
    };
  }

  private hideLabels(from: number): void {
    for (let k = from; k < this.labels.length; k++) this.labels[k]?.setVisible(false);
  }

  destroy(): void {
    this.g.destroy();
    for (const t of [...this.labels, ...this.numbers]) t.destroy();
  }
}

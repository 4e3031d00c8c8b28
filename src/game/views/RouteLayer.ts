/**
 * The planned route: sensor footprint strips, legs (offending legs dashed in the finding's
 * colour with the reason beside them), waypoint handles. Redrawn only when the plan, the
 * verdict, the selection or the zoom changes: never per frame.
 *
 * While a waypoint is dragged (the model's `dragging`) the route is two layers: the fixed part
 * (every leg and handle the drag does not move), drawn once when the drag starts, and the
 * moving part (the two legs at the dragged waypoint, its handle and its neighbours'), the only
 * one drawn again on each move. When the waypoint lands the whole route is drawn once more, with
 * the verdict of the new plan on every leg.
 */
import type Phaser from 'phaser';
import type { Plan } from '../../rules/types';
import type { RouteModel } from './route-model';
import { bufferLine } from '../overlay-data';
import type { MapPalette } from '../palette';
import { d3Polygon, type MapProjection, type MapPx } from '../projection';
import { projectGeo } from '../project-geo';
import {
  legMarks,
  nearestLeg,
  nearestPoint,
  projectLegs,
  projectStops,
  routeStops,
  type AirfieldLookup,
  type LegMark,
  type Stop,
} from '../route-geom';
import { drawDimmed, drawHandles, drawLegs, type RouteDrawing } from './route-draw';
import { RouteTexts, type TextAdopter } from './route-texts';
import { growBox, type Box } from '../box';

/** Touch target: 44 CSS px across (WCAG 2.5.5), i.e. a 22 px radius. */
const HANDLE_HIT_RADIUS_CSS_PX = 22;

/** Only waypoint `i` differs between two plans (same airfields, same count): a drag's move. */
function onlyMoved(a: Plan | null, b: Plan | null, i: number): boolean {
  if (!a || !b || a.airfield !== b.airfield || a.endAirfield !== b.endAirfield) return false;
  if (a.waypoints.length !== b.waypoints.length) return false;
  return a.waypoints.every((w, k) => k === i || w === b.waypoints[k]);
}

export class RouteLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  /** The legs and handles a drag moves (empty when no drag). */
  private readonly moving: Phaser.GameObjects.Graphics;
  private readonly texts: RouteTexts;
  private stopsLatLon: Stop[] = [];
  private stops: MapPx[] = [];
  private legs: number[][][] = [];
  private model: RouteModel = { plan: null, verdict: null, selected: null, editable: false };
  private zoom = 1;
  /** The leg marks the fixed part was drawn with (kept for the moving part during a drag). */
  private marks: LegMark[] = [];
  private readonly stripCache = new Map<string, number[][]>();
  private legCache = new Map<string, number[][]>();
  /** Map-px box of what the moving layer last drew (its legs, their strips, its handles). */
  private movingBox: Box | null = null;
  /** How often each part was drawn (a seam for tests: a drag redraws only the moving part). */
  readonly drawCount = { full: 0, moving: 0 };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly projection: MapProjection,
    private readonly airfield: AirfieldLookup,
    private readonly palette: MapPalette,
    private readonly dpr: () => number,
    /** Draws the waypoint numbers in one pass (Canvas renderer), or null. */
    numbers: TextAdopter | null = null,
  ) {
    this.g = scene.add.graphics().setDepth(10);
    this.moving = scene.add.graphics().setDepth(10.1);
    this.texts = new RouteTexts(scene, palette, dpr, numbers);
  }

  set(model: RouteModel): void {
    const prev = this.model;
    this.model = model;
    if (model.plan !== prev.plan) this.reproject();
    const d = this.dragged();
    const moveOnly =
      d !== null &&
      prev.dragging === d &&
      prev.selected === model.selected &&
      onlyMoved(prev.plan, model.plan, d);
    if (moveOnly) this.drawMoving(d);
    else this.draw();
  }

  setZoom(zoom: number): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this.draw();
  }

  /** The waypoint being dragged, when the route is editable and has it. */
  private dragged(): number | null {
    const { dragging, editable, dimmed, plan } = this.model;
    if (dragging == null || !editable || dimmed || !plan) return null;
    return dragging >= 0 && dragging < plan.waypoints.length ? dragging : null;
  }

  private reproject(): void {
    const stops = this.model.plan ? routeStops(this.model.plan, this.airfield) : null;
    this.stopsLatLon = stops ?? [];
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

  /** Leg index under a map point, or null. */
  legAt(p: MapPx): number | null {
    // An empty route's only "leg" is the airfield's zero-length one: a tap there adds waypoint 1.
    if (!this.model.editable || !this.model.plan?.waypoints.length) return null;
    return nearestLeg(this.legs, p, (10 * this.dpr()) / this.zoom);
  }

  private stripRings(i: number, swathKm: number): number[][] {
    const a = this.stopsLatLon[i];
    const b = this.stopsLatLon[i + 1];
    if (!a || !b) return [];
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

  private drawing(): RouteDrawing {
    return {
      palette: this.palette,
      px: this.dpr() / this.zoom,
      legs: this.legs,
      marks: this.marks,
      verdict: this.model.verdict,
      strip: (i, swath) => this.stripRings(i, swath),
    };
  }

  /** Legs a drag of waypoint d moves (the ones ending and starting there) and handles it redraws. */
  private static movedBy(d: number): { legs: number[]; handles: number[] } {
    return { legs: [d, d + 1], handles: [d - 1, d + 1, d] };
  }

  /** The whole route (no drag), or its fixed part and the moving part (a drag begins, the zoom changes). */
  private draw(): void {
    this.drawCount.full++;
    const g = this.g;
    g.clear();
    this.moving.clear();
    const { plan, selected, editable } = this.model;
    if (!plan || this.stops.length < 2) {
      this.texts.hide();
      return;
    }
    const px = this.dpr() / this.zoom;
    const handles = this.stops.slice(1, -1);
    if (this.model.dimmed) {
      drawDimmed(g, this.palette, px, this.legs, handles);
      this.texts.hide();
      return;
    }
    this.marks = legMarks(this.model.verdict, this.legs.length);
    const d = this.dragged();
    const moved = d === null ? null : RouteLayer.movedBy(d);
    const all = this.legs.map((_, i) => i);
    const drawing = this.drawing();
    drawLegs(g, drawing, moved ? all.filter((i) => !moved.legs.includes(i)) : all, editable);
    if (editable) {
      const which = handles.map((_, i) => i).filter((i) => i !== d);
      drawHandles(g, this.palette, px, handles, which, selected);
    }
    this.texts.numbers(editable ? handles : [], this.zoom);
    const offending = this.marks.map((m, i) => ({ m, i })).filter((x) => x.m.severity !== null);
    // During a drag the reasons of the moving legs wait for the drop (they would trail the pointer).
    this.texts.reasons(
      moved ? offending.filter((x) => !moved.legs.includes(x.i)) : offending,
      this.legs,
      editable ? handles : [],
      this.zoom,
    );
    if (d !== null) this.drawMoving(d);
  }

  /** The two legs at the dragged waypoint, its handle and its neighbours', on the moving layer. */
  private drawMoving(d: number): void {
    this.drawCount.moving++;
    const g = this.moving;
    g.clear();
    const px = this.dpr() / this.zoom;
    const moved = RouteLayer.movedBy(d);
    const handles = this.stops.slice(1, -1);
    // The moving legs show the verdict of each move; the fixed ones keep the drag start's.
    let box: Box | null = null;
    const base = this.drawing();
    const drawing = {
      ...base,
      marks: legMarks(this.model.verdict, this.legs.length),
      strip: (i: number, swathKm: number) => {
        const rings = base.strip(i, swathKm);
        for (const r of rings) box = growBox(box, r);
        return rings;
      },
    };
    for (const i of moved.legs) for (const line of this.legs[i] ?? []) box = growBox(box, line);
    drawLegs(g, drawing, moved.legs, true);
    this.movingBox = box;
    drawHandles(g, this.palette, px, handles, moved.handles, this.model.selected);
    const h = handles[d];
    if (h) this.texts.moveNumber(d, h);
  }

  /** What the moving part covers now (map px), while a waypoint is dragged; else null. */
  movingArea(): Box | null {
    return this.dragged() === null ? null : this.movingBox;
  }

  /** The objects a drag frame changes: the moving layer and the dragged waypoint's number. */
  movingObjects(): unknown[] {
    const d = this.dragged();
    return d === null ? [this.moving] : [this.moving, this.texts.numberObject(d)];
  }

  destroy(): void {
    this.g.destroy();
    this.moving.destroy();
    this.texts.destroy();
  }
}

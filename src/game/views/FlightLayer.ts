/**
 * The flight: footprint swept so far, the aircraft on its track, clouds as soft translucent
 * cells, captured targets flashing. Everything comes from the simulated FlightResult and the
 * flight clock (hours after arrival): the map never decides what was captured.
 */
import Phaser from 'phaser';
import type { FlightResult, Forecast } from '../../rules/sim';
import { positionAt } from '../../rules/sim';
import { destination } from '../../rules/sim/sphere';
import type { Target } from '../../rules/types';
import type { MapPalette } from '../palette';
import { lonLat, type MapProjection } from '../projection';
import { fillRing } from './draw';
import { sweptWithGap } from '../flight-geom';

export class FlightLayer {
  private readonly swept: Phaser.GameObjects.Graphics;
  private readonly clouds: Phaser.GameObjects.Graphics;
  private readonly plane: Phaser.GameObjects.Graphics;
  private readonly flashes: Phaser.GameObjects.Graphics;
  private flight: FlightResult | null = null;
  private drawnTH = NaN;
  private cloudTH = NaN;
  private readonly flashStart = new Map<string, number>();
  private seen = new Set<string>();
  private zoom = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly projection: MapProjection,
    private readonly palette: MapPalette,
    private readonly targets: readonly Target[],
    private readonly forecast: Forecast | null,
    private readonly dpr: () => number,
    private readonly reducedMotion: () => boolean,
  ) {
    this.clouds = scene.add.graphics().setDepth(6);
    this.swept = scene.add.graphics().setDepth(10.5);
    this.flashes = scene.add.graphics().setDepth(12);
    this.plane = scene.add.graphics().setDepth(13);
  }

  setFlight(flight: FlightResult | null): void {
    if (flight === this.flight) return;
    this.flight = flight;
    this.seen = new Set();
    this.flashStart.clear();
    this.drawnTH = NaN;
    this.cloudTH = NaN;
    // No flight (a new mission, a retry): nothing of the last one stays, clouds included.
    if (!flight) for (const g of [this.swept, this.plane, this.flashes, this.clouds]) g.clear();
  }

  setZoom(zoom: number): void {
    this.zoom = zoom;
    this.drawnTH = NaN;
    this.cloudTH = NaN;
  }

  /** Per frame: the aircraft moves; the swept footprint and clouds follow the clock. */
  update(tH: number | null, nowMs: number): void {
    const f = this.flight;
    const px = this.dpr() / this.zoom;
    if (this.forecast && tH !== null && !(Math.abs(tH - this.cloudTH) < 0.05)) this.drawClouds(tH);
    if (!f || tH === null) {
      this.plane.clear();
      return;
    }
    if (tH !== this.drawnTH) {
      this.drawSwept(f, tH);
      this.drawnTH = tH;
      for (const c of f.captures)
        if (c.tH <= tH && !this.seen.has(c.targetId)) {
          this.seen.add(c.targetId);
          this.flashStart.set(c.targetId, nowMs);
        }
    }
    this.drawPlane(f, tH, px);
    this.drawFlashes(nowMs, px);
  }

  private drawSwept(f: FlightResult, tH: number): void {
    const g = this.swept;
    g.clear();
    g.fillStyle(this.palette.route, 0.22);
    for (const strip of f.strips) {
      const start = f.legStartsH[strip.leg];
      if (start === undefined || start > tH) continue;
      const end = f.legStartsH[strip.leg + 1] ?? f.landingAfterArrivalH;
      const span = end > start ? end - start : 1;
      const frac = end > start ? Math.min(1, (tH - start) / span) : 1;
      // An accepted deviation: no footprint while the sensors were off.
      const d = f.deviation;
      const off =
        d && d.sensorsOffFromH !== null && d.sensorsOffToH !== null
          ? { from: (d.sensorsOffFromH - start) / span, to: (d.sensorsOffToH - start) / span }
          : null;
      for (const ring of sweptWithGap(strip.polygon, frac, off)) {
        if (ring.length < 3) continue;
        const coords = ring.map((p) => [p.lon, p.lat]);
        coords.push(coords[0] as number[]);
        for (const flat of this.projectRing(coords)) fillRing(g, flat);
      }
    }
  }

  private projectRing(coords: number[][]): number[][] {
    const out: number[] = [];
    for (const c of coords) {
      const p = this.projection.toMap(lonLat(c[0] ?? 0, c[1] ?? 0));
      if (Number.isFinite(p.x)) out.push(p.x, p.y);
    }
    return out.length >= 6 ? [out] : [];
  }

  private drawPlane(f: FlightResult, tH: number, px: number): void {
    const pos = positionAt(f, tH);
    const g = this.plane;
    g.clear();
    if (!pos) return;
    const here = this.projection.toMap(lonLat(pos.lon, pos.lat));
    const ahead = positionAt(f, tH + 0.05);
    const next = ahead ? this.projection.toMap(lonLat(ahead.lon, ahead.lat)) : here;
    const angle = Math.atan2(next.y - here.y, next.x - here.x) || -Math.PI / 2;
    const s = 9 * px;
    const pt = (a: number, r: number): [number, number] => [
      here.x + Math.cos(angle + a) * r,
      here.y + Math.sin(angle + a) * r,
    ];
    const tri = (scale: number): void => {
      const [ax, ay] = pt(0, s * scale);
      const [bx, by] = pt(2.5, s * 0.8 * scale);
      const [cx, cy] = pt(-2.5, s * 0.8 * scale);
      g.fillTriangle(ax, ay, bx, by, cx, cy);
    };
    g.fillStyle(this.palette.halo, 0.9);
    tri(1.35);
    g.fillStyle(this.palette.airfield, 1);
    tri(1);
  }

  private drawFlashes(nowMs: number, px: number): void {
    const g = this.flashes;
    g.clear();
    const still = this.reducedMotion();
    for (const [id, start] of this.flashStart) {
      const age = (nowMs - start) / 1000;
      const t = this.targets.find((x) => x.id === id);
      if (!t) continue;
      const at = this.projection.toMap(lonLat(t.lon, t.lat));
      if (age > 2.5) {
        // Captured: a steady green ring stays.
        g.lineStyle(2 * px, this.palette.lawful, 1).strokeCircle(at.x, at.y, 11 * px);
        continue;
      }
      const r = still ? 11 : 11 + 16 * (age % 0.8);
      const a = still ? 1 : 1 - (age % 0.8) / 0.8;
      g.lineStyle(2.5 * px, this.palette.lawful, a).strokeCircle(at.x, at.y, r * px);
    }
  }

  private drawClouds(tH: number): void {
    const fc = this.forecast;
    const g = this.clouds;
    g.clear();
    this.cloudTH = tH;
    if (!fc) return;
    const [[x0, y0], [x1, y1]] = this.projection.allBounds;
    const corners = [
      this.projection.toLonLat({ x: x0, y: y0 } as never),
      this.projection.toLonLat({ x: x1, y: y1 } as never),
      this.projection.toLonLat({ x: x0, y: y1 } as never),
      this.projection.toLonLat({ x: x1, y: y0 } as never),
    ].filter((c) => Number.isFinite(c[0]));
    if (corners.length === 0) return;
    const lons = corners.map((c) => c[0]);
    const lats = corners.map((c) => c[1]);
    const box = [
      Math.min(...lons) - 10,
      Math.min(...lats) - 5,
      Math.max(...lons) + 10,
      Math.max(...lats) + 5,
    ] as const;
    for (const cell of fc.cellsIn(box, tH)) {
      const centre = this.projection.toMap(lonLat(cell.lon, cell.lat));
      const edge = destination({ lat: cell.lat, lon: cell.lon }, 0, cell.radiusKm);
      const rim = this.projection.toMap(lonLat(edge.lon, edge.lat));
      const r = Math.hypot(rim.x - centre.x, rim.y - centre.y);
      if (!Number.isFinite(r) || r <= 0) continue;
      // Soft edge: many faint concentric discs, denser towards the middle.
      const a = 0.035 * Math.min(1, cell.intensity * 1.5);
      for (let k = 6; k >= 1; k--)
        g.fillStyle(this.palette.cloud, a).fillCircle(centre.x, centre.y, (r * k) / 6);
    }
  }

  destroy(): void {
    for (const g of [this.swept, this.clouds, this.plane, this.flashes]) g.destroy();
  }
}

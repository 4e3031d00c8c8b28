/**
 * The host's proposal as a diff over the submitted route (review phase): the proposed route in
 * the route colour, changed legs under a notice-coloured band with their altitude change
 * ("3,000 → 6,000 m"), new and moved waypoints ringed and tagged. The submitted route is drawn
 * dimmed by the RouteLayer beneath. Redrawn only when the review, the pointed-at change or the
 * zoom changes.
 */
import Phaser from 'phaser';
import type { HostResponse, ProposedChange } from '../../rules/host';
import { t } from '../../i18n';
import { placeLabels } from '../labels';
import { cssHex, type MapPalette } from '../palette';
import type { MapBounds, MapProjection, MapPx } from '../projection';
import { altitudeChangeLabel, legsOfChange, reviewDiff, type ReviewDiff } from '../review-diff';
import { legMidpoint, projectLegs, projectStops, routeStops, type AirfieldLookup } from '../route-geom';
import { strokeLines } from './draw';

const RING_RADIUS_CSS_PX = 13;

interface Tag {
  at: { x: number; y: number };
  text: string;
}

export class ReviewLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private response: HostResponse | null = null;
  private diff: ReviewDiff | null = null;
  private stops: MapPx[] = [];
  private legs: number[][][] = [];
  private focus: number[] = [];
  private zoom = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly projection: MapProjection,
    private readonly airfield: AirfieldLookup,
    private readonly palette: MapPalette,
    private readonly dpr: () => number,
  ) {
    this.g = scene.add.graphics().setDepth(10.5);
  }

  /** The host's answer to draw, or null (nothing to compare). */
  set(response: HostResponse | null): void {
    if (response === this.response) return;
    this.response = response;
    const proposed = response?.proposedPlan;
    const submitted = response?.submittedPlan;
    const stops = proposed ? routeStops(proposed, this.airfield) : null;
    this.diff = proposed && submitted && stops ? reviewDiff(submitted, proposed) : null;
    this.stops = stops && this.diff ? projectStops(this.projection, stops) : [];
    this.legs = stops && this.diff ? projectLegs(this.projection, stops) : [];
    this.focus = [];
    this.draw();
  }

  /** The change the player points at in the review panel. */
  setFocus(change: ProposedChange | null): void {
    const proposed = this.response?.proposedPlan;
    this.focus = change && this.diff && proposed ? legsOfChange(change, this.diff, proposed) : [];
    this.draw();
  }

  setZoom(zoom: number): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this.draw();
  }

  /** Drawn and showing a change (the Hud adds its legend lines). */
  get active(): boolean {
    return this.diff !== null;
  }

  /** Map px bounds of the changed legs (to frame them), or null when nothing is marked. */
  changedBounds(): MapBounds | null {
    const d = this.diff;
    if (!d || !this.marked) return null;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const l of d.legs) {
      if (!l.routeChanged && !l.altitudeChanged) continue;
      for (const f of this.legs[l.index] ?? [])
        for (let k = 0; k + 1 < f.length; k += 2) {
          x0 = Math.min(x0, f[k] as number);
          x1 = Math.max(x1, f[k] as number);
          y0 = Math.min(y0, f[k + 1] as number);
          y1 = Math.max(y1, f[k + 1] as number);
        }
    }
    return Number.isFinite(x0)
      ? [
          [x0, y0],
          [x1, y1],
        ]
      : null;
  }

  /** Legs or waypoints are marked (a take-off shift alone changes nothing on the map). */
  get marked(): boolean {
    const d = this.diff;
    return (
      !!d &&
      (d.legs.some((l) => l.routeChanged || l.altitudeChanged) ||
        d.waypoints.some((w) => w.status !== 'same'))
    );
  }

  private draw(): void {
    const g = this.g.clear();
    const diff = this.diff;
    if (!diff) {
      this.showTags([]);
      return;
    }
    const px = this.dpr() / this.zoom;
    const p = this.palette;
    const changed = diff.legs.filter((l) => l.routeChanged || l.altitudeChanged).map((l) => l.index);
    // Changed legs: a wide notice-coloured band beneath, so they stand out without colour alone
    // (each also carries a tag).
    g.lineStyle(12 * px, p.notice, 0.55);
    strokeLines(
      g,
      changed.flatMap((i) => this.legs[i] ?? []),
    );
    if (this.focus.length > 0) {
      g.lineStyle(16 * px, p.airfield, 0.55);
      strokeLines(
        g,
        this.focus.flatMap((i) => this.legs[i] ?? []),
      );
    }
    g.lineStyle(6 * px, p.halo, 0.8);
    strokeLines(g, this.legs.flat());
    g.lineStyle(3 * px, p.route, 1);
    strokeLines(g, this.legs.flat());
    const tags: Tag[] = [];
    const handles = this.stops.slice(1, -1);
    diff.waypoints.forEach((w, i) => {
      const h = handles[i];
      if (!h) return;
      g.fillStyle(p.halo, 0.9).fillCircle(h.x, h.y, 6 * px);
      g.fillStyle(p.route, 1).fillCircle(h.x, h.y, 4.5 * px);
      if (w.status === 'same') return;
      g.lineStyle(5 * px, p.halo, 0.85).strokeCircle(h.x, h.y, RING_RADIUS_CSS_PX * px);
      g.lineStyle(2.5 * px, p.notice, 1).strokeCircle(h.x, h.y, RING_RADIUS_CSS_PX * px);
      tags.push({ at: h, text: `◯ ${t(w.status === 'added' ? 'map.review.added' : 'map.review.moved')}` });
    });
    for (const l of diff.legs) {
      const mid = legMidpoint(this.legs[l.index] ?? []);
      if (!mid) continue;
      if (l.altitudeChanged && l.fromM !== null && l.toM !== null)
        tags.push({ at: mid, text: `± ${t('map.review.altitude')} ${altitudeChangeLabel(l.fromM, l.toM)}` });
      else if (l.routeChanged) tags.push({ at: mid, text: `± ${t('map.review.course')}` });
    }
    this.showTags(tags);
  }

  private showTags(tags: readonly Tag[]): void {
    const dpr = this.dpr();
    const z = this.zoom;
    tags.forEach((tag, k) => {
      let text = this.texts[k];
      if (!text) {
        text = this.scene.add
          .text(0, 0, '', {
            fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
            fontSize: `${Math.round(12 * dpr)}px`,
            fontStyle: '600',
            color: cssHex(this.palette.notice),
            stroke: cssHex(this.palette.halo),
            strokeThickness: Math.round(4 * dpr),
          })
          .setDepth(11.5)
          .setOrigin(0, 0);
        this.texts.push(text);
      }
      if (text.text !== tag.text) text.setText(tag.text);
      text.setVisible(false);
    });
    const r = (RING_RADIUS_CSS_PX + 3) * dpr;
    const spots = placeLabels(
      tags.map((tag, k) => ({
        x: tag.at.x * z,
        y: tag.at.y * z,
        width: this.texts[k]?.width ?? 0,
        height: this.texts[k]?.height ?? 0,
      })),
      r,
      4 * dpr,
    );
    spots.forEach((spot, k) => {
      if (spot.shown)
        this.texts[k]
          ?.setPosition(spot.x / z, spot.y / z)
          .setScale(1 / z)
          .setVisible(true);
    });
    for (let k = tags.length; k < this.texts.length; k++) this.texts[k]?.setVisible(false);
  }

  destroy(): void {
    this.g.destroy();
    for (const text of this.texts) text.destroy();
  }
}

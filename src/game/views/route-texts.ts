/**
 * The route's text: waypoint numbers inside the handles (as in the route table) and the reason
 * beside each offending leg, placed so reasons, handles and each other never overlap.
 */
import type Phaser from 'phaser';
import type { MapPalette } from '../palette';
import { cssHex } from '../palette';
import type { MapPx } from '../projection';
import { legMidpoint, type LegMark } from '../route-geom';
import { placeLabels } from '../labels';
import { HANDLE_RADIUS_CSS_PX } from './route-draw';

/** Where the waypoint numbers draw (over the handles, under the reasons). */
const NUMBER_DEPTH = 10.8;

/** Draws Texts on their behalf (the Canvas renderer's one-pass batch, text-batch.ts). */
export interface TextAdopter {
  adopt(t: Phaser.GameObjects.Text): void;
  destroy(): void;
}

export class RouteTexts {
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly nums: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly palette: MapPalette,
    private readonly dpr: () => number,
    /** Under the Canvas renderer the numbers draw in one pass (text-batch.ts); owned from here on. */
    private readonly batch: TextAdopter | null = null,
  ) {}

  /** Numbers in these handles (1 = the first waypoint); the others hidden. */
  numbers(handles: readonly MapPx[], zoom: number): void {
    const dpr = this.dpr();
    handles.forEach((h, i) => {
      let t = this.nums[i];
      if (!t) {
        t = this.scene.add
          .text(0, 0, '', {
            fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
            fontSize: `${Math.round(11 * dpr)}px`,
            fontStyle: '600',
            color: '#06121d',
          })
          .setOrigin(0.5, 0.5)
          .setDepth(NUMBER_DEPTH);
        this.batch?.adopt(t);
        this.nums.push(t);
      }
      const label = String(i + 1);
      if (t.text !== label) t.setText(label);
      t.setPosition(h.x, h.y)
        .setScale(1 / zoom)
        .setVisible(true);
    });
    for (let k = handles.length; k < this.nums.length; k++) this.nums[k]?.setVisible(false);
  }

  /** The Text showing handle i's number (undefined before it is first drawn). */
  numberObject(i: number): Phaser.GameObjects.Text | undefined {
    return this.nums[i];
  }

  /** The number of handle i follows it (a drag). */
  moveNumber(i: number, at: MapPx): void {
    this.nums[i]?.setPosition(at.x, at.y);
  }

  /** The reason beside each offending leg; `handles` are obstacles (none when not editable). */
  reasons(
    offending: readonly { m: LegMark; i: number }[],
    legs: readonly (readonly number[][])[],
    handles: readonly MapPx[],
    zoom: number,
  ): void {
    const dpr = this.dpr();
    const z = zoom;
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
      const mid = legMidpoint(legs[i] ?? []);
      t.setVisible(false);
      if (mid) shown.push({ t, mid });
    });
    // Placement in screen px at the current zoom; handles are obstacles.
    const r = (HANDLE_RADIUS_CSS_PX + 3) * dpr;
    const obstacles = handles.map((h) => [h.x * z - r, h.y * z - r, h.x * z + r, h.y * z + r] as const);
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
    this.hideFrom(offending.length);
  }

  /** No numbers, no reasons. */
  hide(): void {
    this.numbers([], 1);
    this.hideFrom(0);
  }

  private hideFrom(from: number): void {
    for (let k = from; k < this.labels.length; k++) this.labels[k]?.setVisible(false);
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

  destroy(): void {
    for (const t of [...this.labels, ...this.nums]) t.destroy();
    this.batch?.destroy();
  }
}

/**
 * Over the map: the legend (what the rings and marks mean) and a scale bar. Screen-fixed,
 * redrawn only when the map view settles or the canvas resizes.
 */
import Phaser from 'phaser';
import { store } from '../../state/store';
import { setHudLegendTop } from '../../state/actions/view';
import { subscribeSlice } from '../../state/subscribe';
import { sceneDpr } from '../dpr';
import { cssHex, paletteFor } from '../palette';
import { niceScaleKm } from '../scale-bar';
import { t } from '../../i18n';
import { createLegendToggle, type LegendToggle } from '../legend-toggle';
import { domInsets } from '../views/dom-insets';

export class Hud extends Phaser.Scene {
  private bg!: Phaser.GameObjects.Graphics;
  private g!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private north: Phaser.GameObjects.Text | null = null;
  private toggle: LegendToggle | null = null;

  constructor() {
    super('Hud');
  }

  create(): void {
    this.bg = this.add.graphics();
    this.g = this.add.graphics();
    const redraw = (): void => this.draw();
    const unsubs = [
      subscribeSlice(store, (s) => s.mapHud, redraw),
      subscribeSlice(store, (s) => s.reviewLegend, redraw),
      subscribeSlice(store, (s) => s.settings.language, redraw),
      subscribeSlice(store, (s) => s.settings.mapLegend, redraw),
      subscribeSlice(store, (s) => s.screen, redraw),
      subscribeSlice(store, (s) => s.mission?.phase, redraw),
    ];
    this.toggle = createLegendToggle();
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const u of unsubs) u();
      this.scale.off(Phaser.Scale.Events.RESIZE, redraw);
      this.toggle?.destroy();
      this.toggle = null;
    });
    this.draw();
  }

  private text(
    i: number,
    s: string,
    x: number,
    y: number,
    size: number,
    colour: number,
  ): Phaser.GameObjects.Text {
    const dpr = sceneDpr(this);
    const palette = paletteFor(store.getState().settings.palette);
    let t = this.texts[i];
    if (!t) {
      t = this.add.text(0, 0, '', {});
      this.texts.push(t);
    }
    t.setStyle({
      fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
      fontSize: `${Math.round(size * dpr)}px`,
      color: cssHex(colour),
      stroke: cssHex(palette.halo),
      strokeThickness: Math.round(3 * dpr),
    });
    return t.setText(s).setPosition(Math.round(x), Math.round(y)).setVisible(true);
  }

  /** A north arrow beside the legend: maps far from the projection's centre are turned. */
  private drawNorth(cx: number, cy: number, deg: number, dpr: number): void {
    const palette = paletteFor(store.getState().settings.palette);
    const r = 18 * dpr;
    const a = (deg * Math.PI) / 180;
    const dx = Math.sin(a);
    const dy = -Math.cos(a);
    // Point at a distance along north (k) and across it (j), from the centre.
    const at = (k: number, j: number): [number, number] => [cx + dx * k - dy * j, cy + dy * k + dx * j];
    this.bg.fillStyle(palette.halo, 0.72).fillCircle(cx, cy, r + 4 * dpr);
    const [tx0, ty0] = at(r * 0.3, 0);
    const [lx, ly] = at(-r * 0.15, -r * 0.28);
    const [rx, ry] = at(-r * 0.15, r * 0.28);
    this.g.fillStyle(palette.airfield, 1).fillTriangle(tx0, ty0, lx, ly, rx, ry);
    const [bx, by] = at(-r * 0.8, 0);
    this.g.lineStyle(2 * dpr, palette.airfield, 0.8).lineBetween(cx, cy, bx, by);
    if (!this.north) this.north = this.add.text(0, 0, '', {});
    this.north.setStyle({
      fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
      fontSize: `${Math.round(11 * dpr)}px`,
      fontStyle: '600',
      color: cssHex(palette.airfield),
    });
    const [nx, ny] = at(r * 0.7, 0);
    this.north
      .setText(t('map.northArrow'))
      .setPosition(Math.round(nx - this.north.width / 2), Math.round(ny - this.north.height / 2))
      .setVisible(true);
  }

  private draw(): void {
    const info = store.getState().mapHud;
    const dpr = sceneDpr(this);
    const palette = paletteFor(store.getState().settings.palette);
    this.g.clear();
    this.bg.clear();
    for (const t of this.texts) t.setVisible(false);
    this.north?.setVisible(false);
    const { screen, settings, mission } = store.getState();
    // The legend and its fold button show where the map is the subject (not under the menus,
    // the briefing or the debrief, which cover it).
    const onMap =
      screen === 'free-flight' ||
      (screen === 'mission' && mission?.phase !== 'briefing' && mission?.phase !== 'debrief');
    // Under a covering screen the legend would only show through it: none, and nothing to frame around.
    if (!info || !onMap) {
      this.toggle?.hide();
      setHudLegendTop(store, 0);
      return;
    }
    const open = settings.mapLegend;
    // In the corner the DOM panels leave free: beside the mission's left panel or the free
    // flight's bar, above the mission's bottom bar (device px).
    const ins = domInsets(dpr);
    const x = ins.left + 16 * dpr;
    const bottom = this.scale.height - ins.bottom - 16 * dpr;
    let y = bottom;
    const scale = niceScaleKm(info.kmPerPx, 140 * dpr);
    if (scale) {
      this.g.lineStyle(2 * dpr, palette.airfield, 0.9);
      this.g.beginPath();
      this.g.moveTo(x, y - 6 * dpr);
      this.g.lineTo(x, y);
      this.g.lineTo(x + scale.px, y);
      this.g.lineTo(x + scale.px, y - 6 * dpr);
      this.g.strokePath();
      const label = this.text(
        0,
        t('legend.scaleKm', { km: scale.km }),
        x + scale.px + 8 * dpr,
        0,
        12,
        palette.airfield,
      );
      label.setY(Math.round(y - label.height / 2 - 2 * dpr));
      y -= 22 * dpr;
    }
    // Small screens (phones in landscape, or little map between the panels) keep the scale bar
    // and one short line.
    const compact = this.scale.height < 520 * dpr || this.scale.width - ins.right - ins.left < 560 * dpr;
    const lines: [string, number][] = compact
      ? [[t('legend.ringShort'), 0xc9d3de]]
      : [
          [t('legend.airfield'), palette.airfield],
          [t('legend.ring'), 0xc9d3de],
        ];
    if (!compact && info.zones) lines.push([t('legend.zones'), palette.restriction]);
    if (!compact && info.targets) lines.push([t('legend.targets'), palette.target]);
    const review = store.getState().reviewLegend;
    if (review) {
      // The host's proposal is on the map: say what solid, dashed and ringed mean, first.
      const extra: [string, number][] = [[t('map.review.legendRoutes'), palette.route]];
      if (review.marked) extra.push([t('map.review.legendChanged'), palette.notice]);
      if (Math.abs(review.takeoffShiftH) > 1e-9)
        extra.push([
          t('map.review.legendTakeoff', {
            delta: Math.abs(review.takeoffShiftH),
            dir: t(review.takeoffShiftH > 0 ? 'map.review.later' : 'map.review.earlier'),
          }),
          palette.notice,
        ]);
      lines.splice(0, compact ? lines.length : 0, ...extra);
    }
    // Folded: only the scale bar, the north arrow and the button to unfold it.
    if (!open) lines.length = 0;
    lines.reverse().forEach(([s, c], i) => {
      const t = this.text(i + 1, s, x, 0, 12, c);
      t.setY(Math.round(y - t.height));
      y -= t.height + 2 * dpr;
    });
    // The fold button heads the legend (a DOM button: keyboard and screen-reader reachable).
    const toggle = this.toggle;
    let buttonW = 0;
    if (toggle) {
      y -= (toggle.height() + 4) * dpr;
      const canvas = this.game.canvas.getBoundingClientRect();
      toggle.place(canvas.left + x / dpr, canvas.top + y / dpr, open);
      buttonW = (document.getElementById('map-legend-toggle')?.getBoundingClientRect().width ?? 0) * dpr;
    }
    // A quiet backing so the legend reads over any land and clearly is not part of the map.
    const shown = this.texts.filter((t) => t.visible);
    const edge = Math.max(x + (scale?.px ?? 0) + 80 * dpr, x + buttonW, ...shown.map((t) => t.x + t.width));
    const pad = 8 * dpr;
    this.bg.fillStyle(palette.halo, 0.72);
    this.bg.fillRoundedRect(x - pad, y - pad / 2, edge - x + 2 * pad, bottom - y + pad * 1.5, 6 * dpr);
    this.drawNorth(edge + 2 * pad + 20 * dpr, bottom - 20 * dpr, info.northDeg ?? 0, dpr);
    // The map keeps its framing clear of the legend (device px above the canvas bottom).
    setHudLegendTop(store, this.scale.height - (y - pad));
  }
}

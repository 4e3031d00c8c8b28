/**
 * Names on the baked map: airfields, objectives, zones and other sites (in that order of
 * priority, by `rank`), placed so they do not overlap and stay in the part of the map no panel
 * or legend covers. A name with no room beside its point (a cluster such as Washington's)
 * moves out on a ring of spots with a leader line back to its point.
 */
import type Phaser from 'phaser';
import type { BakeFrame } from '../bake';
import { placeLabels } from '../labels';
import type { MapPalette } from '../palette';
import type { View } from '../view';
import { domInsets } from './dom-insets';
import { store } from '../../state/store';

export interface LabelItem {
  t: Phaser.GameObjects.Text;
  /** Map px of the point named. */
  x: number;
  y: number;
  /** Lower ranks are placed first and win any overlap. */
  rank: number;
}

export function bakeLabels(
  image: Phaser.GameObjects.RenderTexture,
  lines: Phaser.GameObjects.Graphics,
  unordered: readonly LabelItem[],
  frame: BakeFrame,
  view: View,
  dpr: number,
  palette: MapPalette,
): void {
  const items = [...unordered].sort((a, b) => a.rank - b.rank);
  const req = items.map(({ t, x, y }) => ({
    x: (x - frame.ox) * frame.zoom,
    y: (y - frame.oy) * frame.zoom,
    width: t.width,
    height: t.height,
  }));
  // The canvas sits in the middle of the baked texture; the panels and the legend cover its
  // edges: keep labels inside what is left when possible.
  const mx = (frame.widthPx - view.widthPx) / 2;
  const my = (frame.heightPx - view.heightPx) / 2;
  const ins = domInsets(dpr);
  ins.bottom = Math.max(ins.bottom, store.getState().hudLegendTopPx);
  const free = [
    mx + ins.left,
    my + ins.top,
    mx + view.widthPx - ins.right,
    my + view.heightPx - ins.bottom,
  ] as const;
  const spots = placeLabels(req, 8 * dpr, 8 * dpr, [], free, { step: 14 * dpr, rings: 4 });
  const onTexture = (i: number): boolean => {
    const spot = spots[i];
    const t = items[i]?.t;
    if (!spot?.shown || !t) return false;
    return !(
      spot.x > frame.widthPx ||
      spot.y > frame.heightPx ||
      spot.x + t.width < 0 ||
      spot.y + t.height < 0
    );
  };
  lines.clear();
  spots.forEach((spot, i) => {
    const at = req[i];
    if (!onTexture(i) || !spot.leader || !at) return;
    // A thin line from the point to the label, over a dark halo so it reads on any land.
    lines.lineStyle(3 * dpr, palette.halo, 0.8).lineBetween(at.x, at.y, spot.leader.x, spot.leader.y);
    lines.lineStyle(1.25 * dpr, palette.airfield, 0.85).lineBetween(at.x, at.y, spot.leader.x, spot.leader.y);
  });
  image.draw(lines);
  spots.forEach((spot, i) => {
    const t = items[i]?.t;
    if (t && onTexture(i)) image.draw(t, Math.round(spot.x), Math.round(spot.y));
  });
}

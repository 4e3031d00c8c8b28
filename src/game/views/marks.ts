/** Point marks drawn into the baked map: airfields, targets, and the map label style. */
import type Phaser from 'phaser';
import type { TargetMark } from '../overlay-data';
import { cssHex, type MapPalette } from '../palette';
import type { MapPx } from '../projection';

/** Map label style (VISUAL.md): 13 px IBM Plex Sans with a dark halo. */
export function labelStyle(
  palette: MapPalette,
  dpr: number,
  sizeCssPx = 13,
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: '"IBM Plex Sans", system-ui, sans-serif',
    fontSize: `${Math.round(sizeCssPx * dpr)}px`,
    fontStyle: '600',
    color: cssHex(palette.airfield),
    stroke: cssHex(palette.halo),
    strokeThickness: Math.round(4 * dpr),
  };
}

/** An airfield: a white triangle on a dark halo, constant size on screen. */
export function drawAirfield(
  g: Phaser.GameObjects.Graphics,
  at: MapPx,
  palette: MapPalette,
  px: number,
): void {
  const { x, y } = at;
  const s = 6.5 * px;
  const tri = (r: number): void => {
    g.beginPath();
    g.moveTo(x, y - r);
    g.lineTo(x + r * 0.9, y + r * 0.65);
    g.lineTo(x - r * 0.9, y + r * 0.65);
    g.closePath();
    g.fillPath();
  };
  g.fillStyle(palette.halo, 0.9);
  tri(s + 2.5 * px);
  g.fillStyle(palette.airfield, 1);
  tri(s);
}

/** One shape per target kind, so the kind reads without colour (VISUAL.md). */
export function drawTarget(
  g: Phaser.GameObjects.Graphics,
  t: Pick<TargetMark, 'kind' | 'objective' | 'at'>,
  colour: number,
  halo: number,
  px: number,
): void {
  const s = 6 * px;
  const { x, y } = t.at;
  g.lineStyle(3.5 * px, halo, 0.9);
  shape(g, t.kind, x, y, s, false);
  g.lineStyle(1.75 * px, colour, 1);
  g.fillStyle(colour, 1);
  shape(g, t.kind, x, y, s, t.objective);
}

function shape(
  g: Phaser.GameObjects.Graphics,
  kind: TargetMark['kind'],
  x: number,
  y: number,
  s: number,
  fill: boolean,
): void {
  const poly = (pts: number[]): void => {
    g.beginPath();
    g.moveTo(pts[0] as number, pts[1] as number);
    for (let i = 2; i < pts.length; i += 2) g.lineTo(pts[i] as number, pts[i + 1] as number);
    g.closePath();
    if (fill) g.fillPath();
    g.strokePath();
  };
  switch (kind) {
    case 'ship':
    case 'port':
      poly([x, y - s, x + s * 0.6, y + s * 0.4, x, y + s, x - s * 0.6, y + s * 0.4]);
      break;
    case 'aircraft':
    case 'runway':
      poly([x, y - s, x + s, y + s * 0.6, x, y + s * 0.2, x - s, y + s * 0.6]);
      break;
    case 'hangar':
    case 'building':
      poly([
        x - s * 0.8,
        y - s * 0.8,
        x + s * 0.8,
        y - s * 0.8,
        x + s * 0.8,
        y + s * 0.8,
        x - s * 0.8,
        y + s * 0.8,
      ]);
      break;
    case 'vehicles':
      poly([x - s, y - s * 0.5, x + s, y - s * 0.5, x + s, y + s * 0.5, x - s, y + s * 0.5]);
      break;
    case 'launch-pad':
    case 'radar':
    default:
      if (fill) g.fillCircle(x, y, s * 0.85);
      g.strokeCircle(x, y, s * 0.85);
  }
}

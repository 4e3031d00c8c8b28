/** Small Graphics helpers for flat map-pixel geometry (see ../clip.ts). */
import type Phaser from 'phaser';
import type { Flat } from '../clip';

export function fillRing(g: Phaser.GameObjects.Graphics, f: Flat): void {
  if (f.length < 6) return;
  g.beginPath();
  g.moveTo(f[0] as number, f[1] as number);
  for (let i = 2; i + 1 < f.length; i += 2) g.lineTo(f[i] as number, f[i + 1] as number);
  g.closePath();
  g.fillPath();
}

/** Strokes many open lines as one path (one draw call's worth of commands). */
export function strokeLines(g: Phaser.GameObjects.Graphics, lines: readonly Flat[], closed = false): void {
  if (lines.length === 0) return;
  g.beginPath();
  for (const f of lines) {
    if (f.length < 4) continue;
    g.moveTo(f[0] as number, f[1] as number);
    for (let i = 2; i + 1 < f.length; i += 2) g.lineTo(f[i] as number, f[i + 1] as number);
    if (closed) g.lineTo(f[0] as number, f[1] as number);
  }
  g.strokePath();
}

export function strokeSegments(g: Phaser.GameObjects.Graphics, segs: readonly (readonly number[])[]): void {
  if (segs.length === 0) return;
  g.beginPath();
  for (const s of segs) {
    g.moveTo(s[0] as number, s[1] as number);
    g.lineTo(s[2] as number, s[3] as number);
  }
  g.strokePath();
}

/**
 * A capture as the analysts would see it: the target drawn sharp, then resampled to the ground
 * resolution actually achieved (pixel blocks) and blurred (degrade.ts holds the maths).
 */
import { degradation, SCENE_M } from './degrade';
import { idStream } from './draw-kit';
import { drawingFor, GROUND } from './silhouettes';

export interface ImageSpec {
  targetId: string;
  kind: string;
  resolutionM: number;
  sizePx: number;
  /** The site's name and note: which aircraft, ship class, named building or radar to draw. */
  about?: string;
}

function groundTexture(c: CanvasRenderingContext2D, size: number, kind: string, rnd: () => number): void {
  c.fillStyle = GROUND[kind] ?? '#6a6f63';
  c.fillRect(0, 0, size, size);
  // Fine grain and a couple of tracks, so the degradation shows on the ground too.
  for (let i = 0; i < 900; i++) {
    c.fillStyle = rnd() < 0.5 ? 'rgba(255,255,255,0.045)' : 'rgba(0,0,0,0.06)';
    c.fillRect(rnd() * size, rnd() * size, 1 + rnd() * 2, 1 + rnd() * 2);
  }
  c.strokeStyle = 'rgba(220,215,200,0.18)';
  c.lineWidth = Math.max(1, size / 120);
  for (let i = 0; i < 2; i++) {
    c.beginPath();
    c.moveTo(0, rnd() * size);
    c.bezierCurveTo(size * 0.3, rnd() * size, size * 0.7, rnd() * size, size, rnd() * size);
    c.stroke();
  }
}

/** Draws the capture into `canvas` (which is sized to spec.sizePx). */
export function drawCapture(canvas: HTMLCanvasElement, spec: ImageSpec): void {
  const size = spec.sizePx;
  canvas.width = size;
  canvas.height = size;
  const drawing = drawingFor(spec.kind, spec.about ?? '');
  const sceneM = drawing.sceneM ?? SCENE_M[spec.kind] ?? 120;
  const d = degradation(spec.resolutionM, sceneM, size);
  const sharp = document.createElement('canvas');
  sharp.width = size;
  sharp.height = size;
  const sc = sharp.getContext('2d');
  const out = canvas.getContext('2d');
  if (!sc || !out) return;
  const rnd = idStream(spec.targetId);
  groundTexture(sc, size, spec.kind, rnd);
  sc.save();
  sc.translate(size / 2, size / 2);
  sc.scale(d.pxPerM, d.pxPerM);
  sc.rotate((rnd() - 0.5) * 1.4);
  drawing.draw(sc, rnd);
  sc.restore();

  if (d.cells >= size) {
    out.drawImage(sharp, 0, 0);
    return;
  }
  // One cell per ground sample (area-averaged), then blown up without smoothing: pixel blocks.
  const small = document.createElement('canvas');
  small.width = d.cells;
  small.height = d.cells;
  const smc = small.getContext('2d');
  if (!smc) return;
  smc.imageSmoothingEnabled = true;
  smc.imageSmoothingQuality = 'high';
  smc.drawImage(sharp, 0, 0, d.cells, d.cells);
  out.imageSmoothingEnabled = false;
  out.filter = d.blurPx > 0 ? `blur(${d.blurPx}px)` : 'none';
  // Draw a little larger so the blur does not pull in a dark frame at the edges.
  const pad = Math.ceil(d.blurPx * 2);
  out.drawImage(small, -pad, -pad, size + 2 * pad, size + 2 * pad);
  out.filter = 'none';
}

/**
 * What the browser benchmark serves and drives: a staging folder with the built game and an
 * empty Phaser page beside it (the same built Phaser chunk, renderer and viewport), and the
 * in-page recorders (frames, boot) both pages get before their scripts run.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EMPTY_PAGE = 'bench-empty.html';

/**
 * The empty page: one Phaser game with the game's own config (Canvas through ?renderer=canvas,
 * the parent's size, no audio) and one empty scene. It imports the built Phaser chunk the game
 * loads, and finds Phaser among the chunk's (minified) exports.
 */
function emptyPageHtml(phaserChunk: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Empty Phaser</title>
<style>html,body{margin:0;height:100%;background:#0f1b2a;overflow:hidden}#game{position:fixed;inset:0}</style>
</head>
<body><div id="game"></div>
<script type="module">
import * as chunk from './assets/${phaserChunk}';
const Phaser = Object.values(chunk).find((v) => v && typeof v === 'object' && 'Game' in v && 'CANVAS' in v);
const renderer = new URLSearchParams(location.search).get('renderer');
class Empty extends Phaser.Scene { constructor() { super('Empty'); } }
const parent = document.getElementById('game');
const r = parent.getBoundingClientRect();
const game = new Phaser.Game({
  type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
  parent, width: Math.round(r.width), height: Math.round(r.height),
  backgroundColor: '#0f1b2a', banner: false, audio: { noAudio: true },
  scale: { mode: Phaser.Scale.NONE }, render: { antialias: true, roundPixels: false },
  scene: [Empty],
});
window.__benchGame = game;
</script>
</body>
</html>
`;
}

/**
 * A folder that serves like dist/ (every entry linked, nothing copied) plus the empty page, so
 * dist/ itself is never touched. Returns the folder and a function that removes it.
 */
export function stage(dist: string): { root: string; cleanup(): void } {
  const abs = resolve(dist);
  const root = mkdtempSync(join(tmpdir(), 'open-skies-bench-'));
  for (const entry of readdirSync(abs)) symlinkSync(join(abs, entry), join(root, entry));
  const phaser = readdirSync(join(abs, 'assets')).find((f) => /^phaser-.*\.js$/.test(f));
  if (!phaser)
    throw new Error(`${dist}/assets has no phaser-*.js chunk: is the build's manualChunks still there?`);
  writeFileSync(join(root, EMPTY_PAGE), emptyPageHtml(phaser));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Runs before any script of either page. Records animation frames from the start until the
 * page is interactive (booted and painting smoothly), then stops so it costs nothing later;
 * `window.__bench.record(true|false)` turns the frame recorder on and off for a drag.
 *
 * Ready: the game shows its Start button and Phaser has drawn a frame; the empty page has drawn
 * a frame. Interactive: the first frame after ready that came within 50 ms of the one before
 * (a main thread free enough to answer a click).
 */
export const RECORDER = `(() => {
  const b = { frames: [], bootMs: null, readyMs: null, recording: true, longTasks: [] };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const game = () => (window.__openSkies && window.__openSkies.game) || window.__benchGame;
  const ready = () => {
    const g = game();
    if (!g || !g.loop || g.loop.frame < 1) return false;
    if (window.__benchGame) return true;
    const start = document.getElementById('start-button');
    return !!start && start.getClientRects().length > 0;
  };
  let prev = null;
  let running = false;
  const tick = (t) => {
    if (b.bootMs === null) {
      if (b.readyMs === null) {
        if (ready()) b.readyMs = t;
      } else if (prev !== null && t - prev < 50) {
        b.bootMs = t;
        b.recording = false;
      }
    }
    if (b.recording) b.frames.push(t);
    prev = t;
    running = b.recording || b.bootMs === null;
    if (running) requestAnimationFrame(tick);
  };
  const run = () => {
    if (!running) { running = true; requestAnimationFrame(tick); }
  };
  run();
  b.record = (on) => {
    b.frames = [];
    b.recording = on;
    if (on) run();
  };
})();`;

/** A 50-waypoint zig-zag over central Ukraine (01-training-flight's host), as plan waypoints. */
export function fiftyWaypoints(
  shift = 0,
): { lat: number; lon: number; altitudeM: number; sensors: string[] }[] {
  return Array.from({ length: 50 }, (_, i) => ({
    lat: Math.round((49.6 + (i % 2) * 0.7 + shift * 0.01) * 1e5) / 1e5,
    lon: Math.round((29.4 + i * 0.09) * 1e5) / 1e5,
    altitudeM: 3000,
    sensors: i === 0 ? ['optical'] : [],
  }));
}

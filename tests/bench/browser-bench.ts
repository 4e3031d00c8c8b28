/**
 * `npm run bench:browser`: the built game beside an empty Phaser 4 page (same Phaser chunk,
 * Canvas renderer, 1280×800) in one headless Chromium run, several rounds alternating which
 * page goes first. Prints figures, asserts nothing (it is a benchmark, not a test); the last line
 * is `browser-bench: drag_p95_ratio=… idle_map_ratio=… idle_menu_ratio=… boot_ratio=…
 * js_gzip_kb=… heap_mb=…`. Absolute times depend on the machine and its load: compare ratios.
 *
 * - boot: navigation → first interactive frame (game: Start button shown; see pages.ts);
 * - idle_menu: main-thread task time over BENCH_IDLE_S on the title screen (a DOM screen);
 * - idle_map: the same on the map of Russia (free flight, ?observe=RUS);
 * - drag: p95 frame interval while dragging waypoint 25 of a 50-waypoint route in 01 (100 undo
 *   steps behind it), and again with the CPU throttled 4× (a Chromebook);
 * - js_gzip_kb: our JavaScript (not Phaser) index.html loads for the title screen, gzipped (chunks
 *   imported on demand after the first paint are listed apart);
 * - heap_mb: the game's JS heap after the drags and a full GC.
 *
 * BENCH_ROUNDS (3), BENCH_IDLE_S (10), BENCH_DRAG_MS (3000), OPEN_SKIES_DIST (dist); BENCH_SHOTS=<dir>
 * saves a screenshot of the planning screen there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { dragIntervals, heapMb, idleTaskMs, median, quantile, sleep, waitBoot } from './measure';
import { fiftyWaypointRoute, type Hook } from './browser-bench-route';
import { EMPTY_PAGE, fiftyWaypoints, RECORDER, stage } from './pages';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 10);
const DRAG_MS = Number(process.env.BENCH_DRAG_MS ?? 3000);
const DIST = process.env.OPEN_SKIES_DIST ?? 'dist';
const SUB_PATH = '/play/open-skies/';
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------- build if needed
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfNeeded(): void {
  if (process.env.OPEN_SKIES_DIST) return;
  const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
  const inputs = [
    'src',
    'levels',
    'assets',
    'index.html',
    'vite.config.ts',
    'package.json',
    'package-lock.json',
  ];
  if (built > 0 && inputs.every((p) => newestMtime(p) <= built)) return;
  console.log('bench: building dist/ (the sources are newer than the build)…');
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

// ---------------------------------------------------------------- pages
interface Tab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

async function open(browser: Browser, url: string): Promise<Tab> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  return { context, page, cdp, errors };
}

async function close(tab: Tab): Promise<void> {
  if (tab.errors.length) console.warn(`bench: page errors: ${tab.errors.join(' | ')}`);
  await tab.context.close();
}

async function throttled<T>(cdp: CDPSession, rate: number, fn: () => Promise<T>): Promise<T> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

interface Sample {
  bootMs: number;
  /** Game: the map drawn behind the title (world built, map scene up), and the longest task before. */
  mapReadyMs?: number;
  longestAfterBootMs?: number;
  idleMenuMs: number;
  idleMapMs: number;
  idlePlanningMs?: number;
  dragP95: number;
  dragP50: number;
  drag4xP95: number;
  heapMb: number;
  scripts: string[];
  saveKb?: number;
}

async function gameRound(browser: Browser, url: string): Promise<Sample> {
  const tab = await open(browser, `${url}?renderer=canvas`);
  const { page, cdp } = tab;
  const boot = await waitBoot(page);
  await page.waitForFunction(
    () => (window as unknown as Hook).__openSkies?.store.getState().world != null,
    undefined,
    {
      timeout: 120_000,
    },
  );
  await page.waitForFunction(
    () => String((window as unknown as Hook).__openSkies?.store.getState().mapSubject ?? '') !== '',
    undefined,
    { timeout: 120_000 },
  );
  const mapReadyMs = (await page.evaluate('performance.now()')) as number;
  const longestAfterBootMs = (await page.evaluate(
    `Math.max(0, ...window.__bench.longTasks.filter(([t]) => t >= ${boot.bootMs}).map(([, d]) => d))`,
  )) as number;
  await sleep(1000);
  const idleMenuMs = await idleTaskMs(cdp, IDLE_S);
  const at = await fiftyWaypointRoute(page);
  await dragIntervals(page, at, 1000); // warm-up: JIT, first verdict
  if (process.env.BENCH_SHOTS)
    await page.screenshot({ path: join(process.env.BENCH_SHOTS, 'bench-planning.png') });
  await sleep(1000);
  const drag = await dragIntervals(page, at, DRAG_MS);
  await sleep(1000);
  const moved = await page.evaluate(() => {
    const m = (window as unknown as Hook).__openSkies.store.getState().mission as {
      present: { waypoints: { lat: number; lon: number }[] };
    };
    return m.present.waypoints[24];
  });
  const wp = fiftyWaypoints(100)[24]!;
  if (!moved || (moved.lat === wp.lat && moved.lon === wp.lon)) {
    throw new Error('the drag did not move waypoint 25: the figures would not mean anything');
  }
  const idlePlanningMs = await idleTaskMs(cdp, IDLE_S);
  const drag4x = await throttled(cdp, 4, () => dragIntervals(page, at, DRAG_MS));
  await sleep(500);
  const saveKb = await page.evaluate(() => (localStorage.getItem('open-skies:save') ?? '').length / 1024);
  const heap = await heapMb(cdp);
  await close(tab);

  const map = await open(browser, `${url}?renderer=canvas&observe=RUS`);
  await map.page.waitForFunction(
    () => String((window as unknown as Hook).__openSkies?.store.getState().mapSubject ?? '').includes('RUS'),
    undefined,
    { timeout: 120_000 },
  );
  await sleep(1500);
  const idleMapMs = await idleTaskMs(map.cdp, IDLE_S);
  await close(map);
  return {
    bootMs: boot.bootMs,
    mapReadyMs,
    longestAfterBootMs,
    scripts: boot.scripts,
    idleMenuMs,
    idleMapMs,
    idlePlanningMs,
    dragP95: quantile(drag, 0.95),
    dragP50: quantile(drag, 0.5),
    drag4xP95: quantile(drag4x, 0.95),
    heapMb: heap,
    saveKb,
  };
}

async function emptyRound(browser: Browser, url: string): Promise<Sample> {
  const tab = await open(browser, `${url}${EMPTY_PAGE}?renderer=canvas`);
  const { page, cdp } = tab;
  const boot = await waitBoot(page);
  await sleep(1000);
  const idleMenuMs = await idleTaskMs(cdp, IDLE_S);
  const at = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  await dragIntervals(page, at, 1000);
  const drag = await dragIntervals(page, at, DRAG_MS);
  const drag4x = await throttled(cdp, 4, () => dragIntervals(page, at, DRAG_MS));
  const idleMapMs = await idleTaskMs(cdp, IDLE_S);
  const heap = await heapMb(cdp);
  await close(tab);
  return {
    bootMs: boot.bootMs,
    scripts: boot.scripts,
    idleMenuMs,
    idleMapMs,
    dragP95: quantile(drag, 0.95),
    dragP50: quantile(drag, 0.5),
    drag4xP95: quantile(drag4x, 0.95),
    heapMb: heap,
  };
}

// ---------------------------------------------------------------- report
function gzipKb(dist: string, paths: string[]): number {
  let bytes = 0;
  for (const p of new Set(paths)) {
    const file = join(dist, 'assets', basename(p));
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : 'NaN');
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'NaN');

async function main(): Promise<void> {
  buildIfNeeded();
  const dist = resolve(DIST);
  const staged = stage(dist);
  const server = await serveDist(staged.root, SUB_PATH);
  const browser = await launchBrowser();
  const game: Sample[] = [];
  const empty: Sample[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? ['game', 'empty'] : ['empty', 'game'];
      for (const which of order) {
        if (which === 'game') game.push(await gameRound(browser, server.url));
        else empty.push(await emptyRound(browser, server.url));
      }
      const g = game[game.length - 1]!;
      const e = empty[empty.length - 1]!;
      console.log(
        `round ${r + 1}: boot ${f1(g.bootMs)}/${f1(e.bootMs)} ms, idle menu ${f1(g.idleMenuMs)}/${f1(e.idleMenuMs)} ms, ` +
          `idle map ${f1(g.idleMapMs)}/${f1(e.idleMapMs)} ms, drag p95 ${f1(g.dragP95)}/${f1(e.dragP95)} ms, ` +
          `4× drag p95 ${f1(g.drag4xP95)}/${f1(e.drag4xP95)} ms (game/empty)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    staged.cleanup();
  }
  const m = (xs: Sample[], k: keyof Sample): number => median(xs.map((s) => s[k] as number));
  const ratio = (k: keyof Sample): number => m(game, k) / m(empty, k);
  // The title screen's JavaScript: what index.html loads (entry and modulepreloads), not the
  // chunks imported on demand after the first paint; Phaser aside.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((x) => x[1] as string);
  const titleJs = entry.filter((f) => !f.startsWith('phaser-'));
  const lazyJs = readdirSync(join(dist, 'assets')).filter(
    (f) => f.endsWith('.js') && !f.startsWith('phaser-') && !titleJs.includes(f),
  );
  const firstScreen = gzipKb(dist, titleJs);
  const allOurs = firstScreen + gzipKb(dist, lazyJs);
  const phaser = gzipKb(dist, empty[0]!.scripts);
  console.log(
    `machine: ${ROUNDS} rounds, load average ${f2(loadBefore)} before, ${f2(loadavg()[0] ?? 0)} after`,
  );
  console.log(
    `boot: game ${f1(m(game, 'bootMs'))} ms, empty ${f1(m(empty, 'bootMs'))} ms; after it the game's map is up at ` +
      `${f1(m(game, 'mapReadyMs'))} ms, longest main-thread task meanwhile ${f1(m(game, 'longestAfterBootMs'))} ms`,
  );
  console.log(
    `idle task time over ${IDLE_S} s: title ${f1(m(game, 'idleMenuMs'))} ms, map of Russia ${f1(m(game, 'idleMapMs'))} ms, ` +
      `planning 01 ${f1(m(game, 'idlePlanningMs'))} ms; empty ${f1(m(empty, 'idleMenuMs'))} / ${f1(m(empty, 'idleMapMs'))} ms`,
  );
  console.log(
    `drag (waypoint 25 of 50): game p50 ${f1(m(game, 'dragP50'))} ms p95 ${f1(m(game, 'dragP95'))} ms; ` +
      `empty p50 ${f1(m(empty, 'dragP50'))} ms p95 ${f1(m(empty, 'dragP95'))} ms`,
  );
  console.log(
    `drag at 4× CPU throttling: game p95 ${f1(m(game, 'drag4xP95'))} ms, empty p95 ${f1(m(empty, 'drag4xP95'))} ms`,
  );
  console.log(
    `js: ours for the title screen ${f1(firstScreen)} kB gzip (${titleJs.join(', ')}); loaded after its first ` +
      `paint ${f1(allOurs - firstScreen)} kB (${lazyJs.join(', ')}); Phaser ${f1(phaser)} kB`,
  );
  console.log(`save after the drags (100 undo steps of a 50-waypoint plan): ${f1(m(game, 'saveKb'))} kB`);
  console.log(`heap: game ${f1(m(game, 'heapMb'))} MB, empty ${f1(m(empty, 'heapMb'))} MB`);
  console.log(
    `browser-bench: drag_p95_ratio=${f2(ratio('dragP95'))} idle_map_ratio=${f2(ratio('idleMapMs'))} ` +
      `idle_menu_ratio=${f2(ratio('idleMenuMs'))} boot_ratio=${f2(ratio('bootMs'))} ` +
      `js_gzip_kb=${Math.round(firstScreen)} heap_mb=${f1(m(game, 'heapMb'))}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});

/**
 * The built game boots from a sub-path (as itch.io serves it) in real Chromium, goes from the
 * title screen through the menu to the map of Russia and of the United States, and draws a
 * real map: water, land, the observed party's land and legible airfield labels. Nothing is
 * fetched from another origin and no page error occurs. Screenshots go to tests/artifacts/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type WatchedPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { serveDist, type StaticServer } from '../helpers/serve';

const ARTIFACTS = 'tests/artifacts';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDist('dist', '/play/open-skies/');
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

interface PixelCensus {
  total: number;
  water: number;
  land: number;
  host: number;
  /** Near-white pixels: airfield markers and label text. */
  bright: number;
}

/**
 * Counts canvas pixels by map colour (VISUAL.md). The canvas renderer's 2D context is readable;
 * with `viaSnapshot`, the frame is taken with the renderer's own snapshot instead (WebGL's
 * drawing buffer is not readable from outside), which waits for the next frame.
 */
async function census(page: Page, viaSnapshot = false): Promise<PixelCensus> {
  return page.evaluate(async (snap) => {
    const game = window.__openSkies!.game;
    let canvas = game.canvas;
    if (snap) {
      const image = await new Promise<HTMLImageElement>((ok) =>
        game.renderer.snapshot((shot) => ok(shot as HTMLImageElement)),
      );
      if (!image.complete) await new Promise((ok) => image.addEventListener('load', ok, { once: true }));
      canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')!.drawImage(image, 0, 0);
    }
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const near = (i: number, rgb: number, tol: number): boolean =>
      Math.abs(data[i]! - ((rgb >> 16) & 255)) <= tol &&
      Math.abs(data[i + 1]! - ((rgb >> 8) & 255)) <= tol &&
      Math.abs(data[i + 2]! - (rgb & 255)) <= tol;
    const c = { total: data.length / 4, water: 0, land: 0, host: 0, bright: 0 };
    for (let i = 0; i < data.length; i += 4) {
      if (near(i, 0x0f1b2a, 6)) c.water++;
      else if (near(i, 0x24303d, 6)) c.land++;
      else if (near(i, 0x2f4a3f, 6)) c.host++;
      else if (data[i]! > 230 && data[i + 1]! > 230 && data[i + 2]! > 230) c.bright++;
    }
    return c;
  }, viaSnapshot);
}

/** The colour of the canvas pixel at a place. */
async function colourAt(page: Page, lon: number, lat: number): Promise<number | null> {
  return page.evaluate(
    ([lon, lat]) => {
      const os = window.__openSkies!;
      const p = os.lonLatToClient(lon!, lat!);
      if (!p) return null;
      const canvas = os.game.canvas;
      const r = canvas.getBoundingClientRect();
      const x = Math.round(((p.x - r.left) * canvas.width) / r.width);
      const y = Math.round(((p.y - r.top) * canvas.height) / r.height);
      if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return null;
      const d = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
      return (d[0]! << 16) | (d[1]! << 8) | d[2]!;
    },
    [lon, lat],
  );
}

/** Waits until the map of a subject is up and has been drawn for a few frames. */
async function mapOf(page: Page, subjectPart: string): Promise<void> {
  await page.waitForFunction(
    (part) => String(window.__openSkies?.store.getState().mapSubject ?? '').includes(part),
    subjectPart,
    { timeout: 60_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => ok()))),
      ),
  );
}

function assertCleanRun(w: WatchedPage): void {
  expect(w.errors).toEqual([]);
  const foreign = [...w.requests, ...server.requests.map((p) => server.origin + p)].filter(
    (u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  // Everything the page asked for lies under the sub-path it is served from.
  expect(server.requests.filter((p) => !p.startsWith('/play/open-skies/'))).toEqual([]);
}

/** `minBright`: WebGL filters the label textures, so fewer of their pixels stay near-white. */
function expectRealMap(c: PixelCensus, minBright = 300): void {
  expect(c.water / c.total, 'water').toBeGreaterThan(0.03);
  expect(c.land / c.total, 'other states').toBeGreaterThan(0.02);
  expect(c.host / c.total, "the observed party's land").toBeGreaterThan(0.1);
  // Airfield markers and their labels: white text, a few hundred pixels at least.
  expect(c.bright, 'airfield labels').toBeGreaterThan(minBright);
}

/** Waits (by polling, never a fixed sleep) until the settled map is drawn, then checks it. */
async function expectMapDrawn(page: Page): Promise<void> {
  const drawn = async (): Promise<boolean> => {
    try {
      expectRealMap(await census(page));
      return true;
    } catch {
      return false;
    }
  };
  await expect.poll(drawn, { timeout: 30_000, interval: 200 }).toBe(true);
  expectRealMap(await census(page));
}

const HOST = 0x2f4a3f;
const near = (a: number | null, b: number, tol = 8): boolean =>
  a !== null && [16, 8, 0].every((s) => Math.abs(((a >> s) & 255) - ((b >> s) & 255)) <= tol);

describe('boot', () => {
  it('the built index uses relative URLs only (it runs from any sub-path)', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).not.toContain('="/');
    expect(html).toMatch(/src="\.\/assets\//);
  });

  it('the built index asks for the title screen’s two faces with the scripts, the very files its stylesheet uses', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const fonts = [...html.matchAll(/<link rel="preload" as="font"[^>]*href="\.\/(assets\/[^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(fonts.map((f) => f.replace(/-normal-.*$/, '-normal'))).toEqual([
      'assets/ibm-plex-sans-latin-400-normal',
      'assets/ibm-plex-sans-latin-600-normal',
    ]);
    const css = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
      .join('\n');
    // A preload the stylesheet does not ask for by the same name would be a second download.
    for (const f of fonts) expect(css).toContain(f.replace('assets/', ''));
  });

  it('start → menu → free flight: Russia, then the United States', async () => {
    const w = await openPage(browser, { width: 1280, height: 800 });
    const { page } = w;
    await page.goto(`${server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Free flight' }).waitFor();
    await mapOf(page, 'RUS');
    await page.screenshot({ path: `${ARTIFACTS}/boot-menu.png` });
    await page.getByRole('button', { name: 'Free flight' }).click();
    await page.getByLabel('Observed party').waitFor();
    await mapOf(page, 'RUS');
    // The map re-frames once the free-flight bar is laid out: wait for the frame, not for a time.
    await expect
      .poll(async () => near(await colourAt(page, 60, 62), HOST), {
        timeout: 30_000,
        message: 'the Urals are drawn as the observed party',
      })
      .toBe(true);
    await expectMapDrawn(page);
    await page.screenshot({ path: `${ARTIFACTS}/boot-russia.png` });

    await page.getByLabel('Observed party').selectOption('USA');
    await mapOf(page, 'party:USA');
    await expect
      .poll(async () => near(await colourAt(page, -98, 39), HOST), {
        timeout: 30_000,
        message: 'Kansas is drawn as the observed party',
      })
      .toBe(true);
    await expectMapDrawn(page);
    await page.screenshot({ path: `${ARTIFACTS}/boot-usa.png` });
    expect(near(await colourAt(page, -106, 30), HOST), 'Mexico is not the observed party').toBe(false);

    // The window shrinks (a phone turned, a docked devtools): the canvas follows, the map stays drawn.
    await page.setViewportSize({ width: 800, height: 500 });
    await expect
      .poll(
        () =>
          page.evaluate(() => [
            window.__openSkies!.game.canvas.width,
            window.__openSkies!.game.canvas.height,
          ]),
        {
          timeout: 30_000,
        },
      )
      .toEqual([800, 500]);
    await expectMapDrawn(page);
    await page.screenshot({ path: `${ARTIFACTS}/boot-usa-resized.png` });
    assertCleanRun(w);
    await page.context().close();
  });

  it.each([
    ['USA', 'party:USA', { width: 1920, height: 1080, deviceScaleFactor: 2 }, 'boot-usa-hidpi.png'],
    ['RUS', 'RUS', { width: 667, height: 375, deviceScaleFactor: 2 }, 'boot-russia-phone.png'],
  ] as const)('?observe=%s opens that map directly (%j)', async (iso, part, size, file) => {
    const w = await openPage(browser, size);
    const { page } = w;
    await page.goto(`${server.url}?renderer=canvas&observe=${iso}`);
    await mapOf(page, part);
    await expectMapDrawn(page);
    await page.screenshot({ path: `${ARTIFACTS}/${file}` });
    const canvasSize = await page.evaluate(() => {
      const c = window.__openSkies!.game.canvas;
      return { w: c.width, h: c.height, cssW: c.getBoundingClientRect().width };
    });
    // Hi-DPI: the canvas has one pixel per device pixel, shown at CSS size.
    expect(canvasSize.w).toBe(size.width * size.deviceScaleFactor);
    expect(canvasSize.cssW).toBe(size.width);
    assertCleanRun(w);
    await page.context().close();
  });

  it('the default renderer (WebGL where the browser has it) boots the same map without errors', async () => {
    const w = await openPage(browser, { width: 1024, height: 700 });
    const { page } = w;
    await page.goto(`${server.url}?observe=UKR`);
    await mapOf(page, 'party:UKR');
    const renderer = await page.evaluate(() => window.__openSkies!.game.renderer.type);
    expect([1, 2]).toContain(renderer); // Phaser.CANVAS = 1, Phaser.WEBGL = 2
    // The same map is drawn, not only booted: the renderer's own snapshot of the next frame (the
    // loop sleeps while nothing changes: the pointer wakes it).
    const shot = census(page, true);
    let taken = false;
    void shot.then(() => (taken = true)).catch(() => (taken = true));
    for (let i = 0; !taken && i < 300; i++) {
      await page.mouse.move(500 + (i % 2) * 4, 350);
      await page.waitForTimeout(100);
    }
    expectRealMap(await shot, 100);
    await page.screenshot({ path: `${ARTIFACTS}/boot-ukraine-default-renderer.png` });
    assertCleanRun(w);
    await page.context().close();
  });

  it('the map pans with the arrow keys and zooms with + and the wheel toward the cursor', async () => {
    const w = await openPage(browser, { width: 1024, height: 700 });
    const { page } = w;
    await page.goto(`${server.url}?renderer=canvas&observe=RUS`);
    await mapOf(page, 'RUS');
    const at = () => page.evaluate(() => window.__openSkies!.lonLatToClient(37.6, 55.75)!);
    const before = await at();
    await page.locator('#map-canvas canvas').click({ position: { x: 900, y: 650 } });
    // A click gives the keys to the map (#game, role=img), a layer over the canvas that lets
    // the pointer through; it must not contain the canvas (a focused parent of a canvas makes
    // Chromium repaint the page on every frame the map draws: see base.css).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('game');
    expect(
      await page.evaluate(() => document.getElementById('game')!.contains(document.querySelector('canvas'))),
    ).toBe(false);
    // Hold the key until the map has moved (as a player would), however slow the frames come.
    await page.keyboard.down('ArrowLeft');
    await expect.poll(async () => (await at()).x - before.x, { timeout: 30_000 }).toBeGreaterThan(20);
    await page.keyboard.up('ArrowLeft');
    const panned = await at();
    expect(panned.x).toBeGreaterThan(before.x + 20); // the map moves right: we look further west
    expect(Math.abs(panned.y - before.y)).toBeLessThan(2);
    const pageScroll = await page.evaluate(() => [window.scrollX, window.scrollY]);
    expect(pageScroll).toEqual([0, 0]);

    const kubinkaToVorkuta = async () =>
      page.evaluate(() => {
        const a = window.__openSkies!.lonLatToClient(36.65, 55.6)!;
        const b = window.__openSkies!.lonLatToClient(64, 67.5)!;
        return Math.hypot(a.x - b.x, a.y - b.y);
      });
    await page.mouse.move(panned.x, panned.y);
    const d0 = await kubinkaToVorkuta();
    await page.mouse.wheel(0, -400);
    await expect.poll(kubinkaToVorkuta, { timeout: 30_000 }).toBeGreaterThan(d0 * 1.05);
    const zoomed = await at();
    expect(Math.hypot(zoomed.x - panned.x, zoomed.y - panned.y)).toBeLessThan(2); // the point under the cursor stays
    const d1 = await kubinkaToVorkuta();
    await page.keyboard.press('+');
    await expect.poll(kubinkaToVorkuta, { timeout: 30_000 }).toBeGreaterThan(d1 * 1.3);
    assertCleanRun(w);
    await page.context().close();
  });
});

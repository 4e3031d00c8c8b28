/**
 * The map as a planning tool, played with the mouse in the built game: a click adds a waypoint
 * where the player clicked, a handle drags its waypoint, a click on a leg inserts one there, the
 * route lock turns the pointer into panning only, and the offending leg is marked. The map only
 * turns input into mission actions; positions are read back from the store.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist('dist', '/play/open-skies/');
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

interface Wp {
  lat: number;
  lon: number;
}

const waypoints = (page: Page): Promise<Wp[]> =>
  page.evaluate(() => {
    const m = window.__openSkies!.store.getState().mission;
    return ((m?.present as { waypoints?: Wp[] } | undefined)?.waypoints ?? []).map((w) => ({
      lat: w.lat,
      lon: w.lon,
    }));
  });

const clientOf = (page: Page, w: Wp): Promise<{ x: number; y: number }> =>
  page.evaluate(([lon, lat]) => window.__openSkies!.lonLatToClient(lon!, lat!)!, [w.lon, w.lat]);

/** Lets a frame or two pass, for checks that nothing happened (what should happen is polled). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(250);
}

/** Waits until the route has `n` waypoints: input lands a frame later, and frames come late under load. */
async function waypointCount(page: Page, n: number): Promise<void> {
  await expect.poll(async () => (await waypoints(page)).length, { timeout: 30_000 }).toBe(n);
}

describe('planning on the map', () => {
  it('click adds, drag moves, a click on a leg inserts, the lock only pans', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Campaign' }).click();
    await page.getByRole('button', { name: 'Fly' }).first().click();
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.waitForFunction(() =>
      String(window.__openSkies?.store.getState().mapSubject ?? '').startsWith('level:'),
    );
    await page.waitForTimeout(500);
    expect(await waypoints(page)).toHaveLength(0);

    // The free middle of the map (panels on the left and right, bars above and below).
    const a = { x: 560, y: 330 };
    const b = { x: 720, y: 420 };
    await page.mouse.click(a.x, a.y);
    await waypointCount(page, 1);
    await page.mouse.click(b.x, b.y);
    await waypointCount(page, 2);
    let wps = await waypoints(page);
    expect(wps).toHaveLength(2);
    for (const [w, p] of [
      [wps[0]!, a],
      [wps[1]!, b],
    ] as const) {
      const c = await clientOf(page, w);
      expect(Math.hypot(c.x - p.x, c.y - p.y), 'the waypoint is where the player clicked').toBeLessThan(2);
    }

    // Drag the first handle 60 px right, 40 px down, in small steps as a hand would.
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + 6 * i, a.y + 4 * i);
    await page.mouse.up();
    await expect
      .poll(async () => Math.round((await clientOf(page, (await waypoints(page))[0]!)).x), {
        timeout: 30_000,
      })
      .toBeGreaterThan(a.x + 50);
    wps = await waypoints(page);
    expect(wps).toHaveLength(2);
    const moved = await clientOf(page, wps[0]!);
    expect(Math.hypot(moved.x - (a.x + 60), moved.y - (a.y + 40))).toBeLessThan(3);

    // A click half-way along the leg between the two waypoints inserts a waypoint there.
    const p0 = await clientOf(page, wps[0]!);
    const p1 = await clientOf(page, wps[1]!);
    const mid = { x: (p0.x + p1.x) / 2, y: (p0.y + p1.y) / 2 };
    await page.mouse.click(mid.x, mid.y);
    await waypointCount(page, 3);
    wps = await waypoints(page);
    expect(wps).toHaveLength(3);
    const inserted = await clientOf(page, wps[1]!);
    expect(Math.hypot(inserted.x - mid.x, inserted.y - mid.y)).toBeLessThan(2);
    await page.screenshot({ path: 'tests/artifacts/boot-map-planning.png' });

    // Locked: a click adds nothing and a drag pans the map instead of moving a waypoint.
    await page.getByRole('button', { name: /^Lock/ }).click();
    await page.waitForFunction(() => window.__openSkies!.store.getState().routeLocked);
    const before = await clientOf(page, wps[0]!);
    await page.mouse.click(640, 250);
    await settle(page);
    expect(await waypoints(page)).toEqual(wps);
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(before.x - 8 * i, before.y);
    await page.mouse.up();
    await expect
      .poll(async () => (await clientOf(page, wps[0]!)).x, { timeout: 30_000 })
      .toBeLessThan(before.x - 60);
    expect(await waypoints(page)).toEqual(wps);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('two fingers spread apart zoom the map by the same ratio (touch screens)', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 }, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?renderer=canvas&observe=RUS`);
    await page.waitForFunction(() =>
      String(window.__openSkies?.store.getState().mapSubject ?? '').includes('RUS'),
    );
    await page.waitForTimeout(300);
    const span = () =>
      page.evaluate(() => {
        const a = window.__openSkies!.lonLatToClient(36.65, 55.6)!;
        const b = window.__openSkies!.lonLatToClient(64, 67.5)!;
        return Math.hypot(a.x - b.x, a.y - b.y);
      });
    const before = await span();
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', pts: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts.map(([x, y], id) => ({ x, y, id })) });
    await touch('touchStart', [
      [500, 300],
      [600, 300],
    ]);
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', [
        [500 - i * 5, 300],
        [600 + i * 5, 300],
      ]);
      await page.waitForTimeout(20);
    }
    await touch('touchEnd', []);
    // Fingers from 100 px to 200 px apart: the map is twice as large (polled: frames come late under load).
    await expect.poll(async () => (await span()) / before, { timeout: 30_000 }).toBeCloseTo(2, 1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

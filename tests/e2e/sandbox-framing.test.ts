/**
 * Issue 10: the sandbox's view. From Kubinka over Russia it opens on the airfield's reach (not
 * all of Russia), in the map's free part; clicks that grow the route never move the view; the
 * route table can put a waypoint out of view, and "Fit route" frames the whole route on request.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { lonLatToClient, read, shot } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const KUBINKA = { lat: 55.608, lon: 36.653 };
const FAR = { lat: 62.0, lon: 129.7 }; // Yakutsk: far beyond Kubinka's reach

/** Free flight → sandbox form → planning with this choice. */
async function openSandbox(page: Page, observer: string, host: string, airfield: string): Promise<void> {
  await page.goto(`${game.server.url}?renderer=canvas`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
  await page.locator('#menu-free-flight').click();
  await page.locator('#sb-year').fill('2019');
  await page.locator('#sb-year').dispatchEvent('change');
  await page.locator('#sb-observer').selectOption(observer);
  await page.locator('#sb-host').selectOption(host);
  await page.locator('#sb-airfield').selectOption(airfield);
  await page.locator('#sb-start').click();
  await page.waitForFunction(() => window.__openSkies!.store.getState().mission?.phase === 'planning');
  await page.waitForTimeout(800);
}

/** Where a point is: inside the map part no panel covers, or why not. */
async function where(page: Page, lon: number, lat: number): Promise<string> {
  const p = await page.evaluate(([lo, la]) => window.__openSkies!.lonLatToClient(lo!, la!), [lon, lat]);
  if (!p) return 'not projected';
  return page.evaluate(({ x, y }) => {
    const game = document.getElementById('game')!.getBoundingClientRect();
    if (x < game.left || x > game.right || y < game.top || y > game.bottom) return 'off the map';
    for (const id of ['topbar', 'left-panel', 'right-panel', 'bottom-bar']) {
      const el = document.getElementById(id);
      if (!el || el.hidden) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return `under #${id}`;
    }
    return 'free';
  }, p);
}

const camera = (page: Page) =>
  page.evaluate(() => {
    const cam = window.__openSkies!.game.scene.getScene('MapScene')!.cameras.main;
    return { zoom: cam.zoom, x: Math.round(cam.midPoint.x), y: Math.round(cam.midPoint.y) };
  });

const waypointCount = (page: Page) => read<number>(page, 's => s.mission.present.waypoints.length');

describe('sandbox framing', () => {
  it('opens on Kubinka’s reach, keeps the view while the route grows, and fits the route on request', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(120_000);
    await openSandbox(page, 'USA', 'RUS', 'kubinka');
    expect(await where(page, KUBINKA.lon, KUBINKA.lat)).toBe('free');
    await shot(page, 'sandbox-first-view');

    // Clicks add waypoints; the view stays put.
    const before = await camera(page);
    const k = await lonLatToClient(page, KUBINKA.lon, KUBINKA.lat);
    for (const [dx, dy] of [
      [120, -60],
      [220, 40],
    ] as const) {
      const n = await waypointCount(page);
      await page.mouse.click(k.x + dx, k.y + dy);
      await page.waitForFunction(
        (m) =>
          (window.__openSkies!.store.getState().mission!.present as { waypoints: unknown[] }).waypoints
            .length > m,
        n,
      );
    }
    await page.waitForTimeout(400);
    expect(await camera(page)).toEqual(before);

    // A waypoint typed in far beyond the view: still no jump.
    await page.locator('#rt-add-lat').fill(String(FAR.lat));
    await page.locator('#rt-add-lon').fill(String(FAR.lon));
    await page.locator('#rt-add-lon').press('Enter');
    await page.waitForFunction(
      () =>
        (window.__openSkies!.store.getState().mission!.present as { waypoints: unknown[] }).waypoints
          .length === 3,
    );
    await page.waitForTimeout(400);
    expect(await camera(page)).toEqual(before);
    expect(await where(page, FAR.lon, FAR.lat)).not.toBe('free');

    // Fit route: the whole route in the free part of the map.
    await page.locator('#sb-fit-route').click();
    await page.waitForTimeout(600);
    expect(await where(page, FAR.lon, FAR.lat)).toBe('free');
    expect(await where(page, KUBINKA.lon, KUBINKA.lat)).toBe('free');
    await shot(page, 'sandbox-fit-route');
    // The practice badge says why the result does not count here, and nothing sits on its words
    // or on each other: captions under it, the sandbox's buttons inside the side panel's inset.
    expect(await page.locator('#cl-practice').textContent()).toMatch(/Practice a free plan in the sandbox/);
    expect(await page.locator('#captions li').count()).toBeGreaterThan(0);
    const clashes = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const out: string[] = [];
      const badge = box(document.getElementById('cl-practice')!);
      for (const li of document.querySelectorAll('#captions li')) {
        if (meet(badge, box(li))) out.push(`caption "${li.textContent?.trim()}" over the practice badge`);
      }
      const panel = box(document.getElementById('right-panel')!);
      const play = box(document.getElementById('hs-play')!);
      for (const id of ['sb-export', 'sb-fit-route']) {
        const b = box(document.getElementById(id)!);
        if (b.left < panel.left + 8 || b.right > panel.right - 8)
          out.push(`#${id} outside the panel's inset`);
        if (meet(b, play)) out.push(`#${id} over #hs-play`);
      }
      return out;
    });
    expect(clashes).toEqual([]);
    expect(errors.filter((e) => !/favicon|status of 404/.test(e))).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('an airfield away from the main territory (Elmendorf, Alaska) opens in view with its reach', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(120_000);
    await openSandbox(page, 'RUS', 'USA', 'elmendorf');
    expect(await where(page, -149.792, 61.253)).toBe('free');
    await shot(page, 'sandbox-elmendorf-first-view');
    expect(errors.filter((e) => !/favicon|status of 404/.test(e))).toEqual([]);
    await page.context().close();
  }, 300_000);
});

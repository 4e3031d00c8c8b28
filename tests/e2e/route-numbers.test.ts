/**
 * The waypoint numbers under the Canvas renderer, which draws them in one pass (text-batch.ts)
 * rather than each Text on its own: every handle shows its number, centred on the handle, at
 * 1× and 2× device pixels and after a zoom. Pixels are read from the canvas and judged with a
 * tolerance (colour class and a few pixels of position), never compared byte for byte.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { animationFrames, clickMap, lonLatToClient, openCampaign, startPlanning } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

/** Inside Ukraine, well apart (mission 01). */
const POINTS = [
  { lon: 31.6, lat: 49.6 },
  { lon: 34.0, lat: 48.6 },
  { lon: 28.6, lat: 48.3 },
];
const HANDLE_RADIUS_CSS_PX = 9;

/** The number's ink (#06121d, dark) inside a handle: how many pixels and their centre's offset. */
async function ink(page: Page, lon: number, lat: number): Promise<{ n: number; dx: number; dy: number }> {
  const p = await lonLatToClient(page, lon, lat);
  return page.evaluate(
    ({ x, y, rCss }) => {
      const canvas = window.__openSkies!.game.canvas;
      const box = canvas.getBoundingClientRect();
      const k = canvas.width / box.width;
      const cx = (x - box.left) * k;
      const cy = (y - box.top) * k;
      const r = Math.floor(rCss * k * 0.8);
      const data = canvas
        .getContext('2d')!
        .getImageData(Math.round(cx) - r, Math.round(cy) - r, 2 * r + 1, 2 * r + 1).data;
      let n = 0;
      let sx = 0;
      let sy = 0;
      for (let j = 0; j <= 2 * r; j++) {
        for (let i = 0; i <= 2 * r; i++) {
          if ((i - r) ** 2 + (j - r) ** 2 > r * r) continue;
          const o = (j * (2 * r + 1) + i) * 4;
          if (data[o]! < 60 && data[o + 1]! < 70 && data[o + 2]! < 90) {
            n++;
            sx += i - r;
            sy += j - r;
          }
        }
      }
      return { n, dx: n ? sx / n / k : 0, dy: n ? sy / n / k : 0 };
    },
    { ...p, rCss: HANDLE_RADIUS_CSS_PX },
  );
}

async function expectNumbered(page: Page): Promise<void> {
  for (const [i, pt] of POINTS.entries()) {
    const seen = await ink(page, pt.lon, pt.lat);
    expect(seen.n, `ink of number ${i + 1}`).toBeGreaterThan(4);
    expect(Math.hypot(seen.dx, seen.dy), `number ${i + 1} off its handle's centre (CSS px)`).toBeLessThan(3);
  }
}

describe('waypoint numbers (Canvas renderer)', () => {
  for (const dpr of [1, 2]) {
    it(`every handle shows its number at its centre, at ${dpr}× pixels and after a zoom`, async () => {
      const w = await openPage(game.browser, { width: 1280, height: 800, deviceScaleFactor: dpr });
      const { page } = w;
      await page.goto(`${game.server.url}?renderer=canvas`);
      await openCampaign(page);
      await startPlanning(page, '01-training-flight');
      for (const pt of POINTS) await clickMap(page, pt.lon, pt.lat);
      await page.waitForFunction(
        () =>
          (window.__openSkies!.store.getState().mission?.present as { waypoints: unknown[] }).waypoints
            .length === 3,
      );
      await page.mouse.move(5, 400); // no hover cue over a handle
      await animationFrames(page, 3);
      await expectNumbered(page);
      // Zoomed in: the camera scales the map, the numbers keep their size and place.
      const zoom = () =>
        page.evaluate(() => window.__openSkies!.game.scene.getScene('MapScene')!.cameras.main.zoom);
      const before = await zoom();
      const mid = await lonLatToClient(page, 31.5, 48.9);
      await page.mouse.move(mid.x, mid.y);
      await page.mouse.wheel(0, -300);
      await page.mouse.move(5, 400);
      await animationFrames(page, 20);
      expect(await zoom()).toBeGreaterThan(before * 1.2);
      await expectNumbered(page);
      expect(w.errors).toEqual([]);
      await page.context().close();
    }, 180_000);
  }
});

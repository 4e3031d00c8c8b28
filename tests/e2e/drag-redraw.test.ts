/**
 * Canvas renderer: a waypoint drag redraws only the screen around the moving legs
 * (partial-redraw.ts). What the player sees must be what a whole redraw would show: no trail of
 * the leg's old place, nothing missing. The canvas in the middle of a drag is compared with the
 * same state drawn whole, pixel by pixel with a small tolerance (same browser, same frame).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { animationFrames, clickMap, lonLatToClient, openCampaign, startPlanning } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const POINTS = [
  { lon: 31.6, lat: 49.6 },
  { lon: 34.0, lat: 48.6 },
  { lon: 28.6, lat: 48.3 },
];

type Seam = { frames: { whole: number; clipped: number }; redrawWhole(): void };
const seam = (page: Page, expr: string) =>
  page.evaluate(
    `(() => { const p = window.__openSkies.game.scene.getScene('MapScene').partial; return (${expr})(p); })()`,
  );

/** Keeps the canvas's pixels now in the page (`window.__kept`). */
const keep = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const c = window.__openSkies!.game.canvas;
    (window as unknown as { __kept: ImageData }).__kept = c
      .getContext('2d')!
      .getImageData(0, 0, c.width, c.height);
  });

/** Pixels that differ now from the kept ones (by more than `tol` in a channel), and their box. */
const diff = (page: Page, tol: number) =>
  page.evaluate((t) => {
    const c = window.__openSkies!.game.canvas;
    const a = (window as unknown as { __kept: ImageData }).__kept.data;
    const b = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < a.length; i += 4) {
      const d = Math.max(
        Math.abs(a[i]! - b[i]!),
        Math.abs(a[i + 1]! - b[i + 1]!),
        Math.abs(a[i + 2]! - b[i + 2]!),
      );
      if (d <= t) continue;
      n++;
      const x = (i / 4) % c.width;
      const y = Math.floor(i / 4 / c.width);
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x);
      box[3] = Math.max(box[3]!, y);
    }
    return { n, box };
  }, tol);

describe('a waypoint drag under the Canvas renderer', () => {
  it('redraws only around the moving legs, and the screen is what a whole redraw shows', async () => {
    const w = await openPage(game.browser, { width: 1280, height: 800 });
    const { page } = w;
    await page.goto(`${game.server.url}?renderer=canvas`);
    await openCampaign(page);
    await startPlanning(page, '01-training-flight');
    for (const pt of POINTS) await clickMap(page, pt.lon, pt.lat);
    await animationFrames(page, 3);

    const start = await lonLatToClient(page, POINTS[1]!.lon, POINTS[1]!.lat);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const before = (await seam(page, '(p) => ({ ...p.frames })')) as Seam['frames'];
    // A wide sweep, one move a frame: any trail of the legs' old places would stay on screen.
    for (let k = 1; k <= 24; k++) {
      await page.mouse.move(start.x + 6 * k, start.y + (k % 2 ? 40 : -40) + 2 * k);
      await animationFrames(page, 1);
    }
    await animationFrames(page, 3);
    const during = (await seam(page, '(p) => ({ ...p.frames })')) as Seam['frames'];
    expect(during.clipped - before.clipped, 'drag frames drawn clipped').toBeGreaterThan(10);
    await keep(page);
    await seam(page, '(p) => p.redrawWhole()');
    await page.mouse.move(start.x + 144, start.y - 40 + 48); // the same place: one more frame, whole
    await animationFrames(page, 3);
    const after = (await seam(page, '(p) => ({ ...p.frames })')) as Seam['frames'];
    expect(after.whole, 'a whole frame drawn to compare with').toBeGreaterThan(during.whole);
    const changed = await diff(page, 24);
    await page.mouse.up();
    expect(changed.n, `pixels a whole redraw draws otherwise (in ${changed.box.join(',')})`).toBeLessThan(20);
    expect(w.errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});

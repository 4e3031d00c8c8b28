/**
 * A new player plans and flies 01-training-flight with the keyboard alone: Tab, Enter, arrows,
 * typed coordinates, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y. No mouse event reaches the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { DIST, read, tabTo, waitPhase } from '../helpers/mission';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist(DIST, '/play/open-skies/');
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

const count = (page: import('playwright-core').Page) =>
  read<number>(page, 's => s.mission.present.waypoints.length');

describe('keyboard only', () => {
  it('plans a route by typing, undoes and redoes with shortcuts, and flies it', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
    let mouse = 0;
    await page.exposeFunction('__mouseSeen', () => void mouse++);
    await page.addInitScript(() => {
      for (const type of ['mousedown', 'pointerdown', 'click'] as const) {
        window.addEventListener(
          type,
          (e) => {
            // Keyboard activation of a button fires a click with detail 0; real mouse clicks have detail ≥ 1.
            if (e instanceof MouseEvent && e.detail > 0)
              (window as unknown as { __mouseSeen(): void }).__mouseSeen();
          },
          true,
        );
      }
    });
    await page.goto(`${server.url}?renderer=canvas`);
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);

    await tabTo(page, /^Start\b/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Campaign/);
    await page.keyboard.press('Enter');
    await tabTo(page, /Fly: Training flight/);
    await page.keyboard.press('Enter');
    await waitPhase(page, 'briefing');
    await tabTo(page, /Start planning/);
    await page.keyboard.press('Enter');
    await waitPhase(page, 'planning');

    // Three waypoints typed into the route table.
    await tabTo(page, /Latitude of the new waypoint/);
    for (const [lat, lon] of [
      ['50.604', '30.192'],
      ['50.235', '30.297'],
      ['46.958', '31.975'],
    ]) {
      await page.keyboard.type(lat!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(lon!);
      await page.keyboard.press('Enter');
    }
    expect(await count(page)).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rt-add-lat');
    // A typo is refused with a message, not added.
    await page.keyboard.type('95');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    expect(await count(page)).toBe(3);
    expect(await page.locator('.rt-error').textContent()).toMatch(/between −90 and 90/);

    // Altitude of the first leg, typed.
    await tabTo(page, /Altitude of the leg to waypoint 1,/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2000');
    await page.keyboard.press('Tab');
    expect(await read<number>(page, 's => s.mission.present.waypoints[0].altitudeM')).toBe(2000);

    // Undo / redo with the shortcuts (focus on a button, not in a text field).
    await tabTo(page, /^Undo/);
    await page.keyboard.press('Control+z');
    expect(await read<number>(page, 's => s.mission.present.waypoints[0].altitudeM')).not.toBe(2000);
    await page.keyboard.press('Control+z');
    expect(await count(page)).toBe(2);
    await page.keyboard.press('Control+Shift+Z');
    expect(await count(page)).toBe(3);
    await page.keyboard.press('Control+y');
    expect(await read<number>(page, 's => s.mission.present.waypoints[0].altitudeM')).toBe(2000);
    expect(await page.locator('.find-summary').textContent()).toMatch(/Lawful plan/);

    // Submit, accept, and fly at 16× with the arrow keys in the speed group.
    await tabTo(page, /Submit plan to the host/);
    await page.keyboard.press('Enter');
    await waitPhase(page, 'review');
    await tabTo(page, /Accept and fly/);
    await page.keyboard.press('Enter');
    await waitPhase(page, 'flight');
    await tabTo(page, /^\d+×/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await read<number>(page, 's => s.settings.timeSpeed')).toBe(16);
    await waitPhase(page, 'debrief', 90_000);
    expect(await page.locator('.db-gallery').first().locator('.db-capture').count()).toBeGreaterThanOrEqual(
      1,
    );

    expect(mouse).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

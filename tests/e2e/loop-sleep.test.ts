/**
 * The built game in Chromium: the game loop sleeps behind the full-screen menus once the map
 * is drawn and wakes on return to the map; a hidden tab stops the loop and suspends the sound,
 * and showing it again resumes both. Behaviour only: frames counted, never timed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser';
import { DIST } from '../helpers/mission';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist(DIST, '/play/open-skies/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Hook = { __openSkies: { game: { loop: { running: boolean; frame: number } } } };
type AudioHook = { __openSkiesAudio: { state(): { context: string | null } } };

const running = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as Hook).__openSkies.game.loop.running);
const frame = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as Hook).__openSkies.game.loop.frame);
const waitRunning = (page: Page, value: boolean): Promise<unknown> =>
  page.waitForFunction((v) => (window as unknown as Hook).__openSkies?.game.loop.running === v, value, {
    timeout: 60_000,
  });

/** Frames the game drew while the page had time for at least `frames` animation frames. */
async function framesDrawn(page: Page, frames = 20): Promise<number> {
  const before = await frame(page);
  await page.evaluate(
    (n) =>
      new Promise<void>((ok) => {
        let left = n;
        const tick = (): void => (--left <= 0 ? ok() : void requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
  return (await frame(page)) - before;
}

/** Script errors (Chromium's own favicon request 404s outside the sub-path: not the game's). */
const pageErrors = (errors: string[]): string[] => errors.filter((e) => e.startsWith('pageerror'));

async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (h ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

describe('the game loop', () => {
  it('sleeps behind the menus and wakes on return to the map', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}?renderer=canvas`);
    // The title screen covers the map: once the map is up behind it, the loop sleeps.
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __openSkies?: { store: { getState(): { world: unknown } } } }
        ).__openSkies?.store.getState().world != null,
      undefined,
      { timeout: 60_000 },
    );
    await waitRunning(page, false);
    expect(await framesDrawn(page)).toBe(0);

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Free flight', exact: true }).click();
    await waitRunning(page, true);
    expect(await framesDrawn(page)).toBeGreaterThan(0);

    await page.getByRole('button', { name: /Back/ }).click();
    await page.getByRole('button', { name: 'Campaign', exact: true }).waitFor();
    await waitRunning(page, false);
    expect(await framesDrawn(page)).toBe(0);

    await page.getByRole('button', { name: 'Free flight', exact: true }).click();
    await waitRunning(page, true);
    expect(await framesDrawn(page)).toBeGreaterThan(0);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('stops in a hidden tab with the sound suspended, and resumes both when shown', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Free flight', exact: true }).click();
    await waitRunning(page, true);
    const audio = (): Promise<string | null> =>
      page.evaluate(() => (window as unknown as AudioHook).__openSkiesAudio.state().context);
    await page.waitForFunction(
      () => (window as unknown as AudioHook).__openSkiesAudio.state().context !== null,
      undefined,
      { timeout: 30_000 },
    );
    const soundBefore = await audio();

    await setHidden(page, true);
    expect(await running(page)).toBe(false);
    if (soundBefore === 'running')
      await page.waitForFunction(
        () => (window as unknown as AudioHook).__openSkiesAudio.state().context === 'suspended',
      );

    await setHidden(page, false);
    expect(await running(page)).toBe(true);
    expect(await framesDrawn(page)).toBeGreaterThan(0);
    if (soundBefore === 'running')
      await page.waitForFunction(
        () => (window as unknown as AudioHook).__openSkiesAudio.state().context === 'running',
      );
    expect(pageErrors(errors)).toEqual([]);
  });
});

/**
 * The built game in Chromium: the game loop sleeps behind the full-screen menus once the map
 * is drawn and wakes on return to the map; a hidden tab stops the loop and suspends the sound,
 * and showing it again resumes both. Behaviour only: frames counted, never timed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { DIST } from '../helpers/mission';
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

type Hook = { __openSkies: { game: { loop: { running: boolean; frame: number } } } };
type AudioHook = { __openSkiesAudio: { state(): { context: string | null } } };

const running = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as Hook).__openSkies.game.loop.running);
const waitRunning = (page: Page, value: boolean): Promise<unknown> =>
  page.waitForFunction((v) => (window as unknown as Hook).__openSkies?.game.loop.running === v, value, {
    timeout: 60_000,
  });

/**
 * Frames the game drew over `frames` animation frames of the page, with the pointer moving over
 * the page before each (input wakes the loop) or not.
 */
async function framesDrawn(page: Page, opts: { moving?: boolean; frames?: number } = {}): Promise<number> {
  return page.evaluate(
    ([n, moving]) =>
      new Promise<number>((ok) => {
        const loop = (window as unknown as Hook).__openSkies.game.loop;
        const poke = (): unknown => moving && window.dispatchEvent(new PointerEvent('pointermove'));
        poke();
        const before = loop.frame;
        let left = n as number;
        const tick = (): void => {
          poke();
          if (--left <= 0) ok(loop.frame - before);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [opts.frames ?? 10, opts.moving ?? false] as const,
  );
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
  it('sleeps behind the menus, renders on change on the map, and wakes on return', async () => {
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
    expect(await framesDrawn(page, { moving: true })).toBe(0); // behind a screen, input does not wake it

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Free flight', exact: true }).click();
    // On the map: it draws while something moves…
    expect(await framesDrawn(page, { moving: true })).toBeGreaterThan(0);
    // …and sleeps when nothing does; a pointer move wakes it.
    await waitRunning(page, false);
    expect(await framesDrawn(page)).toBe(0);
    expect(await framesDrawn(page, { moving: true })).toBeGreaterThan(0);

    await page.getByRole('button', { name: /Back/ }).click();
    await page.getByRole('button', { name: 'Campaign', exact: true }).waitFor();
    await waitRunning(page, false);
    expect(await framesDrawn(page, { moving: true })).toBe(0);

    await page.getByRole('button', { name: 'Free flight', exact: true }).click();
    expect(await framesDrawn(page, { moving: true })).toBeGreaterThan(0);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('stops in a hidden tab with the sound suspended, and resumes both when shown', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}?renderer=canvas`);
    // The sound's code loads after the title's first paint; Start unlocks it once it is there.
    await page.waitForFunction(() => '__openSkiesAudio' in window, undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Free flight', exact: true }).click();
    const audio = (): Promise<string | null> =>
      page.evaluate(() => (window as unknown as AudioHook).__openSkiesAudio?.state().context ?? null);
    await page.waitForFunction(
      () => (window as unknown as AudioHook).__openSkiesAudio?.state().context != null,
      undefined,
      { timeout: 30_000 },
    );
    const soundBefore = await audio();
    expect(await framesDrawn(page, { moving: true })).toBeGreaterThan(0);

    await setHidden(page, true);
    expect(await running(page)).toBe(false);
    expect(await framesDrawn(page, { moving: true })).toBe(0); // input does not wake a hidden tab
    if (soundBefore === 'running') {
      await page.waitForFunction(
        () => (window as unknown as AudioHook).__openSkiesAudio.state().context === 'suspended',
      );
    }

    await setHidden(page, false);
    expect(await running(page)).toBe(true);
    expect(await framesDrawn(page, { moving: true })).toBeGreaterThan(0);
    if (soundBefore === 'running') {
      await page.waitForFunction(
        () => (window as unknown as AudioHook).__openSkiesAudio.state().context === 'running',
      );
    }
    expect(pageErrors(errors)).toEqual([]);
  });
});

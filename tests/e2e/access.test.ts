/**
 * Access on the built game in real Chromium: keyboard-only play, settings applied and kept
 * across a reload, reduced motion, sound after the first gesture, axe-core on the DOM panels,
 * and screenshots of the panels on a phone, a laptop, a 1440p screen and in high contrast.
 * Run after `npm run build` (OPEN_SKIES_DIST points at another build folder if needed).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type WatchedPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { serveDist, type StaticServer } from '../helpers/serve';
import { asFirstVisit } from '../helpers/mission';

const ARTIFACTS = 'tests/artifacts';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDist(process.env.OPEN_SKIES_DIST ?? 'dist', '/play/open-skies/');
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

interface AudioState {
  unlocked: boolean;
  load: string;
  context: string | null;
  music: boolean;
  hum: boolean;
  played: Record<string, number>;
}

const audio = (page: Page): Promise<AudioState> =>
  page.evaluate(() =>
    (window as unknown as { __openSkiesAudio: { state(): AudioState } }).__openSkiesAudio.state(),
  );

const settingsOf = (page: Page) => page.evaluate(() => window.__openSkies!.store.getState().settings);

async function open(w: WatchedPage, query = ''): Promise<void> {
  await w.page.goto(`${server.url}?renderer=canvas${query}`);
  await w.page.getByRole('button', { name: 'Start' }).waitFor();
}

/** Presses Tab until the focused element matches, as a keyboard player would; fails after `max`. */
async function tabTo(
  page: Page,
  matches: (el: { text: string; label: string; id: string }) => boolean,
  max = 40,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
) {
  for (let i = 0; i <= max; i++) {
    // The control may already have the focus (a screen focuses its main button).
    if (i > 0) await page.keyboard.press(key);
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        text: a?.textContent?.trim() ?? '',
        label: a?.getAttribute('aria-label') ?? '',
        id: a?.id ?? '',
      };
    });
    if (matches(el)) return el;
  }
  throw new Error(`tabTo: never reached the control (focus on ${await activeName(page)})`);
}

const activeName = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.getAttribute('aria-label') ?? a?.textContent?.trim() ?? '';
  });

describe('keyboard only', () => {
  it('starts, opens and closes the panels, and adds a waypoint in planning without a mouse', async () => {
    const w = await openPage(browser, { width: 1280, height: 800 });
    const { page } = w;
    await open(w);
    // The focus is taken on load (an itch.io iframe gets keys at once).
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Start');
    // Arrow keys and Space never scroll the page.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Campaign' }).waitFor();

    // The skip link is the first stop of the Tab order and moves the focus into the screen.
    expect(
      await page.evaluate(() => document.querySelector('a[href], button, input, select')?.className),
    ).toBe('skip-link');
    await tabTo(page, (e) => e.text === 'Skip to the main controls', 20, 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#screen'))).toBe(true);

    // S opens the settings, Escape closes them and gives the focus back.
    await page.keyboard.press('s');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    expect(await activeName(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('set-effects');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => window.__openSkies!.store.getState().panel)).toBeNull();

    // ? shows every shortcut.
    await page.keyboard.press('Shift+?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const rows = await sheet
      .locator('tr[data-shortcut]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-shortcut')));
    const everyShortcut = [
      'help',
      'settings',
      'handbook',
      'escape',
      'tab',
      'pan',
      'zoom',
      'delete',
      'undo',
      'redo',
      'pause',
      'speed',
    ];
    expect(rows).toEqual(everyShortcut);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    // Into the campaign and the first mission with Tab and Enter only.
    await tabTo(page, (e) => e.text === 'Campaign');
    await page.keyboard.press('Enter');
    await tabTo(page, (e) => /training flight/i.test(e.label) || /training flight/i.test(e.text));
    await page.keyboard.press('Enter');
    await tabTo(page, (e) => e.text === 'Start planning');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__openSkies!.store.getState().mission?.phase === 'planning');

    // A waypoint by coordinates (the keyboard twin of clicking the map), then undo and redo.
    await tabTo(page, (e) => e.id === 'rt-add-lat', 80);
    await page.keyboard.type('50.0');
    await page.keyboard.press('Tab');
    await page.keyboard.type('33.0');
    await page.keyboard.press('Enter');
    const waypoints = () =>
      page.evaluate(
        () =>
          (window.__openSkies!.store.getState().mission?.present as { waypoints: unknown[] }).waypoints
            .length,
      );
    await page.waitForFunction(
      () =>
        (window.__openSkies!.store.getState().mission?.present as { waypoints: unknown[] }).waypoints
          .length === 1,
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    expect(await waypoints()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    expect(await waypoints()).toBe(1);
    // The map's text alternative follows the route.
    expect(await page.locator('#game').getAttribute('aria-label')).toMatch(
      /United States observing Ukraine\. Route with 1 waypoint/,
    );
    // The verdict is spoken once it settles.
    await page.waitForFunction(() =>
      /Plan lawful|problem/.test(document.getElementById('live')?.textContent ?? ''),
    );
    await page.screenshot({ path: `${ARTIFACTS}/access-keyboard-planning.png` });

    // Submit, accept and fly, still by keyboard; then Space pauses and 1–5 set the speed.
    await tabTo(page, (e) => e.text === 'Submit plan to the host', 80);
    await page.keyboard.press('Enter');
    await tabTo(page, (e) => e.text === 'Accept and fly', 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__openSkies!.store.getState().mission?.phase === 'flight');
    // The skip link now leads to the map, which takes the keys.
    await tabTo(page, (e) => e.text === 'Skip to the map', 80, 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('game');
    const flight = () =>
      page.evaluate(() => {
        const s = window.__openSkies!.store.getState();
        return { paused: s.mission?.flight?.paused, speed: s.settings.timeSpeed };
      });
    await page.keyboard.press('5');
    expect(await flight()).toEqual({ paused: false, speed: 16 });
    await page.waitForFunction(() =>
      /Engine hum — 16×/.test(document.getElementById('captions')?.textContent ?? ''),
    );
    expect((await audio(page)).hum).toBe(true);
    await page.keyboard.press('Space');
    expect(await flight()).toEqual({ paused: true, speed: 16 });
    expect((await audio(page)).hum).toBe(false);
    await page.keyboard.press('1');
    await page.keyboard.press('Space');
    expect(await flight()).toEqual({ paused: false, speed: 1 });
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/access-keyboard-flight.png` });
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});

describe('settings', () => {
  it('applies every setting at once and keeps it after a reload', async () => {
    const w = await openPage(browser, { width: 1280, height: 800 });
    const { page } = w;
    await open(w);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Settings' }).first().waitFor();
    await page.locator('#settings-button').click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();

    await page.locator('#set-effects').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft'); // 80 % → 60 %
    await page.locator('#set-music').fill('20');
    await dialog.getByLabel('Mute all sound').check();
    await dialog.getByLabel('Captions for sounds').uncheck();
    await dialog.getByLabel('Text and interface size').selectOption('1.25');
    await dialog.getByLabel('High contrast').check();
    await dialog.getByLabel(/^On: no camera moves/).check();
    await dialog.getByLabel('Default flight speed').selectOption('8');
    await page.screenshot({ path: `${ARTIFACTS}/access-settings-changed.png` });

    const expected = {
      effectsVolume: 0.6,
      musicVolume: 0.2,
      muted: true,
      captions: false,
      uiScale: 1.25,
      palette: 'high-contrast',
      reducedMotion: true,
      timeSpeed: 8,
      language: 'en',
    };
    const applied = () =>
      page.evaluate(() => ({
        scale: document.documentElement.style.getPropertyValue('--ui-scale'),
        palette: document.documentElement.dataset.palette,
        motion: document.documentElement.dataset.reducedMotion,
        captionsHidden: document.getElementById('captions')?.hidden,
        fontPx: getComputedStyle(document.querySelector('.dialog-title') ?? document.body).fontSize,
      }));
    expect(await settingsOf(page)).toEqual(expect.objectContaining(expected));
    expect(await applied()).toEqual({
      scale: '1.25',
      palette: 'high-contrast',
      motion: 'true',
      captionsHidden: true,
      fontPx: '25px',
    });
    // Muted: the music stops.
    expect((await audio(page)).music).toBe(false);

    await page.reload();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await settingsOf(page)).toEqual(expect.objectContaining(expected));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('#settings-button').click();
    await dialog.waitFor();
    expect(await applied()).toEqual({
      scale: '1.25',
      palette: 'high-contrast',
      motion: 'true',
      captionsHidden: true,
      fontPx: '25px',
    });
    expect(await page.locator('#set-effects').inputValue()).toBe('60');
    expect(await dialog.getByLabel('High contrast').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Default flight speed').inputValue()).toBe('8');

    // Restore defaults puts every control back.
    await dialog.getByRole('button', { name: 'Restore defaults' }).click();
    expect(await page.locator('#set-effects').inputValue()).toBe('80');
    expect(await page.evaluate(() => document.documentElement.dataset.palette)).toBe('okabe-ito');
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});

/** Counts Phaser tweens and camera moves started in any scene from now on. */
async function watchTweens(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __tweensStarted: number };
    w.__tweensStarted = 0;
    const game = window.__openSkies!.game as unknown as {
      scene: {
        getScenes(
          active: boolean,
        ): { tweens?: Record<string, unknown>; cameras?: { main?: Record<string, unknown> } }[];
      };
    };
    const wrap = (obj: Record<string, unknown>, name: string) => {
      const fn = obj[name];
      if (typeof fn !== 'function') return;
      obj[name] = function (this: unknown, ...args: unknown[]) {
        w.__tweensStarted++;
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      };
    };
    for (const scene of game.scene.getScenes(false)) {
      if (scene.tweens) for (const m of ['add', 'addCounter', 'chain', 'addMultiple']) wrap(scene.tweens, m);
      if (!scene.cameras?.main) continue;
      for (const m of ['pan', 'zoomTo', 'rotateTo', 'shake', 'flash', 'fade', 'fadeIn', 'fadeOut'])
        wrap(scene.cameras.main, m);
    }
  });
}

describe('reduced motion', () => {
  it.each<['reduce' | 'no-preference', boolean]>([
    ['reduce', true],
    ['no-preference', false],
  ])(
    'system %s: panels animate only when motion is allowed, and no tween runs when reduced',
    async (system, reduced) => {
      const w = await openPage(browser, { width: 1280, height: 800, reducedMotion: system });
      const { page } = w;
      await open(w);
      expect(await page.evaluate(() => document.documentElement.dataset.reducedMotion)).toBe(String(reduced));
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Campaign' }).waitFor();
      await watchTweens(page);
      await page.locator('#settings-button').click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      const duration = await page.evaluate(
        () => getComputedStyle(document.querySelector('dialog[open]')!).animationDuration,
      );
      expect(duration).toBe(reduced ? '0s' : '0.2s');
      await page.keyboard.press('Escape');
      // A mission: the map re-frames on the host, the flight layer draws.
      await page.getByRole('button', { name: 'Campaign' }).click();
      await page
        .getByRole('button', { name: /training flight/i })
        .first()
        .click();
      await page.getByRole('button', { name: 'Start planning' }).click();
      await page.waitForFunction(() => window.__openSkies!.store.getState().mission?.phase === 'planning');
      if (reduced)
        expect(
          await page.evaluate(() => (window as unknown as { __tweensStarted: number }).__tweensStarted),
        ).toBe(0);
      expect(w.errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe('sound', () => {
  it('makes no AudioContext before the first gesture, then loads the sprite and plays', async () => {
    const w = await openPage(browser, { width: 1280, height: 800 });
    const { page } = w;
    await page.addInitScript(() => {
      const w = window as unknown as { __contexts: number; AudioContext: typeof AudioContext };
      w.__contexts = 0;
      const Real = w.AudioContext;
      w.AudioContext = class extends Real {
        constructor(...args: ConstructorParameters<typeof AudioContext>) {
          super(...args);
          w.__contexts++;
        }
      };
    });
    await open(w);
    // The sound's code loads after the title's first paint: wait for it, not for a time.
    await page.waitForFunction(() => '__openSkiesAudio' in window, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __contexts: number }).__contexts)).toBe(0);
    expect((await audio(page)).unlocked).toBe(false);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __openSkiesAudio: { state(): { load: string } } }).__openSkiesAudio.state()
          .load === 'loaded',
    );
    const state = await audio(page);
    expect(state).toMatchObject({ unlocked: true, load: 'loaded', context: 'running', music: true });
    expect(w.requests.some((u) => /sprite-[\w-]+\.webm$/.test(u))).toBe(true);
    // A UI press clicks, and the caption twin shows.
    await page.getByRole('button', { name: 'Campaign' }).click();
    expect((await audio(page)).played.click).toBeGreaterThanOrEqual(1);
    await page.locator('#captions .caption-line').first().waitFor();
    expect(await page.locator('#captions').textContent()).toMatch(/Click|Calm music/);
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});

describe('sound without the start screen', () => {
  it('waits for the first press when a shared link skips the start screen', async () => {
    const w = await openPage(browser, { width: 1280, height: 800 });
    const { page } = w;
    await page.goto(`${server.url}?renderer=canvas&observe=RUS`);
    await page.getByLabel('Observed party').waitFor();
    // The sound's code loads after the title's first paint: wait for it, not for a time.
    await page.waitForFunction(() => '__openSkiesAudio' in window, undefined, { timeout: 60_000 });
    expect((await audio(page)).unlocked).toBe(false);
    await page.locator('#map-canvas canvas').click({ position: { x: 600, y: 400 } });
    await page.waitForFunction(
      () =>
        (window as unknown as { __openSkiesAudio: { state(): { load: string } } }).__openSkiesAudio.state()
          .load === 'loaded',
    );
    expect(await audio(page)).toMatchObject({ unlocked: true, context: 'running' });
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});

async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            passes: unknown[];
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['#ui-root'], ['#modal-root'], ['.skip-link']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return {
      passes: result.passes.length,
      violations: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    };
  });
  // axe really looked at the panels (rules passed), so an empty list means something.
  expect(result.passes).toBeGreaterThan(5);
  return result.violations;
}

describe('axe-core and screenshots', () => {
  // One tab for all the sizes: before each boot it is resized and its storage emptied, so each
  // size boots as on a first visit (asFirstVisit).
  let tab: WatchedPage | undefined;
  beforeAll(async () => {
    tab = await openPage(browser, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await tab?.page.context().close();
  });

  it.each<[string, number, number, 'okabe-ito' | 'high-contrast']>([
    ['phone-landscape', 667, 375, 'okabe-ito'],
    ['phone-portrait', 375, 667, 'okabe-ito'],
    ['tablet-portrait', 768, 1024, 'okabe-ito'],
    ['tablet-landscape', 1024, 768, 'okabe-ito'],
    ['laptop', 1280, 800, 'okabe-ito'],
    ['1440p', 2560, 1440, 'okabe-ito'],
    ['laptop-high-contrast', 1280, 800, 'high-contrast'],
  ])(
    '%s (%d×%d, %s): no serious or critical violations in the panels',
    async (name, width, height, palette) => {
      const w = tab!;
      const { page } = w;
      await asFirstVisit(w, server.url);
      await page.setViewportSize({ width, height });
      await open(w);
      if (palette === 'high-contrast') {
        await page.evaluate(() => {
          const s = window.__openSkies!.store;
          s.setState({ settings: { ...s.getState().settings, palette: 'high-contrast' } });
        });
      }
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Campaign' }).waitFor();
      expect(await axe(page)).toEqual([]);
      // Every control of the panels is a 44 px touch target.
      await page.locator('#settings-button').click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      await page.waitForTimeout(250);
      await page.screenshot({ path: `${ARTIFACTS}/access-settings-${name}.png` });
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'dialog[open] button, dialog[open] select, .corner-button, dialog[open] .radio-choice, dialog[open] .setting-toggle',
          ),
        ]
          .map((el) => ({ el: el.id || el.className || el.tagName, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
          .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      expect(small).toEqual([]);
      // The dialog fits the screen (a drawer on small ones) and scrolls inside, never the page.
      const box = await page.getByRole('dialog', { name: 'Settings' }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
      expect(box!.height).toBeLessThanOrEqual(height + 0.5);
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await page.waitForTimeout(250);
      await page.screenshot({ path: `${ARTIFACTS}/access-shortcuts-${name}.png` });
      expect(await axe(page)).toEqual([]);
      expect(w.errors).toEqual([]);
    },
  );
});

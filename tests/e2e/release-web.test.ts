/**
 * The itch.io zip (`npm run package` → release/open-skies-<version>-web.zip), unpacked and served
 * from a sub-path as itch.io does: it boots with no page error; a returning player's save and
 * the "updated" note survive a new build; and after one visit the service worker lets the game
 * start and fly mission 01 with the network cut. Builds once (--only=web).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import {
  clickMap,
  openCampaign,
  read,
  savedProgress,
  shot,
  startPlanning,
  waitPhase,
} from '../helpers/mission';
import { runPackage, VERSION } from '../helpers/package';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;
let unpacked: string;
let packaged: string;
let entries: string[];

beforeAll(async () => {
  packaged = runPackage('web');
  const zip = unzipSync(readFileSync(`release/open-skies-${VERSION}-web.zip`));
  entries = Object.keys(zip);
  unpacked = mkdtempSync(join(tmpdir(), 'open-skies-zip-'));
  for (const [name, bytes] of Object.entries(zip)) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), bytes);
  }
  server = await serveDist(unpacked, '/play/open-skies/');
  browser = await sharedBrowser();
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

/** Mission 01 as tests/e2e/mission-training.test.ts flies it, down to the debrief. */
async function flyMission01(page: Page): Promise<void> {
  await startPlanning(page, '01-training-flight');
  for (const [lon, lat] of [
    [30.192, 50.604],
    [30.297, 50.235],
    [31.975, 46.958],
  ] as const)
    await clickMap(page, lon, lat);
  await page.locator('.rt-row').nth(2).waitFor();
  expect(await page.locator('.find-summary').textContent()).toMatch(/Lawful plan/);
  await page.getByRole('button', { name: 'Submit plan to the host' }).click();
  await waitPhase(page, 'review');
  await page.getByRole('button', { name: 'Accept and fly' }).click();
  await waitPhase(page, 'flight');
  await page.getByRole('radio', { name: '16×' }).click();
  await page.locator('.fl-log .fl-capture').first().waitFor({ timeout: 60_000 });
  await waitPhase(page, 'debrief', 120_000);
  await page.getByRole('heading', { name: /^Imagery/ }).waitFor();
}

describe('the itch.io zip', () => {
  it('holds index.html at its root, a service worker and a manifest, and passes the package checks', () => {
    expect(packaged).toContain('All release checks pass.');
    console.log(packaged.slice(packaged.indexOf('release/open-skies')).trim());
    expect(entries).toContain('index.html');
    expect(entries).toContain('sw.js');
    expect(entries).toContain('manifest.webmanifest');
    expect(entries.filter((e) => e.endsWith('.map') || e.endsWith('.woff'))).toEqual([]);
  });

  it('unpacked and served from a sub-path, boots with no page errors; an old save and the "updated" note', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800, serviceWorker: true });
    // A player of an earlier build: their save and the build id that build left behind.
    await page.addInitScript(
      ([save]) => {
        if (sessionStorage.getItem('seeded')) return;
        localStorage.setItem('open-skies:save', save as string);
        localStorage.setItem('open-skies:build', '0.0.1+0000000');
        sessionStorage.setItem('seeded', '1');
      },
      [savedProgress(['01-training-flight'])],
    );
    await page.goto(`${server.url}?renderer=canvas`);
    const note = page.locator('.release-note');
    await note.waitFor();
    expect(await note.textContent()).toContain(`updated to version ${VERSION}`);
    await shot(page, 'release-web-updated-note');
    await note.getByRole('button', { name: 'Dismiss' }).click();
    await openCampaign(page);
    expect(
      await page.locator('.cp-item[data-level="02-first-flight-over-russia"] .cp-status').textContent(),
    ).toMatch(/Open/);
    // The note is said once: the next visit is quiet.
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(await page.locator('.release-note').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(server.requests.filter((p) => !p.startsWith('/play/open-skies/'))).toEqual([]);
    await page.context().close();
  });

  it('after one visit, with the network cut, a reload reaches the campaign and flies mission 01', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800, serviceWorker: true });
    await page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(page);
    // The game registers its worker once the map has loaded; the worker is active once it has
    // precached the whole game.
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker || worker.state === 'activated') return;
      await new Promise<void>((done) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && done()),
      );
    });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe(
      'activated',
    );

    await page.context().setOffline(true);
    const before = server.requests.length;
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await openCampaign(page);
    await flyMission01(page);
    await shot(page, 'release-web-offline-debrief');
    expect(
      await read<number>(page, "s => s.progress.results['01-training-flight'].stars"),
    ).toBeGreaterThanOrEqual(1);
    // Nothing of the game reached the server while offline: the worker served every file. The
    // browser's own update check of the worker (sw.js and the workbox script it imports) is not
    // a game file, and Chromium may send it past the emulated offline switch, so it is left out.
    const isWorkerUpdateCheck = (p: string) => /\/(sw|workbox-[\w-]+)\.js$/.test(p);
    expect(server.requests.slice(before).filter((p) => !isWorkerUpdateCheck(p))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * A new upload reaches a returning player: the game is served from a sub-path (build A), the
 * player visits once (the service worker installs), then the host swaps in build B. The open
 * game learns of it ("ready: it loads the next time") without being reloaded under the player;
 * once its tab is closed, the next visit runs build B, says "updated", and the save from build A
 * still loads. Build A is the production build in dist/ (npm run test:e2e builds it first);
 * build B is build A with a new build id, its changed scripts renamed and the service worker's
 * precache list rewritten to match (a real second build would cost minutes).
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { DIST, openCampaign, savedProgress } from '../helpers/mission';
import { VERSION } from '../helpers/package';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;
let work: string;

/**
 * Copies build A into `to` as build B, as a real second build would differ: a new build id in
 * the entry script, so a new name for it and for every chunk that imports it (directly or
 * through another renamed chunk), every reference to those names rewritten (index.html, the
 * chunks, sw.js's precache list), and a new revision for index.html.
 */
function makeBuildB(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const assets = join(to, 'assets');
  const html = readFileSync(join(to, 'index.html'), 'utf8');
  const entry = /src="\.\/assets\/(index-[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('build A: no entry script in index.html');
  const entryJs = readFileSync(join(assets, entry), 'utf8');
  const id = new RegExp(`${VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]+`).exec(entryJs)?.[0];
  if (!id) throw new Error(`build A: no build id ${VERSION}+<commit> in ${entry}`);
  const scripts = new Map(
    readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, readFileSync(join(assets, f), 'utf8')]),
  );
  scripts.set(entry, entryJs.replaceAll(id, '9.9.9+update'));
  // The entry, and every chunk whose text names a changed one.
  const changed = new Set([entry]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [f, text] of scripts) {
      if (changed.has(f) || ![...changed].some((c) => text.includes(c))) continue;
      changed.add(f);
      grew = true;
    }
  }
  const renamed = new Map([...changed].map((f) => [f, f.replace(/^([a-z-]+)-/, '$1-B')]));
  const rename = (text: string): string =>
    [...renamed].reduce((t, [old, now]) => t.replaceAll(old, now), text);
  for (const f of changed) {
    writeFileSync(join(assets, renamed.get(f)!), rename(scripts.get(f)!));
    rmSync(join(assets, f));
  }
  writeFileSync(join(to, 'index.html'), rename(html));
  const sw = readFileSync(join(to, 'sw.js'), 'utf8');
  if (!sw.includes(entry)) throw new Error('build A: sw.js does not precache the entry script');
  writeFileSync(
    join(to, 'sw.js'),
    rename(sw).replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1b-build"'),
  );
}

/** Resolves once the registration has a worker in the given slot. */
async function workerIn(page: Page, slot: 'waiting' | 'active-only'): Promise<void> {
  await page.evaluate(
    (want) =>
      new Promise<void>((ok) => {
        const check = async (): Promise<void> => {
          const r = await navigator.serviceWorker.getRegistration();
          const done = want === 'waiting' ? !!r?.waiting : !!r?.active && !r.waiting && !r.installing;
          if (done) ok();
          else setTimeout(() => void check(), 200);
        };
        void check();
      }),
    slot,
  );
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'sw.js')))
    throw new Error(`no production build with a service worker in ${DIST}/: run \`npx vite build\` first`);
  work = mkdtempSync(join(tmpdir(), 'open-skies-update-'));
  cpSync(DIST, join(work, 'a'), { recursive: true });
  makeBuildB(join(work, 'a'), join(work, 'b'));
  symlinkSync(join(work, 'a'), join(work, 'live'));
  server = await serveDist(join(work, 'live'), '/play/open-skies/');
  browser = await sharedBrowser();
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a new build', () => {
  it('is announced in the open game, runs on the next visit with an "updated" note, and the save loads', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800, serviceWorker: true });
    const context = page.context();
    await page.addInitScript(
      ([save]) => {
        if (!localStorage.getItem('open-skies:save')) localStorage.setItem('open-skies:save', save as string);
      },
      [savedProgress(['01-training-flight'])],
    );
    await page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(page);
    await workerIn(page, 'active-only');
    expect(await page.locator('.release-note').count()).toBe(0); // a first visit says nothing

    // The host swaps in build B; the open game checks for an update on its next navigation.
    unlinkSync(join(work, 'live'));
    symlinkSync(join(work, 'b'), join(work, 'live'));
    await page.reload();
    await workerIn(page, 'waiting');
    await page.locator('.release-note', { hasText: 'ready' }).waitFor();
    // Still build A in this tab: nothing was swapped under the player.
    expect(await page.locator('.release-note', { hasText: 'updated' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    // The next visit: the waiting worker takes over once no tab of the game is open.
    const next = await context.newPage();
    const nextErrors: string[] = [];
    next.on('pageerror', (e) => nextErrors.push(e.message));
    await next.goto(`${server.url}?renderer=canvas`);
    await workerIn(next, 'active-only');
    if ((await next.locator('.release-note', { hasText: 'updated' }).count()) === 0) await next.reload();
    const note = next.locator('.release-note', { hasText: 'updated' });
    await note.waitFor();
    expect(await note.textContent()).toContain('updated to version 9.9.9');
    // The parts that load after the title (sound, mission panels) are in: an old build's chunk
    // that the update removed has reloaded the page by now (main.ts), so Start stays pressed.
    await next.waitForFunction(() => '__openSkiesAudio' in window, undefined, { timeout: 60_000 });
    await next.waitForLoadState('load');
    await openCampaign(next);
    expect(
      await next.locator('.cp-item[data-level="02-first-flight-over-russia"] .cp-status').textContent(),
    ).toMatch(/Open/);
    expect(nextErrors).toEqual([]);
    await context.close();
  });
});

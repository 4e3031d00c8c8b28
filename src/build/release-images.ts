/**
 * `npm run release-images`: the pictures a release needs, made from the game itself in headless
 * Chromium (the built dist/, served from a sub-path as itch.io does):
 *   assets/icons/icon-{192,512}.png, icon-maskable-512.png  web app manifest icons (committed)
 *   release/itch/screenshot-*.png                           1280×800, mission 01 phase by phase
 *   release/itch/cover.png                                  630×500, itch.io's cover size
 * The icon is drawn here: lucide's plane over a dashed observation route on the map's water blue.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../../tests/helpers/browser';
import { clickMap, openCampaign, waitPhase } from '../../tests/helpers/mission';
import { serveDist } from '../../tests/helpers/serve';

const ROOT = resolve(import.meta.dirname ?? '.', '../..');
const ICONS = join(ROOT, 'assets/icons');
const ITCH = join(ROOT, 'release/itch');
const require = createRequire(import.meta.url);

const WATER = '#0f1b2a';
const ROUTE = '#56b4e9';
const TEXT = '#e8edf2';

/** The plane's path from lucide-static (ISC), read from the package so it stays lucide's. */
function planePath(): string {
  const svg = readFileSync(require.resolve('lucide-static/icons/plane.svg'), 'utf8');
  const d = /<path d="([^"]+)"/.exec(svg)?.[1];
  if (!d) throw new Error('lucide-static/icons/plane.svg: no <path d="…"> found');
  return d;
}

/** The icon as SVG; `maskable` keeps the drawing inside the central 80 % safe zone. */
export function iconSvg(maskable: boolean): string {
  const scale = maskable ? 0.62 : 0.8;
  const offset = (512 * (1 - scale)) / 2;
  const radius = maskable ? 0 : 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${radius}" fill="${WATER}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <path d="M40 440 C 150 380, 170 250, 300 230 S 430 120, 470 60" fill="none" stroke="${ROUTE}"
      stroke-width="22" stroke-linecap="round" stroke-dasharray="1 44"/>
    <circle cx="40" cy="440" r="26" fill="${ROUTE}"/>
    <g transform="translate(136 76) scale(12)" fill="none" stroke="${TEXT}" stroke-width="1.6"
      stroke-linecap="round" stroke-linejoin="round"><path d="${planePath()}"/></g>
  </g>
</svg>`;
}

async function renderSvg(browser: Browser, svg: string, size: number, path: string): Promise<void> {
  const { page } = await openPage(browser, { width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  await page.screenshot({ path, omitBackground: true });
  await page.context().close();
}

async function snap(page: Page, name: string): Promise<string> {
  await page.waitForTimeout(600); // let transitions and the canvas settle
  const path = join(ITCH, `${name}.png`);
  await page.screenshot({ path });
  console.log(`  ${path}`);
  return path;
}

/** Mission 01 from the title screen to the debrief, a screenshot per phase. */
async function screenshots(browser: Browser, url: string): Promise<string> {
  const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
  await page.goto(`${url}?renderer=canvas`);
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  await snap(page, 'screenshot-1-title');
  await openCampaign(page);
  await snap(page, 'screenshot-2-campaign');
  await page
    .locator('.cp-item[data-level="01-training-flight"]')
    .getByRole('button', { name: /^Fly/ })
    .click();
  await waitPhase(page, 'briefing');
  await snap(page, 'screenshot-3-briefing');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await waitPhase(page, 'planning');
  for (const [lon, lat] of [
    [30.192, 50.604],
    [30.297, 50.235],
    [31.975, 46.958],
  ] as const)
    await clickMap(page, lon, lat);
  await page.locator('.rt-row').nth(2).waitFor();
  await snap(page, 'screenshot-4-planning');
  await page.getByRole('button', { name: 'Submit plan to the host' }).click();
  await waitPhase(page, 'review');
  await page.getByRole('button', { name: 'Accept and fly' }).click();
  await waitPhase(page, 'flight');
  await page.getByRole('radio', { name: '16×' }).click();
  await page.locator('.fl-log .fl-capture').first().waitFor({ timeout: 60_000 });
  await snap(page, 'screenshot-5-flight');
  // The cover's picture: the same moment with the DOM panels hidden (map, route and sites only).
  const mapOnly = join(tmpdir(), `open-skies-cover-${process.pid}.png`);
  await page.evaluate(() => document.getElementById('ui-root')?.style.setProperty('visibility', 'hidden'));
  await page.screenshot({ path: mapOnly });
  await page.evaluate(() => document.getElementById('ui-root')?.style.removeProperty('visibility'));
  await waitPhase(page, 'debrief', 120_000);
  await page.getByRole('heading', { name: /^Imagery/ }).waitFor();
  await snap(page, 'screenshot-6-debrief');
  if (errors.length > 0) throw new Error(`the game reported errors while posing:\n${errors.join('\n')}`);
  await page.context().close();
  return mapOnly;
}

/** itch.io's cover (630×500): the map of the flight, cropped round the route, with the title in the game's font. */
async function cover(browser: Browser, flightPng: string): Promise<void> {
  const font = readFileSync(
    require.resolve('@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff2'),
  );
  const shot = readFileSync(flightPng).toString('base64');
  const { page } = await openPage(browser, { width: 630, height: 500 });
  await page.setContent(`<html><head><style>
    @font-face { font-family: Plex; font-weight: 600; src: url(data:font/woff2;base64,${font.toString('base64')}) format('woff2'); }
    body { margin: 0; width: 630px; height: 500px; overflow: hidden; background: ${WATER}; font-family: Plex, sans-serif; }
    .map { position: absolute; inset: 0; background: url(data:image/png;base64,${shot}) -20px -112px / 1000px auto no-repeat; }
    .shade { position: absolute; inset: 0; background: linear-gradient(180deg, rgba(15,27,42,0) 45%, rgba(15,27,42,0.92) 78%); }
    h1 { position: absolute; left: 32px; bottom: 70px; margin: 0; font-size: 64px; color: ${TEXT}; letter-spacing: 0.5px; }
    p { position: absolute; left: 34px; bottom: 34px; margin: 0; font-size: 21px; color: ${ROUTE}; }
  </style></head><body><div class="map"></div><div class="shade"></div>
  <h1>Open Skies</h1><p>Plan observation flights under the 1992 treaty</p></body></html>`);
  await page.evaluate(() => document.fonts.ready);
  const path = join(ITCH, 'cover.png');
  await page.screenshot({ path });
  console.log(`  ${path}`);
  await page.context().close();
}

async function main(): Promise<void> {
  mkdirSync(ICONS, { recursive: true });
  mkdirSync(ITCH, { recursive: true });
  const browser = await launchBrowser();
  const server = await serveDist(join(ROOT, 'dist'), '/play/open-skies/');
  try {
    console.log('Icons:');
    writeFileSync(join(ICONS, 'icon.svg'), iconSvg(false));
    await renderSvg(browser, iconSvg(false), 192, join(ICONS, 'icon-192.png'));
    await renderSvg(browser, iconSvg(false), 512, join(ICONS, 'icon-512.png'));
    await renderSvg(browser, iconSvg(true), 512, join(ICONS, 'icon-maskable-512.png'));
    console.log(`  ${ICONS}/icon.svg, icon-192.png, icon-512.png, icon-maskable-512.png`);
    console.log('Screenshots (1280×800):');
    const flight = await screenshots(browser, server.url);
    console.log('Cover (630×500):');
    await cover(browser, flight);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

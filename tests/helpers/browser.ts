/**
 * Launches a real Chromium for the browser tests with nothing installed by hand:
 * CHROME_PATH, else an installed Chromium/Chrome, else the one shipped inside @sparticuz/chromium.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserServer, type Download, type Page } from 'playwright-core';

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// Without the background-networking flags Chromium keeps calling out to the closed network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
  '--autoplay-policy=user-gesture-required',
  '--font-render-hinting=none',
];

async function executablePath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const installed = INSTALLED.find((p) => existsSync(p));
  if (installed) return installed;
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), headless: true, args: ARGS });
}

/** A Chromium that clients connect to (the browser tests' one browser: ./chromium-setup.ts). */
export async function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: await executablePath(), headless: true, args: ARGS });
}

export interface WatchedPage {
  page: Page;
  errors: string[];
  /** Every request URL the page made. */
  requests: string[];
}

/** A page that records page errors, console errors and every request. */
export async function openPage(
  browser: Browser,
  opts: {
    width?: number;
    height?: number;
    deviceScaleFactor?: number;
    reducedMotion?: 'reduce' | 'no-preference';
    /** Enforce the page's Content-Security-Policy (off by default: axe-core is added inline). */
    csp?: boolean;
    /**
     * Let the game register its service worker (off by default). The worker precaches every
     * file of the game in each new context, which costs about as much CPU as the boot itself;
     * the release tests, which test offline play and updates, turn it on.
     */
    serviceWorker?: boolean;
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    bypassCSP: !opts.csp,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    serviceWorkers: opts.serviceWorker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

/**
 * A download's file on this machine. The browser tests' Chromium runs as a server that the
 * tests connect to, where `download.path()` is not available: the file is copied to a new
 * temporary folder under its suggested name.
 */
export async function savedDownload(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'open-skies-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

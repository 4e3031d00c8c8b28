/**
 * The one-file build (`npm run package` → release/open-skies-<version>-offline.html), opened as
 * file:// as a teacher double-clicks it from a USB stick: it reaches the campaign and the map
 * with no page error (a CSP violation is a console error, so the policy's hashes are checked
 * too) and fetches nothing but data: and blob: URLs. Builds once (--only=offline).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { openCampaign, shot } from '../helpers/mission';
import { runPackage, VERSION } from '../helpers/package';

const HTML = resolve(`release/open-skies-${VERSION}-offline.html`);
let browser: Browser;

beforeAll(async () => {
  runPackage('offline');
  browser = await sharedBrowser();
}, 600_000);

describe('the one-file build', () => {
  it('is one file: no script or stylesheet it links, a CSP with hashes and no unsafe-eval', () => {
    expect(existsSync(HTML)).toBe(true);
    const html = readFileSync(HTML, 'utf8');
    expect(html).not.toMatch(/(?:src|href)="\.?\/?assets\//);
    expect(html).not.toContain('type="module"');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('opened as file:// reaches the campaign and the map with no page errors', async () => {
    const { page, errors, requests } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${pathToFileURL(HTML).href}?renderer=canvas`);
    await openCampaign(page);
    await page.waitForFunction(() => window.__openSkies?.lonLatToClient(30.3, 50.4) !== null, null, {
      timeout: 60_000,
    });
    await shot(page, 'release-offline-html-campaign');
    expect(errors).toEqual([]);
    const fetched = requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && u.split('?')[0] !== pathToFileURL(HTML).href,
    );
    expect(fetched).toEqual([]);
  });
});

/**
 * The planning sandbox (issue 14): from free flight, the USA observing Russia (with Belarus) in
 * 2019 from Kubinka; a route over Belarus typed into the route table with the live verdict; the
 * exported plan file is accepted by `npm run check-plan` (exit 0, under 1,200 km).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { DIST, read } from '../helpers/mission';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;
const DIR = '/tmp/shots-host';

beforeAll(async () => {
  server = await serveDist(DIST, '/play/open-skies/');
  browser = await sharedBrowser();
  mkdirSync(DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

const ROUTE = [
  { lat: 55.19, lon: 30.2, altitudeM: 1500 },
  { lat: 54.5, lon: 30.4, altitudeM: 1500 },
];

describe('planning sandbox', () => {
  it('plans a lawful flight over Belarus from Kubinka and exports a plan file check-plan accepts', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
    const favicon: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.endsWith('/favicon.ico')) favicon.push(m.text());
    });
    await page.goto(`${server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => {
      const g = (window as unknown as { __openSkies?: { store: { getState(): { world: unknown } } } })
        .__openSkies;
      return !!g && g.store.getState().world !== null;
    });
    await page.locator('#menu-free-flight').click();
    await page.locator('#sb-year').fill('2019');
    await page.locator('#sb-year').dispatchEvent('change');
    await page.locator('#sb-observer').selectOption('USA');
    await page.locator('#sb-host').selectOption('RUS');
    await page.locator('#sb-airfield').selectOption('kubinka');
    await page.locator('#sb-aircraft').selectOption('oc-135b');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${DIR}/sandbox-form.png` });
    await page.locator('#sb-start').click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as {
            __openSkies: { store: { getState(): { mission: { phase: string } | null } } };
          }
        ).__openSkies.store.getState().mission?.phase === 'planning',
    );
    expect(await read<string>(page, 's => s.mission.levelId')).toBe('sandbox-usa-rus-2019');
    expect(await read<boolean>(page, 's => s.mission.practice')).toBe(true);
    for (const [i, w] of ROUTE.entries()) {
      await page.locator('#rt-add-lat').fill(String(w.lat));
      await page.locator('#rt-add-lon').fill(String(w.lon));
      await page.locator('#rt-add-lon').press('Enter');
      const row = page.locator('.rt-row').nth(i);
      await row.waitFor();
      await row.locator('.rt-alt').fill(String(w.altitudeM));
      await row.locator('.rt-alt').press('Tab');
      const box = row.locator('input[value="optical"]');
      if (!(await box.isChecked())) await box.click();
    }
    const verdict = await read<{ ok: boolean; distanceKm: number }>(page, 's => s.verdict');
    expect(verdict.ok).toBe(true);
    expect(verdict.distanceKm).toBeLessThan(1200);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${DIR}/sandbox-planning.png` });

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#sb-export').click()]);
    expect(download.suggestedFilename()).toBe('sandbox-usa-rus-2019.plan.json');
    const file = `${DIR}/sandbox-usa-rus-2019.plan.json`;
    await download.saveAs(file);
    const out = execFileSync('npm', ['run', '-s', 'check-plan', '--', file, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out) as { ok: boolean; level: string; distanceKm: number };
    expect(report).toMatchObject({ ok: true, level: 'sandbox-usa-rus-2019' });
    expect(report.distanceKm).toBeLessThan(1200);
    expect(errors.filter((e) => !favicon.some((f) => e.endsWith(f)))).toEqual([]);
  }, 240_000);
});

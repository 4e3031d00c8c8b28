/**
 * A new player flies 01-training-flight with the mouse in the built game (real Chromium,
 * ?renderer=canvas): campaign → briefing → a lawful route clicked on the map → host review →
 * flight at 16× → debrief with imagery. Each phase passes axe-core (WCAG 2.1 AA, serious and
 * critical); screenshots of every phase go to tests/artifacts/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, savedDownload } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { axeViolations, clickMap, DIST, openCampaign, read, shot, waitPhase } from '../helpers/mission';
import { serveDist, type StaticServer } from '../helpers/serve';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist(DIST, '/play/open-skies/');
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

/** Sum of absolute differences between neighbouring pixels: how much fine detail a canvas holds. */
async function detail(page: import('playwright-core').Page, index: number): Promise<number> {
  return page.evaluate((i) => {
    const canvas = document.querySelectorAll<HTMLCanvasElement>('.db-compare canvas')[i]!;
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 1; x < width; x++) {
        const a = (y * width + x) * 4;
        sum += Math.abs(data[a]! - data[a - 4]!);
      }
    }
    return sum / (width * height);
  }, index);
}

describe('01-training-flight with the mouse', () => {
  it('plans a lawful route on the map, flies it at 16× and reaches the debrief with imagery', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(page);
    const first = page.locator('.cp-item[data-level="01-training-flight"]');
    expect(await first.locator('.cp-status').textContent()).toMatch(/Open/);
    expect(await page.locator('.cp-item[data-level="02-first-flight-over-russia"]').textContent()).toContain(
      'Locked',
    );
    await shot(page, 'mission-01-0-campaign');
    expect(await axeViolations(page)).toEqual([]);
    await first.getByRole('button', { name: /^Fly/ }).click();

    // Briefing: the situation, the new rule, three objectives, the weather.
    await waitPhase(page, 'briefing');
    await page.getByRole('heading', { name: 'Training flight over Ukraine', level: 2 }).waitFor();
    expect(await page.locator('.ms-bulletin').textContent()).toMatch(/New rule/);
    expect(await page.locator('.ms-briefing ol.ms-targets > li').count()).toBe(3);
    expect(await page.locator('.ms-briefing .wx-slot').count()).toBe(16);
    await page.waitForTimeout(300);
    await shot(page, 'mission-01-1-briefing');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start planning' }).click();

    // Planning: click the two air bases and the shipyard; the table mirrors the map.
    await waitPhase(page, 'planning');
    expect(await page.locator('.find-summary').textContent()).toMatch(/Draw a route/);
    const stops: [number, number][] = [
      [30.192, 50.604],
      [30.297, 50.235],
      [31.975, 46.958],
    ];
    for (const [lon, lat] of stops) await clickMap(page, lon, lat);
    await page.locator('.rt-row').nth(2).waitFor();
    expect(await page.locator('.rt-row').count()).toBe(3);
    const plan = await read<{ lat: number; lon: number }[]>(page, 's => s.mission.present.waypoints');
    plan.forEach((w, i) => {
      expect(w.lon).toBeCloseTo(stops[i]![0], 0);
      expect(w.lat).toBeCloseTo(stops[i]![1], 0);
    });
    expect(Number(await page.locator('.rt-row').nth(2).locator('.rt-lat').inputValue())).toBeCloseTo(
      46.958,
      0,
    );
    expect(await page.locator('.find-summary').textContent()).toMatch(/Lawful plan/);
    expect(await page.locator('.db-read').textContent()).toMatch(/\/ 2,100 km/);
    await page.waitForTimeout(500);
    await shot(page, 'mission-01-2-planning');
    expect(await axeViolations(page)).toEqual([]);

    // Review: the host accepts.
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    expect(await page.locator('.rev-decision').textContent()).toMatch(/accepts/);
    await shot(page, 'mission-01-3-review');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept and fly' }).click();

    // Flight at 16×: captures appear in the log.
    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '16×' }).click();
    expect(await read<number>(page, 's => s.settings.timeSpeed')).toBe(16);
    await page.locator('.fl-log .fl-capture').first().waitFor({ timeout: 60_000 });
    await shot(page, 'mission-01-4-flight');
    expect(await axeViolations(page)).toEqual([]);

    // Debrief: imagery at the achieved resolution, stars, history, questions.
    await waitPhase(page, 'debrief', 90_000);
    await page.getByRole('heading', { name: /^Imagery/ }).waitFor();
    expect(await page.locator('.db-gallery').first().locator('.db-capture').count()).toBeGreaterThanOrEqual(
      1,
    );
    expect(await page.locator('.db-stars').getAttribute('aria-label')).toMatch(/[1-3] of 3 stars/);
    await page.getByRole('heading', { name: 'What really happened' }).waitFor();
    expect(await page.locator('.db-questions li').count()).toBeGreaterThan(0);
    // The same site at 0.3 m holds far more detail than at 3 m.
    const sharp = await detail(page, 0);
    const coarse = await detail(page, 2);
    expect(sharp).toBeGreaterThan(coarse * 2);
    await shot(page, 'mission-01-5-debrief');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.db-compare').scrollIntoViewIfNeeded();
    await shot(page, 'mission-01-6-debrief-compare');
    // Progress is saved and the next mission opens.
    expect(
      await read<number>(page, "s => s.progress.results['01-training-flight'].stars"),
    ).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'Next mission' }).waitFor();
    // The plan file to hand in passes the plan checker (CLI) as lawful.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the plan file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('01-training-flight.plan.json');
    const file = await savedDownload(download);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { level: string; waypoints: unknown[] };
    expect(saved).toMatchObject({ format: 'open-skies-plan', version: 1, level: '01-training-flight' });
    expect(saved.waypoints).toHaveLength(3);
    const check = spawnSync(process.execPath, [TSX_CLI, 'src/cli/check-plan.ts', file, '--json'], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, level: '01-training-flight' });
    // The print stylesheet leaves only the report.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#game').isVisible()).toBe(false);
    expect(await page.locator('.db-actions').isVisible()).toBe(false);
    expect(await page.locator('.debrief h2').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone the same mission is playable through the drawers', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 760 });
    await page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(page);
    await page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fly/ })
      .click();
    await page.getByRole('button', { name: 'Start planning' }).click();
    await waitPhase(page, 'planning');
    // The route table is a drawer: closed until asked for.
    expect(await page.locator('#left-panel').isVisible()).toBe(false);
    const routeButton = page.getByRole('button', { name: 'Route', exact: true });
    await routeButton.click();
    expect(await routeButton.getAttribute('aria-expanded')).toBe('true');
    for (const [lat, lon] of [
      ['50.604', '30.192'],
      ['50.235', '30.297'],
      ['46.958', '31.975'],
    ]) {
      await page.locator('#rt-add-lat').fill(lat!);
      await page.locator('#rt-add-lon').fill(lon!);
      await page.locator('#rt-add-lon').press('Enter');
    }
    await shot(page, 'mission-01-phone-route');
    await page.keyboard.press('Escape');
    expect(await routeButton.getAttribute('aria-expanded')).toBe('false');
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    // The host's answer opens by itself.
    await page.getByRole('button', { name: 'Accept and fly' }).waitFor({ state: 'visible' });
    await shot(page, 'mission-01-phone-review');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept and fly' }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '16×' }).click();
    await waitPhase(page, 'debrief', 90_000);
    expect(await page.locator('.db-capture').count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

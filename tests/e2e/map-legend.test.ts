/**
 * Issue 10: the map legend folds away. Its button is a real button (Tab, Enter), the choice is
 * remembered across a reload, the map frames the objectives clear of the legend whether it is
 * open or folded, and clustered sites (04, Washington) have labels that do not overlap.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import {
  lonLatToClient,
  openCampaign,
  read,
  savedProgress,
  seedSave,
  shot,
  waitPhase,
} from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

/** Page errors minus the browser's favicon request at the server root (outside the game). */
function gameErrors(errors: readonly string[]): string[] {
  let skip = game.server.requests.filter((r) => r === '/favicon.ico').length;
  return errors.filter((e) => !(/status of 404/.test(e) && skip-- > 0));
}

async function openMission(page: Page, levelId: string): Promise<void> {
  await openCampaign(page);
  await page.locator(`.cp-item[data-level="${levelId}"]`).getByRole('button', { name: /^Fly/ }).click();
  await waitPhase(page, 'briefing');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await waitPhase(page, 'planning');
  await page.waitForTimeout(600);
}

/** Objectives drawn under the legend's box or outside the map (client px). */
async function objectivesUnderLegend(page: Page, levelId: string): Promise<string[]> {
  const level = JSON.parse(readFileSync(`levels/${levelId}.json`, 'utf8')) as {
    targets: { id: string; lat: number; lon: number; objective: boolean }[];
  };
  const hidden: string[] = [];
  for (const t of level.targets.filter((x) => x.objective)) {
    const p = await lonLatToClient(page, t.lon, t.lat);
    const covered = await page.evaluate(({ x, y }) => {
      const game = document.getElementById('game')!.getBoundingClientRect();
      if (x < game.left || x > game.right || y < game.top || y > game.bottom) return 'off the map';
      const legendTop = window.__openSkies!.store.getState().hudLegendTopPx;
      const dpr = window.devicePixelRatio || 1;
      if (legendTop && y - game.top > (game.height * dpr - legendTop) / dpr) return 'under the legend';
      return null;
    }, p);
    if (covered) hidden.push(`${t.id}: ${covered}`);
  }
  return hidden;
}

const legendTop = (page: Page) => read<number>(page, 's => s.hudLegendTopPx');

describe('map legend', () => {
  it('02: folds by keyboard, is remembered, and never covers an objective', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(120_000);
    await seedSave(page, savedProgress(['01-training-flight']));
    await page.goto(`${game.server.url}?renderer=canvas`);
    await openMission(page, '02-first-flight-over-russia');
    const toggle = page.locator('#map-legend-toggle');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await objectivesUnderLegend(page, '02-first-flight-over-russia')).toEqual([]);
    const openTop = await legendTop(page);
    await shot(page, 'planning-02-legend-open');

    // Keyboard: focus the button and press Enter.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__openSkies!.store.getState().settings.mapLegend === false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.waitForFunction((top) => window.__openSkies!.store.getState().hudLegendTopPx < top, openTop);
    await page.waitForTimeout(400);
    expect(await objectivesUnderLegend(page, '02-first-flight-over-russia')).toEqual([]);
    await shot(page, 'planning-02-legend-folded');

    // Remembered: after a reload the legend is still folded.
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
    expect(await read<boolean>(page, 's => s.settings.mapLegend')).toBe(false);
    await page.getByRole('button', { name: 'Continue mission' }).click();
    await waitPhase(page, 'planning');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await read<boolean>(page, 's => s.settings.mapLegend')).toBe(true);
    expect(gameErrors(errors)).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('04: the Washington cluster is framed with every objective clear of the legend', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(120_000);
    await seedSave(
      page,
      savedProgress(['01-training-flight', '02-first-flight-over-russia', '03-kaliningrad-cap']),
    );
    await page.goto(`${game.server.url}?renderer=canvas`);
    await openMission(page, '04-bedminster');
    expect(await objectivesUnderLegend(page, '04-bedminster')).toEqual([]);
    await shot(page, 'planning-04-first-view');
    expect(gameErrors(errors)).toEqual([]);
    await page.context().close();
  }, 300_000);
});

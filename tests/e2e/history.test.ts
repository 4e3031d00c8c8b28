/**
 * The history a player reads: the opening card before mission 01 on the campaign screen, and
 * the "what really happened" cards of 03 and 09 in their debriefs (reached by declining the
 * mission after the host's demand), with sources, the game-value label and, in 09, each side's
 * reading in its own words. Screenshots go to tests/artifacts (history-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import {
  axeViolations,
  openCampaign,
  referencePlan,
  savedProgress,
  seedSave,
  shot,
  typeRoute,
  waitPhase,
} from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

/**
 * Script errors and console errors other than "Failed to load resource": in this sandbox
 * Chromium logs two such 404s that no page request shows (boot.test.ts sees them too).
 */
const pageErrors = (errors: string[]): string[] =>
  errors.filter((e) => !/^console: Failed to load resource: .*404/.test(e));

const plan = referencePlan;

/** Plays a level to its debrief by submitting a plan the host objects to, then declining. */
async function declineToDebrief(page: Page, levelId: string, flown: string[]): Promise<void> {
  await seedSave(page, savedProgress(flown));
  await page.goto(`${game.server.url}?renderer=canvas`);
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor({ timeout: 90_000 });
  await openCampaign(page);
  await page.locator(`.cp-item[data-level="${levelId}"]`).getByRole('button', { name: /^Fly/ }).click();
  await waitPhase(page, 'briefing');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await waitPhase(page, 'planning');
  await typeRoute(page, plan(`${levelId}.unlawful`));
  await page.getByRole('button', { name: 'Submit plan to the host' }).click();
  await waitPhase(page, 'review');
  await page.getByRole('button', { name: 'Decline the mission' }).click();
  await waitPhase(page, 'debrief');
  await page.locator('.db-history').scrollIntoViewIfNeeded();
}

describe('history cards', () => {
  it('the opening card before mission 01: why Open Skies, open for a new player', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 900 });
    await page.goto(`${game.server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor({ timeout: 90_000 });
    await openCampaign(page);
    const card = page.locator('#cp-opening');
    await card.waitFor();
    expect(await card.getAttribute('open')).not.toBeNull();
    const text = (await card.textContent()) ?? '';
    for (const part of ['Eisenhower', '1955', '1989', 'Helsinki', '34 states', 'Art. IX', 'still in force']) {
      expect(text).toContain(part);
    }
    expect(await card.locator('.db-sources li').count()).toBeGreaterThanOrEqual(3);
    await shot(page, 'history-opening-card');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('03 debrief: the Feb 2020 overflight, sources with publisher and date, game values labelled', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 900 });
    await declineToDebrief(page, '03-kaliningrad-cap', ['01-training-flight', '02-first-flight-over-russia']);
    const card = page.locator('.db-history');
    expect(await card.textContent()).toMatch(/19 February 2020/);
    expect(await card.locator('.db-game-value-label').textContent()).toBe('Game values and approximations:');
    expect(await card.locator('.db-sources li').first().textContent()).toMatch(/ — Sputnik, 2017-09-29/);
    await card.screenshot({ path: 'tests/artifacts/history-03-debrief-card.png' });
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('09 debrief: each side in its own words, and European regret', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 900 });
    await declineToDebrief(page, '09-withdrawal', [
      '01-training-flight',
      '02-first-flight-over-russia',
      '03-kaliningrad-cap',
      '04-bedminster',
      '05-hawaii',
      '06-georgia-corridor',
      '07-exercise-airspace',
      '08-host-duty',
    ]);
    const voices = page.locator('.db-voice');
    expect(await voices.count()).toBe(4);
    const said = (await voices.allTextContents()).join('\n');
    expect(said).toMatch(/The United States says:/);
    expect(said).toMatch(/Russia says:/);
    expect(said).toMatch(/We regret the announcement/);
    expect(said).toMatch(/Source: TASS, 2020-11-22/);
    await page.locator('.db-history').screenshot({ path: 'tests/artifacts/history-09-debrief-card.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(errors)).toEqual([]);
    await page.context().close();
  });
});

/**
 * Reloading the page mid-planning and mid-flight loses nothing: after Start → Continue the
 * player finds the same phase, plan, undo history, verdict, host answer, flight clock and log.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { openCampaign, read, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

/** What must survive a reload, as JSON (runtime data rebuilt from plan + seed included). */
const state = (page: Page) =>
  read<string>(
    page,
    's => JSON.stringify({ mission: s.mission, verdict: s.verdict, review: s.review, flight: s.flight, progress: s.progress })',
  );

async function reloadAndContinue(page: Page, phase: string): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
  await page.getByRole('button', { name: 'Continue mission' }).click();
  await waitPhase(page, phase);
}

describe('reload', () => {
  it('mid-planning and mid-flight, everything is as it was', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await page.goto(`${game.server.url}?renderer=canvas`);
    await openCampaign(page);
    await page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fly/ })
      .click();
    await page.getByRole('button', { name: 'Start planning' }).click();
    await waitPhase(page, 'planning');
    for (const [lat, lon] of [
      ['50.604', '30.192'],
      ['50.235', '30.297'],
      ['46.958', '31.975'],
    ]) {
      await page.locator('#rt-add-lat').fill(lat!);
      await page.locator('#rt-add-lon').fill(lon!);
      await page.locator('#rt-add-lon').press('Enter');
    }
    const alt = page.locator('.rt-row').nth(1).locator('.rt-alt');
    await alt.fill('2600');
    await alt.press('Tab');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('#tl-takeoffAfterSubmitH').fill('30');
    await page.locator('#tl-takeoffAfterSubmitH').press('Tab');
    const planning = await state(page);
    const table = await page
      .locator('.rt-row .rt-lat')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

    // Reload mid-planning.
    await reloadAndContinue(page, 'planning');
    expect(await state(page)).toBe(planning);
    expect(
      await page
        .locator('.rt-row .rt-lat')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(table);
    expect(await page.locator('#tl-takeoffAfterSubmitH').inputValue()).toBe('30');
    expect(await page.locator('.find-summary').textContent()).toMatch(/Lawful plan/);
    // The undo history survived: undo the take-off change, redo it.
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await read<number>(page, 's => s.mission.present.timeline.takeoffAfterSubmitH')).toBe(24);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await read<number>(page, 's => s.mission.present.timeline.takeoffAfterSubmitH')).toBe(30);

    // Fly a while, pause, reload mid-flight.
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    await page.getByRole('button', { name: 'Accept and fly' }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '8×' }).click();
    await page.locator('.fl-log .fl-capture').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const flying = await state(page);
    const log = await page.locator('.fl-log li').allTextContents();
    const clock = await page.locator('.fl-clock').textContent();
    expect(JSON.parse(flying).mission.flight.paused).toBe(true);

    await reloadAndContinue(page, 'flight');
    expect(await state(page)).toBe(flying);
    expect(await page.locator('.fl-log li').allTextContents()).toEqual(log);
    expect(await page.locator('.fl-clock').textContent()).toBe(clock);
    expect(await page.getByRole('radio', { name: '8×' }).getAttribute('aria-checked')).toBe('true');
    // Paused stays paused; Resume flies on to the debrief.
    await page.waitForTimeout(500);
    expect(await state(page)).toBe(flying);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('radio', { name: '16×' }).click();
    await waitPhase(page, 'debrief', 90_000);
    expect(await page.locator('.db-capture').count()).toBeGreaterThanOrEqual(1);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});

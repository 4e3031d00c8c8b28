/**
 * 03-kaliningrad-cap played twice by a returning player (01 and 02 already flown): once
 * complying with Russia's 500 km cap, once protesting it by citing the treaty from the
 * Handbook and then declining. Checks what the player sees at each step; screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import {
  axeViolations,
  openCampaign,
  read,
  referencePlan,
  savedProgress,
  seedSave,
  shot,
  typeRoute,
  waitPhase,
} from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const plan = referencePlan;

async function openKaliningrad(page: Page, shots = false): Promise<void> {
  await seedSave(page, savedProgress(['01-training-flight', '02-first-flight-over-russia']));
  await page.goto(`${game.server.url}?renderer=canvas`);
  await openCampaign(page);
  const item = page.locator('.cp-item[data-level="03-kaliningrad-cap"]');
  expect(await item.locator('.cp-status').textContent()).toMatch(/Open/);
  await item.getByRole('button', { name: /^Fly/ }).click();
  await waitPhase(page, 'briefing');
  expect(await page.locator('.ms-bulletin').textContent()).toMatch(/500 km/);
  if (shots) {
    await page.waitForTimeout(300);
    await shot(page, 'mission-03-0-briefing');
  }
  await page.getByRole('button', { name: 'Start planning' }).click();
  await waitPhase(page, 'planning');
}

describe('03-kaliningrad-cap', () => {
  it('comply: a route within the cap is accepted, flown and scored', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await openKaliningrad(page, true);
    await typeRoute(page, plan('03-kaliningrad-cap.lawful'));
    expect(await page.locator('.find-summary').textContent()).toMatch(
      /^(✓ Lawful plan|0 violations · 0 host restrictions)/,
    );
    expect(await page.locator('.finding-restriction').count()).toBe(0);
    await shot(page, 'mission-03-6-comply-planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    expect(await page.locator('.rev-decision').textContent()).toMatch(/accepts|proposes/);
    await page.getByRole('button', { name: /^Accept/ }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '16×' }).click();
    await page.locator('.fl-log .fl-capture').first().waitFor({ timeout: 60_000 });
    await shot(page, 'mission-03-7-comply-flight');
    await waitPhase(page, 'debrief', 90_000);
    expect(await page.locator('.db-outcome').textContent()).toBe('Flight completed.');
    await shot(page, 'mission-03-8-comply-debrief');
    expect(await page.locator('.db-quota, [aria-labelledby="db-quota-title"]').textContent()).toMatch(
      /counts against/,
    );
    expect(
      await read<number>(page, "s => s.progress.results['03-kaliningrad-cap'].stars"),
    ).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('protest: the cap is flagged, the host demands, the protest cites the Handbook, then decline', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await openKaliningrad(page);
    // Leaving for the campaign keeps the mission: its card continues it, another asks first.
    await page.locator('#rt-add-lat').fill('54.7');
    await page.locator('#rt-add-lon').fill('20.5');
    await page.locator('#rt-add-lon').press('Enter');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Campaign', exact: true }).click();
    await page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fly again/ })
      .click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.textContent()).toMatch(/closes your mission in progress, “The Kaliningrad cap”/);
    await confirm.getByRole('button', { name: 'Keep the other one' }).click();
    await page
      .locator('.cp-item[data-level="03-kaliningrad-cap"]')
      .getByRole('button', { name: /^Continue/ })
      .click();
    await waitPhase(page, 'planning');
    expect(await read<number>(page, 's => s.mission.present.waypoints.length')).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await typeRoute(page, plan('03-kaliningrad-cap.unlawful'));

    // Planning: a host restriction (R, hatched), not a violation; a link to the Handbook.
    expect(await page.locator('.find-summary').textContent()).toMatch(
      /^0 violations · [1-9]\d* host restrictions?/,
    );
    const cap = page.locator('.finding[data-code="restriction/distance-cap"]');
    expect(await cap.locator('.sev-letter').textContent()).toBe('R');
    expect(await cap.locator('.finding-text').textContent()).toMatch(/500/);
    expect(await page.locator('.submit-hint').textContent()).toMatch(/host restriction/);
    await shot(page, 'mission-03-1-planning-restriction');
    expect(await axeViolations(page)).toEqual([]);
    await cap.getByRole('button', { name: /^Open .* in the Handbook$/ }).click();
    const article = page.getByRole('dialog', { name: 'Treaty Handbook' });
    await article.waitFor();
    expect(await article.locator('.hb-target').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('hb-target'))).toBe(true);
    await page.keyboard.press('Escape');
    await article.waitFor({ state: 'detached' });

    // Review: the host demands changes on contested ground; accepting is not offered.
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    expect(await page.locator('.rev-decision').textContent()).toMatch(/demands changes/);
    const objection = page.locator('.review .finding[data-code="restriction/distance-cap"]');
    expect(await objection.textContent()).toMatch(/contested: not in the treaty/);
    expect(await page.getByRole('button', { name: /^Accept/ }).count()).toBe(0);
    expect(await page.locator('.rev-hint').textContent()).toMatch(/protest/);
    await shot(page, 'mission-03-2-review-demand');
    expect(await axeViolations(page)).toEqual([]);

    // Protest: pick the governing article in the Handbook.
    await objection.getByRole('button', { name: /^Protest/ }).click();
    const picker = page.getByRole('dialog', { name: /^Protest/ });
    await picker.waitFor();
    await picker.getByRole('searchbox').fill('VI §II.2');
    expect(await picker.locator('.hb-entry').count()).toBeGreaterThan(0);
    await shot(page, 'mission-03-3-protest-handbook');
    expect(await axeViolations(page)).toEqual([]);
    await picker.getByRole('button', { name: 'Cite Art. VI §II.2', exact: true }).click();
    await picker.waitFor({ state: 'detached' });
    const outcome = page.locator('.rev-protests li').first();
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(
      /The host maintains its demand\..*Art\. VI §II\.2.*You cited the right article/,
    );
    expect(await read<number>(page, 's => s.protestOutcomes[0].trustDelta')).toBeGreaterThan(0);
    await shot(page, 'mission-03-4-protest-outcome');

    // Decline: no flight, no quota used.
    await page.getByRole('button', { name: 'Decline the mission' }).click();
    await waitPhase(page, 'debrief');
    expect(await page.locator('.db-outcome').textContent()).toMatch(/declined/);
    expect(await page.locator('[aria-labelledby="db-quota-title"]').textContent()).toMatch(/Nothing counted/);
    expect(await page.locator('.db-resolved').textContent()).toMatch(/declined/);
    expect(await read<unknown>(page, "s => s.progress.results['03-kaliningrad-cap'] ?? null")).toBeNull();
    await shot(page, 'mission-03-5-debrief-declined');
    expect(await axeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});

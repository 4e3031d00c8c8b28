/**
 * Issue 10: the end of the campaign. After the last mission's debrief (09, its lawful
 * reference plan flown from a save with 01–08 done) the player opens the trust story; it shows
 * the chart with its table (every mission and milestone, in date order), the stars, the closing
 * with both sides' arguments, and it is reachable again from the campaign screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { axeViolations, read, seedSave, shot, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const L09 = '09-withdrawal';
const BEFORE: [string, number, number][] = [
  ['01-training-flight', 3, 10],
  ['02-first-flight-over-russia', 2, 15],
  ['03-kaliningrad-cap', 1, -5],
  ['04-bedminster', 3, 10],
  ['05-hawaii', 2, 5],
  ['06-georgia-corridor', 1, -10],
  ['07-exercise-airspace', 2, 5],
  ['08-host-duty', 3, 10],
];

/** 01–08 flown (stars and the trust each counted for), 09 in planning with its lawful plan. */
function save(): string {
  const level = JSON.parse(readFileSync(`levels/${L09}.json`, 'utf8')) as { weather: { seed: number } };
  const plan = JSON.parse(readFileSync(`levels/reference/${L09}.lawful.plan.json`, 'utf8')) as object;
  const results: Record<string, { stars: number; score: number }> = {};
  const trustByLevel: Record<string, number> = {};
  for (const [id, stars, delta] of BEFORE) {
    results[id] = { stars, score: 100 * stars };
    trustByLevel[id] = delta;
  }
  const trust = 50 + BEFORE.reduce((s, [, , d]) => s + d, 0);
  return JSON.stringify({
    state: {
      progress: { results, trust, quotaUsed: {}, trustByLevel },
      mission: {
        levelId: L09,
        phase: 'planning',
        seed: level.weather.seed,
        past: [],
        present: plan,
        future: [],
      },
    },
    version: 2,
  });
}

async function storyRows(page: Page): Promise<string[]> {
  return page.locator('.end-table tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
}

describe('end of the campaign', () => {
  it('09 debrief → the trust story (chart, table, milestones, both sides) → campaign → again', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(120_000);
    await seedSave(page, save());
    await page.goto(`${game.server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);

    // Not earned yet: the campaign screen offers no trust story.
    await page.getByRole('button', { name: 'Campaign', exact: true }).click();
    await page.getByRole('heading', { name: 'Campaign' }).waitFor();
    expect(await page.locator('#cp-story').count()).toBe(0);

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitPhase(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    await page.getByRole('button', { name: /^Accept/ }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('button', { name: 'Skip to landing' }).click();
    // A deviation request holds the flight: answering lets it land.
    for (let i = 0; i < 5; i++) {
      if ((await read<string>(page, 's => s.mission.phase')) === 'debrief') break;
      const answer = page.locator('.fl-dev-prompt:not([hidden]) button.primary');
      if (await answer.count()) await answer.click();
      const skip = page.getByRole('button', { name: 'Skip to landing' });
      if (await skip.count()) await skip.click();
      await page.waitForTimeout(500);
    }
    await waitPhase(page, 'debrief');
    const stars09 = await read<number>(page, "s => s.progress.results['09-withdrawal'].stars");

    await page.locator('#db-story').scrollIntoViewIfNeeded();
    await shot(page, 'campaign-end-09-debrief');
    await page.locator('#db-story').click();
    await page.getByRole('heading', { name: 'The trust story, 2002–2020' }).waitFor();
    expect(await read<string>(page, 's => s.screen')).toBe('campaign-end');

    // The table: 9 missions and 10 milestones, in date order, the first the treaty in force.
    const rows = await storyRows(page);
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatch(/1 Jan 2002.*enters into force/);
    expect(rows.at(-1)).toMatch(/18 Dec 2021.*Russia leaves/);
    const missionRows = rows.filter((r) => /Mission \d\d:/.test(r));
    expect(missionRows).toHaveLength(9);
    expect(missionRows[0]).toMatch(/Mission 01: .*\+10.*60/);
    // 04 (Aug 2017) comes before 03 (Nov 2017): the story is told in historical order.
    expect(rows.findIndex((r) => r.includes('Mission 04'))).toBeLessThan(
      rows.findIndex((r) => r.includes('Mission 03')),
    );
    expect(rows.find((r) => r.includes('Mission 09'))).toContain('★'.repeat(stars09));

    // The chart: a point per mission, a dotted line per milestone, and a text alternative.
    expect(await page.locator('.end-chart .end-point').count()).toBe(9);
    expect(await page.locator('.end-chart .end-milestone').count()).toBe(10);
    const alt = await page.locator('.end-figure [role="img"]').getAttribute('aria-label');
    expect(alt).toMatch(/Chart: trust from 50 .* 9 missions and 10 treaty milestones/);
    await expect(page.locator('.end-close').textContent()).resolves.toMatch(/Pompeo.*guarantees.*regret/s);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'campaign-end');
    await page.locator('.end-close').scrollIntoViewIfNeeded();
    await shot(page, 'campaign-end-closing');

    // Back to the campaign, and from there to the story again.
    await page.getByRole('button', { name: 'Back to the campaign' }).click();
    await page.getByRole('heading', { name: 'Campaign' }).waitFor();
    await shot(page, 'campaign-end-card');
    await page.locator('#cp-story').click();
    await page.getByRole('heading', { name: 'The trust story, 2002–2020' }).waitFor();
    expect(await storyRows(page)).toEqual(rows);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 400_000);
});

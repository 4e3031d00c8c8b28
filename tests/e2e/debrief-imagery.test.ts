/**
 * Issue 10, imagery by kind: 04's lawful plan, the host's altitude change over Washington
 * protested (Art. VI §II.5; 04's host yields), flown
 * low: the debrief shows the Pentagon as a pentagon, the Capitol and Andrews, each captioned by
 * the NIIRS-style band of its kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { read, seedSave, shot, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const L04 = '04-bedminster';

function save(): string {
  const level = JSON.parse(readFileSync(`levels/${L04}.json`, 'utf8')) as { weather: { seed: number } };
  const plan = JSON.parse(readFileSync(`levels/reference/${L04}.lawful.plan.json`, 'utf8')) as object;
  const results: Record<string, { stars: number; score: number }> = {};
  for (const id of ['01-training-flight', '02-first-flight-over-russia', '03-kaliningrad-cap'])
    results[id] = { stars: 2, score: 150 };
  return JSON.stringify({
    state: {
      progress: { results, trust: 50, quotaUsed: {} },
      mission: {
        levelId: L04,
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

describe('debrief imagery by kind', () => {
  it('04 flown low over Washington: the Pentagon is a pentagon, captioned by its band', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(120_000);
    await seedSave(page, save());
    await page.goto(`${game.server.url}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
    await page.getByRole('button', { name: 'Continue mission' }).click();
    await waitPhase(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    // Protest each hazardous-airspace change, citing Art. VI §II.5 (the host must coordinate the hazard).
    for (let i = 0; i < 4; i++) {
      const objection = page.locator('.review .finding[data-code="airspace/hazardous"]').filter({
        has: page.getByRole('button', { name: /^Protest/ }),
      });
      if ((await objection.count()) === 0) break;
      await objection
        .first()
        .getByRole('button', { name: /^Protest/ })
        .click();
      const picker = page.getByRole('dialog', { name: /^Protest/ });
      await picker.waitFor();
      await picker.getByRole('searchbox').fill('VI §II.5');
      await picker.getByRole('button', { name: 'Cite Art. VI §II.5', exact: true }).click();
      await picker.waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
    }
    await page.getByRole('button', { name: /^Accept/ }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('button', { name: 'Skip to landing' }).click();
    await waitPhase(page, 'debrief');
    const captured = await read<string[]>(page, 's => s.flight.captures.map((c) => c.targetId)');
    expect(captured).toContain('pentagon');
    const pentagon = page.locator('.db-capture').filter({ hasText: 'The Pentagon' });
    await pentagon.scrollIntoViewIfNeeded();
    const caption = (await pentagon.locator('.db-interp').textContent()) ?? '';
    const res = await read<number>(
      page,
      "s => s.flight.captures.find((c) => c.targetId === 'pentagon').resolutionM",
    );
    // A building's band is 1 m: identifiable at or below it, not above.
    expect(caption).toMatch(res <= 1 ? /type identifiable/ : /recognisable|blob|too coarse/);
    await page.waitForTimeout(300);
    await shot(page, 'debrief-04-pentagon');
    await page.locator('.db-capture').filter({ hasText: 'Bedminster' }).scrollIntoViewIfNeeded();
    await shot(page, 'debrief-04-bedminster');
    expect(errors.filter((e) => !/favicon|status of 404/.test(e))).toEqual([]);
    await page.context().close();
  }, 300_000);
});

/**
 * 08-host-duty played to its debrief (issue 14): the player is the US host at Dulles and answers
 * three Russian plans — accepts the lawful one, proposes a change (a later take-off) for the low
 * pass through Washington's hazardous airspace, refuses the one with sensors below their minimum
 * citing the article. Screenshots of the review screen and the debrief.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { openCampaign, read, savedProgress, seedSave, shot, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const BEFORE_08 = [
  '01-training-flight',
  '02-first-flight-over-russia',
  '03-kaliningrad-cap',
  '04-bedminster',
  '05-hawaii',
  '06-georgia-corridor',
  '07-exercise-airspace',
];

describe('08-host-duty', () => {
  it('accept, change and refuse; the observer answers; the debrief scores the host', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    // Chromium asks the origin root for /favicon.ico, outside the game's sub-path: not the game's request.
    const favicon: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.endsWith('/favicon.ico')) favicon.push(m.text());
    });
    await seedSave(page, savedProgress(BEFORE_08));
    await page.goto(`${game.server.url}?renderer=canvas`);
    await openCampaign(page);
    const item = page.locator('.cp-item[data-level="08-host-duty"]');
    await item.getByRole('button', { name: /^Fly/ }).click();
    await waitPhase(page, 'briefing');
    await page.getByRole('button', { name: 'Start planning' }).click();
    await waitPhase(page, 'review');

    // Plan 1: lawful. Findings are hidden until asked for.
    await page.locator('.hd h2').filter({ hasText: 'Plan 1 of 3' }).waitFor();
    expect(await page.locator('.hd-findings').textContent()).toMatch(/Hidden for now/);
    expect(await page.locator('.hd-findings .finding').count()).toBe(0);
    await page.waitForTimeout(500);
    const dir = '/tmp/shots-host';
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/08-review-plan1.png` });
    await page.locator('#hd-accept').click();
    await page.locator('.hd-reply[data-reason="lawful-plan-accepted"]').waitFor();
    await page.locator('#hd-next').click();

    // Plan 2: the low pass through the hazardous airspace: reveal, then propose a later take-off.
    await page.locator('.hd h2').filter({ hasText: 'Plan 2 of 3' }).waitFor();
    await page.locator('#hd-reveal').click();
    await page.locator('.hd-findings .finding[data-code="airspace/hazardous"]').first().waitFor();
    await page.locator('#hd-change-what').selectOption('time');
    await page.locator('#hd-change-delay').fill('1');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/08-review-plan2.png` });
    await page.locator('#hd-change-go').click();
    await page.locator('.hd-reply[data-reason="change-lawful"]').waitFor();
    expect(await page.locator('.hd-reply').textContent()).toMatch(/Complies/);
    await page.locator('#hd-next').click();

    // Plan 3: sensors below their certified minimum: refuse, citing the article.
    await page.locator('.hd h2').filter({ hasText: 'Plan 3 of 3' }).waitFor();
    await page.locator('#hd-refuse-go').click();
    expect(await page.locator('.hd-error').isVisible()).toBe(true);
    await page.locator('#hd-refuse-article').fill('Art. VI §II.4(D)');
    await page.locator('#hd-refuse-go').click();
    await page.locator('.hd-reply[data-reason="refusal-lawful"]').waitFor();
    await page.screenshot({ path: `${dir}/08-review-plan3-answer.png` });
    await page.locator('#hd-next').click();

    await waitPhase(page, 'debrief');
    await page.locator('.hd-debrief').waitFor();
    expect(await page.locator('.hd-table tbody tr').count()).toBe(3);
    expect(await page.locator('.hd-debrief').textContent()).toMatch(/3 of 3 decisions were lawful/);
    expect(await page.locator('.hd-debrief').textContent()).toMatch(/Bedminster \(04\) and Hawaii \(05\)/);
    await page.screenshot({ path: `${dir}/08-debrief.png`, fullPage: true });
    await shot(page, 'host-08-debrief');
    const result = await read<{ stars: number; score: number }>(
      page,
      "s => s.progress.results['08-host-duty']",
    );
    expect(result).toMatchObject({ stars: 3, score: 300 });
    // 09 opens after host duty.
    expect(await page.locator('#hd-db-next').count()).toBe(1);
    expect(errors.filter((e) => !favicon.some((f) => e.endsWith(f)))).toEqual([]);
  }, 240_000);
});

/**
 * Two players, two devices (issue 14): two browser contexts are two devices. A plans 01 and
 * shares the plan code; B opens it in host mode from the campaign's Open a plan box, proposes a
 * later take-off and gets the review code (copy box); A pastes the review code, sees the host's
 * change, protests citing the treaty, flies and reaches the debrief with both players.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import { clickMap, DIST, openCampaign, read, shot, waitPhase } from '../helpers/mission';
import { serveDist, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;
const SHOTS = '/tmp/shots-hotseat';

beforeAll(async () => {
  server = await serveDist(DIST, '/play/open-skies/');
  browser = await sharedBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

/** A lawful route of 01 from Boryspil (as in the classroom test). */
const STOPS: [number, number][] = [
  [30.192, 50.604],
  [30.297, 50.235],
  [31.975, 46.958],
];

async function codeIn(page: Page, id: string): Promise<string> {
  const box = page.locator(`#${id}`);
  await box.waitFor();
  return box.inputValue();
}

describe('two devices: plan code → review code', () => {
  it('A plans 01, B hosts it and returns a review code, A answers, flies and reaches the debrief', async () => {
    // Device A: plans and shares the plan code.
    const a = await openPage(browser, { width: 1280, height: 800 });
    await a.page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(a.page);
    await a.page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fly/ })
      .click();
    await waitPhase(a.page, 'briefing');
    await a.page.getByRole('button', { name: 'Start planning' }).click();
    await waitPhase(a.page, 'planning');
    for (const [lon, lat] of STOPS) await clickMap(a.page, lon, lat);
    await a.page.locator('.rt-row').nth(2).waitFor();
    await a.page.getByRole('button', { name: 'Share plan' }).click();
    const planCode = await codeIn(a.page, 'cl-share-code');
    expect(planCode).toMatch(/^OSP1\./);
    await a.page.keyboard.press('Escape');
    await a.page.locator('dialog.cl-dialog').waitFor({ state: 'detached' });

    // Device B: hosts the friend's plan.
    const b = await openPage(browser, { width: 1280, height: 800 });
    await b.page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(b.page);
    // A damaged code is one clear line naming what is wrong.
    await b.page
      .getByLabel('Plan code')
      .fill(`${planCode.slice(0, -1)}${planCode.endsWith('0') ? '1' : '0'}`);
    await b.page.getByRole('button', { name: 'Host this plan' }).click();
    expect(await b.page.locator('#cl-open-problem').textContent()).toMatch(
      /^Cannot open this plan: plan code is damaged or mistyped/,
    );
    await b.page.getByLabel('Plan code').fill(planCode);
    await b.page.getByRole('button', { name: 'Host this plan' }).click();
    await waitPhase(b.page, 'review');
    await b.page.locator('.hs-host h2').waitFor();
    expect(await b.page.locator('.hs-host').textContent()).toMatch(
      /A friend sent you this .* plan as a plan code/,
    );
    expect(await b.page.locator('.hd-route li').count()).toBe(4);
    await b.page.locator('#hd-change-what').selectOption('time');
    await b.page.locator('#hd-change-delay').fill('2');
    await b.page.locator('#hd-change-go').click();
    const reviewCode = await codeIn(b.page, 'hs-review-code');
    expect(reviewCode).toMatch(/^OSV1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await b.page.locator('.hs-code').textContent()).toMatch(/You proposed a change \(time\)/);
    await b.page.locator('canvas.cl-qr').waitFor();
    await b.page.waitForTimeout(300);
    await b.page.screenshot({ path: `${SHOTS}/review-code.png` });
    await shot(b.page, 'host-review-code');
    // The host side ends at the review code: nothing is scored on B.
    expect(await read<object>(b.page, 's => s.progress.results')).toEqual({});

    // Device A: opens the review code from the campaign.
    await a.page.getByRole('button', { name: 'Menu', exact: true }).click();
    await a.page.getByRole('button', { name: 'Campaign', exact: true }).click();
    await a.page.getByRole('heading', { name: 'Campaign' }).waitFor();
    // A mistyped review code is one clear line naming what is wrong.
    await a.page.getByLabel('Plan code').fill(`OSV1.${reviewCode.slice(5, -9)}.00000000`);
    await a.page.getByRole('button', { name: 'Open plan' }).click();
    expect(await a.page.locator('#cl-open-problem').textContent()).toMatch(
      /^Cannot open this plan: review code is damaged or mistyped: check digits are 00000000/,
    );
    await a.page.getByLabel('Plan code').fill(reviewCode);
    await a.page.getByRole('button', { name: 'Open plan' }).click();
    await waitPhase(a.page, 'review');
    await a.page.locator('.hs-answer h2').waitFor();
    expect(await a.page.locator('.hs-change').textContent()).toMatch(/take-off 26 h → 28 h after arrival/);
    // A lawful plan gave no ground for a change: the protest names the article.
    await a.page.locator('#hs-protest-article').fill('Art. VIII §I.4');
    await a.page.locator('#hs-protest-go').click();
    await a.page.locator('.hs-protest-host-yields').waitFor();
    await a.page.getByRole('button', { name: 'Fly the plan as submitted' }).click();
    await waitPhase(a.page, 'flight');
    await a.page.getByRole('radio', { name: '16×' }).click();
    await waitPhase(a.page, 'debrief', 120_000);
    const both = a.page.locator('.hs-debrief');
    await both.waitFor();
    expect(await both.locator('tr[data-player="host"]').textContent()).toMatch(
      /proposed a change \(time\).*Not backed by the treaty: the plan gave no ground for a change/,
    );
    expect(await both.locator('tr[data-player="observer"]').textContent()).toMatch(
      /protested citing Art\. VIII §I\.4 · complied/,
    );
    expect(await read<string>(a.page, 's => s.mission.outcome.kind')).toBe('flown');
    await a.page.waitForTimeout(300);
    await a.page.screenshot({ path: `${SHOTS}/review-code-debrief.png` });
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  }, 300_000);
});

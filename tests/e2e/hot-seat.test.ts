/**
 * Hot seat on one device (issue 14): a game of 03-kaliningrad-cap for two players. Player A
 * plans through Kaliningrad past Russia's 500 km cap and submits; the hand-over screen shows
 * nothing of the host's tools (and survives a reload); player B, the host, refuses the plan
 * citing an article; back at A, a protest citing the treaty's distance rule makes the host give
 * way; the plan flies and the debrief shows both players' decisions and both scores.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import {
  axeViolations,
  DIST,
  openCampaign,
  read,
  referencePlan,
  savedProgress,
  seedSave,
  shot,
  typeRoute,
  waitPhase,
} from '../helpers/mission';
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

const plan = referencePlan;

const stage = (page: Page): Promise<string | null> => read(page, 's => s.mission?.hotSeat?.stage ?? null');

describe('hot seat, one device', () => {
  it('03: A plans, B refuses, A protests citing the treaty, the plan flies; both in the debrief', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
    await seedSave(page, savedProgress(['01-training-flight', '02-first-flight-over-russia']));
    await page.goto(`${server.url}?renderer=canvas`);
    await openCampaign(page);
    await page
      .locator('.cp-item[data-level="03-kaliningrad-cap"]')
      .getByRole('button', { name: /^Fly/ })
      .click();
    await waitPhase(page, 'briefing');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/briefing-entry.png` });
    await page.getByRole('button', { name: 'Play with a friend: one plans, one hosts' }).click();
    await waitPhase(page, 'planning');
    expect(await page.locator('.hs-bar').textContent()).toMatch(/Player A plans as the .* observer/);
    expect(await stage(page)).toBe('plan');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/planning-bar.png` });

    // A plans past the cap (a host restriction, not a violation) and submits: no computer review.
    await typeRoute(page, plan('03-kaliningrad-cap.unlawful'));
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    const handover = page.locator('.hs-handover');
    await handover.waitFor();
    expect(await handover.locator('h2').textContent()).toBe('Pass the device to the host');
    expect(await handover.textContent()).toMatch(/Player A — observer/);
    expect(await handover.textContent()).toMatch(/Player B — host/);
    // Nothing of the host's tools (or the computer's review) until B continues.
    expect(await page.locator('#hd-accept, #hd-refuse-go, .review, .hs-host').count()).toBe(0);
    expect(await read<unknown>(page, 's => s.review')).toBeNull();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/handover-to-host.png` });
    await shot(page, 'host-hotseat-handover');
    expect(await axeViolations(page)).toEqual([]);

    // A reload mid-hand-over comes back to the same hand-over.
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
    await page.getByRole('button', { name: 'Continue mission' }).click();
    await waitPhase(page, 'review');
    await handover.waitFor();
    expect(await stage(page)).toBe('to-host');

    // B reviews with the 08 tools: the whole plan, findings behind a button.
    await page.locator('#hs-continue').click();
    await page.locator('.hs-host h2').waitFor();
    expect(await page.locator('.hs-host h2').textContent()).toMatch(/You are the .* host/);
    expect(await page.locator('.hd-route li').count()).toBe(13);
    expect(await page.locator('.hd-findings').textContent()).toMatch(/Hidden for now/);
    await page.locator('#hd-reveal').click();
    await page.locator('.hd-findings .finding[data-code="restriction/distance-cap"]').first().waitFor();
    await page.locator('#hs-host-title').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/host-review.png` });
    await page.locator('#hd-refuse-article').fill('Art. VIII §I.4');
    await page.screenshot({ path: `${SHOTS}/host-review-refuse.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#hd-refuse-go').click();

    // Back to A.
    await page.locator('.hs-handover[data-stage="to-observer"]').waitFor();
    expect(await page.locator('.hs-handover h2').textContent()).toBe('Pass the device back to the observer');
    expect(await page.locator('.hs-host, #hs-protest-go').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/handover-to-observer.png` });
    await page.locator('#hs-continue').click();
    await page.locator('.hs-answer h2').waitFor();
    expect(await page.locator('.hs-answer').textContent()).toMatch(
      /refuses your plan, citing Art\. VIII §I\.4/,
    );
    // A protests citing the treaty's only distance limit: the host's refusal has no ground.
    await page.locator('#hs-protest-article').fill('Art. VI §II.4(A)');
    await page.locator('#hs-protest-go').click();
    const judged = page.locator('.hs-protest-host-yields[data-reason="right-article"]');
    await judged.waitFor();
    expect(await judged.textContent()).toMatch(/justified.*gives way.*Trust \+5/);
    expect(await page.locator('#hs-decline').count()).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/observer-answer.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Fly the plan as submitted' }).click();

    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '16×' }).click();
    await waitPhase(page, 'debrief', 120_000);
    const both = page.locator('.hs-debrief');
    await both.waitFor();
    const observer = both.locator('tr[data-player="observer"]');
    const host = both.locator('tr[data-player="host"]');
    expect(await observer.textContent()).toMatch(
      /submitted the plan · protested citing Art\. VI §II\.4\(A\) · complied/,
    );
    expect(await host.textContent()).toMatch(/refused the plan, citing Art\. VIII §I\.4/);
    expect(await host.textContent()).toMatch(/Not backed by the treaty: the plan keeps every rule/);
    expect(await both.textContent()).toMatch(/flew as submitted/);
    // Both scores: the observer's as the mission scored it, the host's from host-score.ts.
    const outcome = await read<{ score: number }>(page, 's => s.mission.outcome');
    expect(await observer.locator('td').last().textContent()).toContain(`${outcome.score} points`);
    expect(await host.locator('td').last().textContent()).toMatch(/^50 points · 1\/3 stars · trust -5$/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/debrief.png` });
    await both.scrollIntoViewIfNeeded();
    await shot(page, 'host-hotseat-debrief');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

/**
 * Issue 9, failure 8: "No Content-Security-Policy, and a strict one breaks the map". The built
 * game boots under the CSP of index.html (enforced, not bypassed) with zero
 * `securitypolicyviolation` events, draws the map, lays out the timeline and weather bars, and
 * plays 01-training-flight to the debrief.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { clickMap, openCampaign, read, shot, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

/** Every violation the page reports, recorded from before the first script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('8. No Content-Security-Policy', () => {
  it('the built game runs under its CSP with zero violations and plays 01 to the debrief', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800, csp: true });
    await watchViolations(page);
    await page.goto(`${game.server.url}?renderer=canvas`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    await openCampaign(page);
    await page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fly/ })
      .click();
    await waitPhase(page, 'briefing');
    // The weather bars are laid out through the CSSOM: clouds have their height.
    const cloud = await page
      .locator('.ms-briefing .wx-cloud')
      .first()
      .evaluate((el) => el.style.cssText);
    expect(cloud).toContain('--cloud');
    await page.getByRole('button', { name: 'Start planning' }).click();
    await waitPhase(page, 'planning');
    for (const [lon, lat] of [
      [30.192, 50.604],
      [30.297, 50.235],
      [31.975, 46.958],
    ] as const)
      await clickMap(page, lon, lat);
    await page.locator('.rt-row').nth(2).waitFor();
    // The timeline's flight bar is positioned (left set through the CSSOM, not an attribute).
    const flightBar = page.locator('.tl-flight').first();
    if (await flightBar.count()) expect(await flightBar.evaluate((el) => el.style.left)).toMatch(/%$/);
    await shot(page, 'csp-01-planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    await page.getByRole('button', { name: 'Accept and fly' }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '16×' }).click();
    await waitPhase(page, 'debrief', 120_000);
    await page.getByRole('heading', { name: /^Imagery/ }).waitFor();
    await shot(page, 'csp-01-debrief');
    expect(
      await read<number>(page, "s => s.progress.results['01-training-flight'].stars"),
    ).toBeGreaterThanOrEqual(1);
    expect(await violations(page)).toEqual([]);
    // (A favicon 404 is no page error of the game's.)
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  }, 400_000);
});

/**
 * The host's proposal on the map (review phase), the host's deviation request in flight, and a
 * world map file that fails to load (a message with Retry instead of a blank screen).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { axeViolations, read, seedSave, shot, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** A save with a mission in planning holding a reference plan (earlier missions flown). */
function planningSave(levelId: string, planFile: string | object, flown: string[]): string {
  const level = json(`levels/${levelId}.json`) as { weather: { seed: number } };
  const results: Record<string, { stars: number; score: number }> = {};
  for (const id of flown) results[id] = { stars: 2, score: 150 };
  const plan = typeof planFile === 'string' ? json(`levels/reference/${planFile}`) : planFile;
  return JSON.stringify({
    state: {
      progress: { results, trust: 50, quotaUsed: {} },
      mission: { levelId, phase: 'planning', seed: level.weather.seed, past: [], present: plan, future: [] },
    },
    version: 2,
  });
}

async function continueMission(page: Page, phase: string): Promise<void> {
  await page.goto(`${game.server.url}?renderer=canvas`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
  await page.getByRole('button', { name: 'Continue mission' }).click();
  await waitPhase(page, phase);
}

const reviewLegend = (page: Page) =>
  page.evaluate(() => window.__openSkies?.store.getState().reviewLegend ?? null);

/**
 * 07's host would move take-off past the exercise's end, and then has no live firing to ask a
 * deviation for: a protest citing the right article (Art. VI §II.5) keeps the take-off time, so
 * the flight crosses the exercise while it is active.
 */
async function keepTakeoffByProtest(page: Page): Promise<void> {
  const objection = page.locator('.review .finding[data-code="airspace/exercise"]').first();
  await objection.getByRole('button', { name: /^Protest/ }).click();
  const picker = page.getByRole('dialog', { name: /^Protest/ });
  await picker.waitFor();
  await picker.getByRole('searchbox').fill('VI §II.5');
  await picker.getByRole('button', { name: 'Cite Art. VI §II.5', exact: true }).click();
  await picker.waitFor({ state: 'detached' });
  await page.locator('.rev-protests li').first().waitFor();
}

describe('host proposal on the map', () => {
  it('04: altitude changes are drawn over the dimmed plan and listed in the panel', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    await seedSave(
      page,
      planningSave('04-bedminster', '04-bedminster.lawful.plan.json', [
        '01-training-flight',
        '02-first-flight-over-russia',
        '03-kaliningrad-cap',
      ]),
    );
    await continueMission(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    const changes = page.locator('.rev-changes li');
    await expect.poll(() => changes.count()).toBeGreaterThan(0);
    expect(await changes.first().textContent()).toMatch(
      /^Legs to waypoints 3, 4, 5, 6: altitude 1,200 \/ 3,000 m → 5,800 m$/,
    );
    await expect.poll(() => reviewLegend(page)).toEqual({ takeoffShiftH: 0, marked: true });
    expect(await page.locator('.rev-map-hint').isVisible()).toBe(true);
    // Pointing at a change (keyboard focus) is what highlights it on the map.
    await changes.first().focus();
    await page.waitForTimeout(400);
    await shot(page, 'review-map-04-diff');
    expect(await axeViolations(page)).toEqual([]);
    // Back to planning: the proposal and its legend go away.
    await page.getByRole('button', { name: 'Revise the plan' }).click();
    await waitPhase(page, 'planning');
    await expect.poll(() => reviewLegend(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('07: a take-off shift is noted in the panel and the map legend', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await seedSave(
      page,
      planningSave('07-exercise-airspace', '07-exercise-airspace.lawful.plan.json', [
        '01-training-flight',
        '02-first-flight-over-russia',
        '03-kaliningrad-cap',
        '04-bedminster',
        '05-hawaii',
        '06-georgia-corridor',
      ]),
    );
    await continueMission(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    expect(await page.locator('.rev-changes li').first().textContent()).toMatch(
      /Take-off 26.0 h → 50.0 h after arrival \(24.0 h later\)/,
    );
    await expect.poll(() => reviewLegend(page)).toEqual({ takeoffShiftH: 24, marked: false });
    await shot(page, 'review-map-07-takeoff');
    expect(await read<number>(page, 's => s.review.changes.length')).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const BEFORE_07 = [
  '01-training-flight',
  '02-first-flight-over-russia',
  '03-kaliningrad-cap',
  '04-bedminster',
  '05-hawaii',
  '06-georgia-corridor',
];

describe('host detour on the map', () => {
  it('07: a plan across the Kapustin Yar range gets a ringed detour waypoint over the dashed plan', async () => {
    const base = json('levels/reference/07-exercise-airspace.lawful.plan.json') as {
      waypoints: { lat: number; lon: number; altitudeM: number; sensors: string[] }[];
    };
    const opt = (lat: number, lon: number) => ({ lat, lon, altitudeM: 3000, sensors: ['optical'] });
    const plan = {
      ...base,
      waypoints: [base.waypoints[0], opt(49.2, 45.9), opt(48.0, 45.9), base.waypoints[6]],
    };
    const { page, errors } = await openPage(game.browser, { width: 1440, height: 900 });
    await seedSave(page, planningSave('07-exercise-airspace', plan, BEFORE_07));
    await continueMission(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    const items = page.locator('.rev-changes li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(1).textContent()).toMatch(
      /^New waypoint at 48\.1°, 45\.1° before waypoint 4 \(\+24 km\)$/,
    );
    await expect.poll(() => reviewLegend(page)).toEqual({ takeoffShiftH: 24, marked: true });
    // The proposal has one more waypoint than the plan as submitted.
    expect(await read<number>(page, 's => s.review.proposedPlan.waypoints.length')).toBe(4 + 1);
    await items.nth(1).hover();
    await page.waitForTimeout(300);
    await shot(page, 'review-map-07-detour');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('host deviation request in flight', () => {
  it('07: the clock stops at the request; refusing a flight-safety request is noted and costs trust', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await seedSave(
      page,
      planningSave('07-exercise-airspace', '07-exercise-airspace.lawful.plan.json', [
        '01-training-flight',
        '02-first-flight-over-russia',
        '03-kaliningrad-cap',
        '04-bedminster',
        '05-hawaii',
        '06-georgia-corridor',
      ]),
    );
    await continueMission(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    await keepTakeoffByProtest(page);
    // With the take-off kept, what is left to accept may be changes or the plan as it stands.
    await page.getByRole('button', { name: /^Accept (the changes )?and fly$/ }).click();
    await waitPhase(page, 'flight');
    const prompt = page.locator('.fl-dev-prompt');
    expect(await prompt.isVisible()).toBe(false);
    // Drag the clock to the landing: it holds at the host's request.
    await page.locator('#fl-time').evaluate((el: HTMLInputElement) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await prompt.waitFor({ state: 'visible' });
    const reqH = await read<number>(page, 's => s.flight.deviationRequest.tH');
    expect(await read<number>(page, 's => s.mission.flight.tH')).toBe(reqH);
    expect(await prompt.locator('.fl-dev-reason').textContent()).toBe(
      'Reason given: Live firing in the exercise area: the host asks you to hold north of it for a while',
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Accept the deviation');
    await shot(page, 'review-map-07-deviation');
    expect(await axeViolations(page)).toEqual([]);
    // Skipping to the landing waits for the answer too.
    await page.getByRole('button', { name: 'Skip to landing' }).click();
    expect(await read<string>(page, 's => s.mission.phase')).toBe('flight');
    await prompt.getByRole('button', { name: 'Refuse: keep to the agreed route' }).click();
    await prompt.waitFor({ state: 'hidden' });
    expect(await read<string>(page, 's => s.mission.deviation')).toBe('refused');
    await page.locator('#fl-time').evaluate((el: HTMLInputElement) => {
      el.value = String(Number(el.value) + 0.01);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page
      .locator('.fl-log li', { hasText: 'You refused a deviation asked for flight safety' })
      .waitFor();
    await page.getByRole('button', { name: 'Skip to landing' }).click();
    await waitPhase(page, 'debrief');
    await page
      .locator('.db-trust li', { hasText: 'Refused a deviation the host asked for flight safety' })
      .waitFor();
    expect(await read<string>(page, 's => s.mission.deviation')).toBe('refused');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('host deviation request accepted', () => {
  it('07: accepting keeps the sensors off for half an hour, logged with its end time, no trust lost', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await seedSave(
      page,
      planningSave('07-exercise-airspace', '07-exercise-airspace.lawful.plan.json', BEFORE_07),
    );
    await continueMission(page, 'planning');
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    await keepTakeoffByProtest(page);
    // With the take-off kept, what is left to accept may be changes or the plan as it stands.
    await page.getByRole('button', { name: /^Accept (the changes )?and fly$/ }).click();
    await waitPhase(page, 'flight');
    const toEnd = () =>
      page.locator('#fl-time').evaluate((el: HTMLInputElement) => {
        el.value = el.max;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await toEnd();
    await page.getByRole('button', { name: 'Accept the deviation' }).click();
    expect(await read<string>(page, 's => s.mission.deviation')).toBe('accepted');
    const off = await read<[number, number]>(
      page,
      's => [s.flight.deviation.sensorsOffFromH, s.flight.deviation.sensorsOffToH]',
    );
    expect(off[1] - off[0]).toBeCloseTo(0.5, 9);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Just past the stretch without sensors.
    await page.locator('#fl-time').evaluate((el: HTMLInputElement, t: number) => {
      el.value = String(t);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, off[1] + 0.25);
    await page
      .locator('.fl-log li', {
        hasText: /^\d\d:\d\dYou accepted the deviation: sensors off until \d\d:\d\d UTC\.$/,
      })
      .waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'review-map-07-deviation-accepted');
    await page.getByRole('button', { name: 'Skip to landing' }).click();
    await waitPhase(page, 'debrief');
    expect(await read<string>(page, 's => s.mission.deviation')).toBe('accepted');
    expect(await page.locator('.db-trust li', { hasText: 'Refused a deviation' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('world map file fails to load', () => {
  it('names the file and the problem, and Retry recovers once the file is reachable', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    const block = (r: import('playwright-core').Route) => r.abort();
    await page.route('**/countries-50m*.json', block);
    await page.goto(`${game.server.url}?renderer=canvas`);
    const alert = page.getByRole('alert').filter({ hasText: 'The world map could not be loaded' });
    await alert.waitFor();
    expect(await alert.locator('code').textContent()).toMatch(/^countries-50m[-\w]*\.json$/);
    expect(await alert.textContent()).toContain('The request failed before the server answered');
    // The title screen waits underneath; Retry has the focus.
    expect(await page.getByRole('button', { name: 'Start', exact: true }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('load-retry');
    await shot(page, 'load-error');
    expect(await axeViolations(page)).toEqual([]);
    // Still failing: Retry shows the message again.
    await page.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor();
    await page.unroute('**/countries-50m*.json', block);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
    await alert.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Campaign', exact: true }).waitFor();
    // The only console errors are the failed loads themselves.
    expect(errors.every((e) => /countries-50m|Failed to load resource|net::ERR_FAILED/.test(e))).toBe(true);
    await page.close();
  });
});

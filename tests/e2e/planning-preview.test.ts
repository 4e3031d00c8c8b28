/**
 * Issue 10 in the built game: planning you can see. 02 planned by clicking next to (within
 * 10 px of) each site captures every objective; the first click next to the airfield gets the
 * default sensors; Lock toggles; the host's take-off shift into darkness is stated in the
 * review; free flight → mission → reload shows no free-flight panel; retrying 02 three times
 * moves trust once. Screenshots of planning (02, 03, 06) and the debrief imagery go to
 * tests/artifacts/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, type WatchedPage } from '../helpers/browser';
import {
  asFirstVisit,
  lonLatToClient,
  openCampaign,
  read,
  savedProgress,
  shot,
  waitPhase,
} from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

// One tab for the file: each test boots the game in it as a first visit (or with its save), as
// a new tab would, without the cost of a new browser context.
let tab: WatchedPage | undefined;
beforeAll(async () => {
  tab = await openPage(game.browser, { width: 1440, height: 900 });
  tab.page.setDefaultTimeout(120_000);
});

/** The file's tab, at `size`, booting the game as a first visit, or a returning player's with `save`. */
async function boot(save?: string, size = { width: 1440, height: 900 }): Promise<WatchedPage> {
  const w = tab!;
  await asFirstVisit(w, game.server.url, save);
  await w.page.setViewportSize(size);
  await w.page.goto(`${game.server.url}?renderer=canvas`);
  return w;
}

const L02 = '02-first-flight-over-russia';
const level02 = JSON.parse(readFileSync(`levels/${L02}.json`, 'utf8')) as {
  targets: { id: string; lat: number; lon: number; objective: boolean }[];
};
const site = (id: string) => level02.targets.find((t) => t.id === id)!;
const KUBINKA = { lat: 55.608, lon: 36.653 };

/**
 * Page errors, minus the browser's own favicon request at the server's root (outside the game's
 * sub-path; the game has no favicon): every other 404 still counts.
 */
function gameErrors(errors: readonly string[]): string[] {
  const favicons = game.server.requests.filter((r) => r === '/favicon.ico').length;
  let skip = favicons;
  return errors.filter((e) => !(/status of 404/.test(e) && skip-- > 0));
}

/** Clicks the map 6 px right and 6 px above a place (8.5 px away). */
async function clickNear(page: Page, lon: number, lat: number): Promise<void> {
  const p = await lonLatToClient(page, lon, lat);
  await page.mouse.click(p.x + 6, p.y - 6);
}

async function openMission(page: Page, levelId: string): Promise<void> {
  await openCampaign(page);
  await page.locator(`.cp-item[data-level="${levelId}"]`).getByRole('button', { name: /^Fly/ }).click();
  await waitPhase(page, 'briefing');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await waitPhase(page, 'planning');
  await page.waitForTimeout(400);
}

const waypoints = (page: Page) =>
  read<{ lat: number; lon: number; sensors: string[] }[]>(page, 's => s.mission.present.waypoints');

/** Plans 02 by clicking next to Migalovo, Ivanovo and Engels; returns the preview summary. */
async function plan02(page: Page): Promise<string> {
  for (const id of ['migalovo', 'ivanovo-severny', 'engels-2']) {
    const n = (await waypoints(page)).length;
    await clickNear(page, site(id).lon, site(id).lat);
    await page.waitForFunction(
      (k) =>
        (window.__openSkies!.store.getState().mission!.present as { waypoints: unknown[] }).waypoints
          .length === k,
      n + 1,
    );
  }
  return (await page.locator('#pv-sum').textContent()) ?? '';
}

async function flyToDebrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit plan to the host' }).click();
  await waitPhase(page, 'review');
  await page.getByRole('button', { name: /^Accept/ }).click();
  await waitPhase(page, 'flight');
  // No deviation request in 02: skipping lands the aircraft and opens the debrief.
  await page.getByRole('button', { name: 'Skip to landing' }).click();
  await waitPhase(page, 'debrief');
}

describe('planning you can see', () => {
  it('02: clicks next to the sites snap onto them, the preview says 2/2, and the flight brings both home', async () => {
    const { page, errors } = await boot(savedProgress(['01-training-flight']));
    await openMission(page, L02);
    await shot(page, 'planning-02-first-view');

    // The first click right next to the airfield: waypoint 1, with the default sensors.
    const af = await lonLatToClient(page, KUBINKA.lon, KUBINKA.lat);
    await page.mouse.click(af.x + 5, af.y - 4);
    await page.waitForFunction(
      () =>
        (window.__openSkies!.store.getState().mission!.present as { waypoints: unknown[] }).waypoints
          .length === 1,
    );
    expect((await waypoints(page))[0]!.sensors).toEqual(['optical']);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await waypoints(page)).toEqual([]);

    // Lock: the map stops editing, and Lock unlocks again.
    const lock = page.getByRole('button', { name: 'Lock' });
    await lock.click();
    expect(await lock.getAttribute('aria-pressed')).toBe('true');
    expect(await lock.isDisabled()).toBe(false);
    await clickNear(page, site('migalovo').lon, site('migalovo').lat);
    await page.waitForTimeout(300);
    expect(await waypoints(page)).toEqual([]);
    await lock.click();
    expect(await lock.getAttribute('aria-pressed')).toBe('false');

    const summary = await plan02(page);
    const wps = await waypoints(page);
    for (const [i, id] of ['migalovo', 'ivanovo-severny', 'engels-2'].entries()) {
      expect([wps[i]!.lat, wps[i]!.lon]).toEqual([site(id).lat, site(id).lon]);
    }
    expect(summary).toMatch(/^Objectives 2\/2 · best resolution 0\.5 m/);
    expect(await page.locator('.pv-item.pv-covered').count()).toBe(2);
    await shot(page, 'planning-02-planned');

    await flyToDebrief(page);
    const captured = await read<string[]>(page, 's => s.flight.captures.map((c) => c.targetId)');
    for (const t of level02.targets.filter((x) => x.objective)) expect(captured).toContain(t.id);
    await page.locator('.db-capture').first().scrollIntoViewIfNeeded();
    await shot(page, 'debrief-02-imagery');
    expect(gameErrors(errors)).toEqual([]);
  }, 300000);

  it('02: the host’s take-off shift into darkness is stated in the review', async () => {
    const { page, errors } = await boot(savedProgress(['01-training-flight']));
    await openMission(page, L02);
    // The reference route over Plesetsk crosses the launch hazard while it is active.
    const plan = JSON.parse(readFileSync(`levels/reference/${L02}.lawful.plan.json`, 'utf8')) as {
      waypoints: { lat: number; lon: number }[];
    };
    for (const [k, w] of plan.waypoints.entries()) {
      await page.locator('#rt-add-lat').fill(String(w.lat));
      await page.locator('#rt-add-lon').fill(String(w.lon));
      await page.locator('#rt-add-lon').press('Enter');
      await page.waitForFunction(
        (n) =>
          (window.__openSkies!.store.getState().mission!.present as { waypoints: unknown[] }).waypoints
            .length === n,
        k + 1,
      );
    }
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    const effect = page.locator('#rev-effects');
    await effect.waitFor();
    const text = (await effect.textContent()) ?? '';
    expect(text).toMatch(/Take-off at .*UTC: after sunset/);
    expect(text).toMatch(/Objectives \d\/2 → 0\/2/);
    await shot(page, 'review-02-effects');
    expect(gameErrors(errors)).toEqual([]);
  }, 240000);

  it('free flight → mission → reload shows no free-flight panel', async () => {
    const { page, errors } = await boot(undefined, { width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => window.__openSkies?.store.getState().world !== null);
    await page.getByRole('button', { name: 'Free flight' }).click();
    await page.locator('#ff-party').selectOption('RUS');
    expect(page.url()).toContain('observe=RUS');
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    expect(page.url()).not.toContain('observe=');
    await page.getByRole('button', { name: 'Campaign', exact: true }).click();
    await page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fly/ })
      .click();
    await waitPhase(page, 'briefing');
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(await page.locator('#ff-party').count()).toBe(0);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('#ff-party').count()).toBe(0);
    expect(gameErrors(errors)).toEqual([]);
  }, 240000);

  it('retrying 02 three times moves trust once', async () => {
    const { page, errors } = await boot(savedProgress(['01-training-flight']));
    await openMission(page, L02);
    const trusts: number[] = [];
    for (let k = 0; k < 3; k++) {
      if (k > 0) {
        await page.getByRole('button', { name: 'Retry' }).click();
        await waitPhase(page, 'briefing');
        await page.getByRole('button', { name: 'Start planning' }).click();
        await waitPhase(page, 'planning');
        await page.waitForTimeout(400);
      }
      await plan02(page);
      await flyToDebrief(page);
      trusts.push(await read<number>(page, 's => s.progress.trust'));
    }
    expect(trusts[0]).toBeGreaterThan(50);
    expect(trusts).toEqual([trusts[0], trusts[0], trusts[0]]);
    expect(gameErrors(errors)).toEqual([]);
  }, 600000);
});

/** Every objective of the level lies on the map part no panel covers (client px). */
async function objectivesInView(page: Page, levelId: string): Promise<string[]> {
  const level = JSON.parse(readFileSync(`levels/${levelId}.json`, 'utf8')) as {
    targets: { id: string; lat: number; lon: number; objective: boolean }[];
  };
  const hidden: string[] = [];
  for (const t of level.targets.filter((x) => x.objective)) {
    const p = await lonLatToClient(page, t.lon, t.lat);
    const covered = await page.evaluate(
      ({ x, y }) => {
        const game = document.getElementById('game')!.getBoundingClientRect();
        if (x < game.left || x > game.right || y < game.top || y > game.bottom) return 'off the map';
        for (const id of ['topbar', 'left-panel', 'right-panel', 'bottom-bar']) {
          const el = document.getElementById(id);
          if (!el || el.hidden) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
            return `under #${id}`;
        }
        const legendTop = window.__openSkies!.store.getState().hudLegendTopPx;
        const dpr = window.devicePixelRatio || 1;
        if (legendTop && y - game.top > (game.height * dpr - legendTop) / dpr) return 'under the legend';
        return null;
      },
      { x: p.x, y: p.y },
    );
    if (covered) hidden.push(`${t.id}: ${covered}`);
  }
  return hidden;
}

describe('first view of planning', () => {
  it.each([
    ['03-kaliningrad-cap', ['01-training-flight', L02]],
    ['06-georgia-corridor', ['01-training-flight', L02, '03-kaliningrad-cap', '04-bedminster', '05-hawaii']],
  ])(
    '%s: every objective is in view',
    async (levelId, flown) => {
      const { page, errors } = await boot(savedProgress(flown));
      await openMission(page, levelId);
      await page.waitForTimeout(600);
      await shot(page, `planning-${levelId.slice(0, 2)}-first-view`);
      expect(await objectivesInView(page, levelId)).toEqual([]);
      expect(gameErrors(errors)).toEqual([]);
    },
    240000,
  );

  it('04: the debrief shows the imagery of the lawful route', async () => {
    const L04 = '04-bedminster';
    const { page, errors } = await boot(savedProgress(['01-training-flight', L02, '03-kaliningrad-cap']));
    await openMission(page, L04);
    const plan = JSON.parse(readFileSync(`levels/reference/${L04}.lawful.plan.json`, 'utf8')) as {
      waypoints: { lat: number; lon: number; altitudeM: number; sensors: string[] }[];
    };
    for (const [k, w] of plan.waypoints.entries()) {
      await page.locator('#rt-add-lat').fill(String(w.lat));
      await page.locator('#rt-add-lon').fill(String(w.lon));
      await page.locator('#rt-add-lon').press('Enter');
      await page.waitForFunction(
        (n) =>
          (window.__openSkies!.store.getState().mission!.present as { waypoints: unknown[] }).waypoints
            .length === n,
        k + 1,
      );
      const alt = page.locator('.rt-row').nth(k).locator('.rt-alt');
      await alt.fill(String(w.altitudeM));
      await alt.press('Tab');
    }
    await page.getByRole('button', { name: 'Submit plan to the host' }).click();
    await waitPhase(page, 'review');
    await shot(page, 'review-04-effects');
    await page.getByRole('button', { name: /^Accept/ }).click();
    await waitPhase(page, 'flight');
    await page.getByRole('button', { name: 'Skip to landing' }).click();
    await waitPhase(page, 'debrief');
    await page.locator('.db-capture').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shot(page, 'debrief-04-imagery');
    expect(gameErrors(errors)).toEqual([]);
  }, 300000);
});

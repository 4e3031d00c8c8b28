/**
 * Helpers for the mission browser tests: get from the title screen to a mission, click the
 * map at a longitude/latitude, read the store through the test hook, take screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { WatchedPage } from './browser';
import { expect } from 'vitest';
import type { Plan } from '../../src/rules/types';

export const ARTIFACTS = 'tests/artifacts';

/** Reads a value out of the game's store (window.__openSkies). */
export async function read<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(
    `(() => { const s = window.__openSkies.store.getState(); return (${fn})(s); })()`,
  ) as Promise<T>;
}

/** Start → Menu → Campaign, waiting until the world map and levels are ready. */
export async function openCampaign(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForFunction(() => {
    const s = (window as unknown as { __openSkies?: { store: { getState(): { world: unknown } } } })
      .__openSkies;
    return !!s && s.store.getState().world !== null;
  });
  await page.getByRole('button', { name: 'Campaign', exact: true }).click();
  await page.getByRole('heading', { name: 'Campaign' }).waitFor();
}

/** From the campaign screen: fly a level, through its briefing, into planning. */
export async function startPlanning(page: Page, levelId: string): Promise<void> {
  await page.locator(`.cp-item[data-level="${levelId}"]`).getByRole('button', { name: /^Fly/ }).click();
  await waitPhase(page, 'briefing');
  await page.getByRole('button', { name: 'Start planning' }).click();
  await waitPhase(page, 'planning');
}

/** Waits for the page to draw `n` animation frames. */
export async function animationFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((ok) => {
        let left = count;
        const tick = (): void => (--left <= 0 ? ok() : void requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Client pixels of a map point (null when the map is not showing it). */
export async function lonLatToClient(
  page: Page,
  lon: number,
  lat: number,
): Promise<{ x: number; y: number }> {
  await page.waitForFunction(
    ([lo, la]) => {
      const hook = (window as unknown as { __openSkies?: { lonLatToClient(a: number, b: number): unknown } })
        .__openSkies;
      return !!hook && hook.lonLatToClient(lo as number, la as number) !== null;
    },
    [lon, lat],
  );
  return page.evaluate(
    ([lo, la]) =>
      (
        window as unknown as {
          __openSkies: { lonLatToClient(a: number, b: number): { x: number; y: number } };
        }
      ).__openSkies.lonLatToClient(lo as number, la as number),
    [lon, lat],
  );
}

/** Clicks the map at a point, as a player adds a waypoint. */
export async function clickMap(page: Page, lon: number, lat: number): Promise<void> {
  const p = await lonLatToClient(page, lon, lat);
  await page.mouse.click(p.x, p.y);
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Waits until the mission is in a phase (through the store). */
export async function waitPhase(page: Page, phase: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (p) =>
      (
        window as unknown as { __openSkies: { store: { getState(): { mission: { phase: string } | null } } } }
      ).__openSkies.store.getState().mission?.phase === p,
    phase,
    { timeout },
  );
}

/** The built game to test: `dist` (npm run test:e2e builds it), or OPEN_SKIES_DIST. */
export const DIST = process.env.OPEN_SKIES_DIST ?? 'dist';

/** A returning player's save: these missions already flown (so later ones are open). */
export function savedProgress(flown: string[]): string {
  const results: Record<string, { stars: number; score: number }> = {};
  for (const id of flown) results[id] = { stars: 2, score: 150 };
  return JSON.stringify({
    state: { progress: { results, trust: 50, quotaUsed: {} }, mission: null },
    version: 2,
  });
}

/** Puts a save in localStorage before the game's scripts run (first load only). */
export async function seedSave(page: Page, save: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, value as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    ['open-skies:save', save],
  );
}

/**
 * Makes the tab's next boot a first visit (or a returning player's with `save`): it leaves the
 * game for an empty page of the same site (the game writes its save as the page hides), empties
 * the storage there, puts `save` in when given, and forgets the errors so far (that page is a 404).
 */
export async function asFirstVisit(w: WatchedPage, gameUrl: string, save?: string): Promise<void> {
  await w.page.goto(`${gameUrl}empty-page-for-the-test`);
  await w.page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      sessionStorage.clear();
      if (value !== null) localStorage.setItem(key as string, value);
    },
    ['open-skies:save', save ?? null] as const,
  );
  w.errors.length = 0;
}

/** Presses Tab until the focused element's accessible text matches (keyboard-only play); no-op when it already does. */
export async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''} ${el.id}`.trim();
    });
    if (name.test(label)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core (WCAG 2.1 A/AA) violations in the DOM panels. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    type AxeResult = {
      passes: unknown[];
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const r = await axe.run(
      { include: [['#ui-root']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return {
      passes: r.passes.length,
      violations: r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    };
  });
  // axe really looked (rules passed), so an empty list means something.
  if (result.passes < 5) throw new Error('axe-core checked nothing');
  return result.violations;
}

/** A reference plan of levels/reference by name (e.g. "03-kaliningrad-cap.lawful"). */
export const referencePlan = (name: string): Plan =>
  JSON.parse(readFileSync(`levels/reference/${name}.plan.json`, 'utf8')) as Plan;

/**
 * Types each waypoint into the route table with its altitude and sensors, as a player would,
 * then checks the store holds exactly the plan's waypoints.
 */
export async function typeRoute(page: Page, p: Plan): Promise<void> {
  for (const [i, w] of p.waypoints.entries()) {
    await page.locator('#rt-add-lat').fill(String(w.lat));
    await page.locator('#rt-add-lon').fill(String(w.lon));
    await page.locator('#rt-add-lon').press('Enter');
    const row = page.locator('.rt-row').nth(i);
    await row.waitFor();
    await row.locator('.rt-alt').fill(String(w.altitudeM));
    await row.locator('.rt-alt').press('Tab');
    for (const kind of ['optical', 'video', 'infrared'] as const) {
      const box = row.locator(`input[value="${kind}"]`);
      if ((await box.count()) === 0) continue; // the OC-135B carries film cameras only
      if ((await box.isChecked()) !== w.sensors.includes(kind)) await box.click();
    }
  }
  expect(await read<Plan['waypoints']>(page, 's => s.mission.present.waypoints')).toEqual(p.waypoints);
}

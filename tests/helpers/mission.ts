/**
 * Helpers for the mission browser tests: get from the title screen to a mission, click the
 * map at a longitude/latitude, read the store through the test hook, take screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

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

/** The benchmark's planning scene: mission 01 with a 50-waypoint route, set through the store hook. */
import type { Page } from 'playwright-core';
import { openCampaign, startPlanning } from '../helpers/mission';
import { fiftyWaypoints } from './pages';
import { sleep } from './measure';

export type Hook = {
  __openSkies: {
    store: { getState(): Record<string, unknown>; setState(p: Record<string, unknown>): void };
    lonLatToClient(lon: number, lat: number): { x: number; y: number } | null;
  };
};

/** Mission 01 in planning with a 50-waypoint route and a full undo history behind it. */
export async function fiftyWaypointRoute(page: Page): Promise<{ x: number; y: number }> {
  await openCampaign(page);
  await startPlanning(page, '01-training-flight');
  const history = Array.from({ length: 101 }, (_, k) => fiftyWaypoints(k).slice(0, Math.min(50, k + 1)));
  await page.evaluate((steps) => {
    const store = (window as unknown as Hook).__openSkies.store;
    const m = store.getState().mission as { present: Record<string, unknown> };
    const plans = steps.map((waypoints) => ({ ...m.present, waypoints }));
    store.setState({
      mission: { ...m, past: plans.slice(0, -1), present: plans[plans.length - 1], future: [] },
      verdict: null,
    });
  }, history);
  const wp = fiftyWaypoints(100)[24]!;
  await page.waitForFunction(
    ([lon, lat]) => (window as unknown as Hook).__openSkies.lonLatToClient(lon!, lat!) !== null,
    [wp.lon, wp.lat],
  );
  await sleep(500);
  return page.evaluate(
    ([lon, lat]) => (window as unknown as Hook).__openSkies.lonLatToClient(lon!, lat!)!,
    [wp.lon, wp.lat],
  );
}

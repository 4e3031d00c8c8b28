/**
 * Measurements the browser benchmark takes on one page: boot, main-thread task time while
 * idle, frame intervals while dragging, heap. Frames are counted by the page's own
 * requestAnimationFrame (game.loop.actualFps is not trusted under load).
 */
import type { CDPSession, Page } from 'playwright-core';

export const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

export const median = (xs: number[]): number => quantile(xs, 0.5);

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === name);
  if (!m) throw new Error(`Chromium reported no ${name} metric`);
  return m.value;
}

/** Milliseconds of main-thread task time the page spends over `seconds` while nobody touches it. */
export async function idleTaskMs(cdp: CDPSession, seconds: number): Promise<number> {
  const before = await metric(cdp, 'TaskDuration');
  await sleep(seconds * 1000);
  return ((await metric(cdp, 'TaskDuration')) - before) * 1000;
}

/** Used JS heap after a full garbage collection, in MB. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metric(cdp, 'JSHeapUsedSize')) / (1024 * 1024);
}

export interface Boot {
  /** Navigation start → first interactive frame (see RECORDER). */
  bootMs: number;
  /** JavaScript files the page had asked for by then. */
  scripts: string[];
}

export async function waitBoot(page: Page, timeoutMs = 120_000): Promise<Boot> {
  await page.waitForFunction(
    () => (window as unknown as { __bench?: { bootMs: number | null } }).__bench?.bootMs != null,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => {
    const bootMs = (window as unknown as { __bench: { bootMs: number } }).__bench.bootMs;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= bootMs && /\.js(\?|$)/.test(e.name))
      .map((e) => new URL(e.name).pathname);
    return { bootMs, scripts };
  });
}

/**
 * Holds the mouse down at `at` and moves it round a small circle for `ms` (one move per
 * ~16 ms, as a hand does), then releases. Returns the page's frame intervals meanwhile.
 */
export async function dragIntervals(page: Page, at: { x: number; y: number }, ms: number): Promise<number[]> {
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() =>
    (window as unknown as { __bench: { record(on: boolean): void } }).__bench.record(true),
  );
  await page.mouse.down();
  const t0 = Date.now();
  for (let n = 1; Date.now() - t0 < ms; n++) {
    const a = ((Date.now() - t0) / 1500) * 2 * Math.PI;
    await page.mouse.move(at.x + 45 * Math.sin(a), at.y - 45 * (1 - Math.cos(a)));
    const wait = t0 + n * 16 - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; record(on: boolean): void } }).__bench;
    const f = b.frames;
    b.record(false);
    return f;
  });
  const intervals: number[] = [];
  for (let i = 1; i < frames.length; i++) intervals.push((frames[i] as number) - (frames[i - 1] as number));
  return intervals;
}

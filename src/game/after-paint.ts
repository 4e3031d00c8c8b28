/** Work that must not stand between the player and the first screen. */

/**
 * Calls `fn` once the page has painted and renders smoothly (two frames in a row within
 * 50 ms: the first screen answers clicks), then is idle; at the latest after `maxWaitMs`.
 */
export function afterFirstPaint(fn: () => void, maxWaitMs = 2000): void {
  const start = performance.now();
  let prev: number | null = null;
  let smooth = 0;
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 200 });
    else setTimeout(fn, 0);
  };
  const frame = (t: number): void => {
    smooth = prev !== null && t - prev < 50 ? smooth + 1 : 0;
    prev = t;
    if (smooth >= 2 || t - start > maxWaitMs) run();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // rAF does not run in a hidden tab: the work still happens.
  setTimeout(run, maxWaitMs + 500);
}

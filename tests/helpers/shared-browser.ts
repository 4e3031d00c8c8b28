/**
 * The browser tests' one Chromium (started by ./chromium-setup.ts), connected once per test
 * worker: the files running in a worker share it.
 */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

const SHARED = Symbol.for('open-skies.shared-browser');
type WithShared = typeof globalThis & { [SHARED]?: Promise<Browser> };

/**
 * The browser tests' one Chromium, connected once per test worker (files share the worker). A
 * file opens contexts in it and closes them, never the browser: the global set-up does that.
 */
export async function sharedBrowser(): Promise<Browser> {
  const g = globalThis as WithShared;
  const known = await g[SHARED]?.catch(() => undefined);
  if (known?.isConnected()) return known;
  const ws = inject('chromiumWsEndpoint');
  if (!ws) throw new Error('sharedBrowser: no Chromium endpoint (run the browser tests through vitest)');
  g[SHARED] = chromium.connect(ws);
  return g[SHARED];
}

/** Closes every context opened in the shared browser (after each file: ./e2e-setup.ts). */
export async function closeContexts(): Promise<void> {
  const known = await (globalThis as WithShared)[SHARED]?.catch(() => undefined);
  if (!known?.isConnected()) return;
  await Promise.all(known.contexts().map((c) => c.close().catch(() => undefined)));
}

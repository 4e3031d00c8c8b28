/**
 * The set-up every mission browser test file shares: `dist/` served from the itch.io-like
 * sub-path, started before the file's tests and closed after them, and the run's one Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { sharedBrowser } from './shared-browser';
import { DIST } from './mission';
import { serveDist, type StaticServer } from './serve';

export interface ServedGame {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function useServedGame(subPath = '/play/open-skies/'): ServedGame {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist(DIST, subPath);
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`useServedGame: the ${what} is not started (use it inside a test)`);
    return v;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

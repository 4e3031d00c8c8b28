/**
 * Global set-up of the browser tests: one Chromium for the whole run. Each browser test file
 * used to launch and close its own (about half a second each, on a CPU-bound machine); now the
 * files connect to this one (`sharedBrowser()` in ./shared-browser.ts) and each test still opens its
 * own context, so nothing but the process is shared. Closed when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { launchServer } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchServer();
  project.provide('chromiumWsEndpoint', server.wsEndpoint());
  return () => server.close();
}

/** Runs `npm run package` (src/build/package.ts) from a test, as a real production build. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

export const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Builds and packages one part; returns what it printed, throws with it when it fails. */
export function runPackage(only: 'web' | 'offline'): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  // Not a test run: Vitest's variables would swap the service worker for a no-op.
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const run = spawnSync(process.execPath, [TSX_CLI, 'src/build/package.ts', `--only=${only}`], {
    encoding: 'utf8',
    env,
  });
  const out = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`npm run package --only=${only} failed (${run.status}):\n${out}`);
  return out;
}

/**
 * `npx tsx tests/bench/profile-boot.ts [dist]`: the game's load under the CDP sampling profiler
 * until the title screen is interactive and the world is built, printed as the functions with
 * the most self and total time (build with `--minify false` for readable names). PROFILE_STRETCHES=<ms>
 * prints the busy stretches of at least that long instead; PROFILE_SAVE=<file> keeps the profile.
 */
import { writeFileSync } from 'node:fs';
import type { Profiler } from 'node:inspector';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { waitBoot } from './measure';
import { RECORDER } from './pages';
import { busyStretches, report } from './profile-drag';

const DIST = process.argv[2] ?? 'dist';

async function main(): Promise<void> {
  const server = await serveDist(DIST, '/play/open-skies/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      bypassCSP: true,
    });
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}?renderer=canvas`);
    const boot = await waitBoot(page);
    // The world map loads behind the title screen; Start asks for it if it has not begun.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction('window.__openSkies?.store.getState().world != null', undefined, {
      timeout: 120_000,
      polling: 20,
    });
    const worldAt = (await page.evaluate('performance.now()')) as number;
    const { profile } = await cdp.send('Profiler.stop');
    if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
    console.log(
      'ready at, long tasks [start, ms]:',
      JSON.stringify(
        await page.evaluate(
          '[window.__bench.readyMs, window.__bench.longTasks.map(([a, b]) => [Math.round(a), Math.round(b)])]',
        ),
      ),
    );
    console.log(
      `boot ${boot.bootMs.toFixed(0)} ms, world built by ${worldAt.toFixed(0)} ms; scripts ${boot.scripts.join(', ')}`,
    );
    if (process.env.PROFILE_STRETCHES)
      busyStretches(profile as Profiler.Profile, Number(process.env.PROFILE_STRETCHES) || 300, 14);
    else report(profile as Profiler.Profile);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

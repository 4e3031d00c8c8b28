/**
 * `npx tsx tests/bench/profile-drag.ts [dist]`: the drag of the browser benchmark (waypoint 25
 * of a 50-waypoint route in 01) under the CDP sampling profiler, printed as the functions with
 * the most self time and the most total time. Build with `--minify false` for readable names.
 * `PROFILE_SAVE=drag.cpuprofile` also writes the raw profile (it opens in DevTools).
 */
import { writeFileSync } from 'node:fs';
import type { Profiler } from 'node:inspector';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { dragIntervals, quantile, sleep } from './measure';
import { fiftyWaypointRoute } from './browser-bench-route';
import { RECORDER } from './pages';

const DIST = process.argv[2] ?? 'dist';
const TOP = Number(process.env.PROFILE_TOP ?? 30);

export function report(profile: Profiler.Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas ?? [];
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
  const name = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.replace(/^.*\//, '');
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    selfBy.set(name(id), (selfBy.get(name(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(cur);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  const print = (title: string, m: Map<string, number>): void => {
    console.log(`\n${title} (of ${all.toFixed(0)} ms sampled)`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  };
  print('self time', selfBy);
  print('total time', totalBy);
  print('total time, our code', new Map([...totalBy].filter(([k]) => /index-[^ ]*\.js/.test(k))));
}

async function main(): Promise<void> {
  const server = await serveDist(DIST, '/play/open-skies/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    await page.goto(`${server.url}?renderer=canvas`);
    const at = await fiftyWaypointRoute(page);
    await dragIntervals(page, at, 1000);
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const intervals = await dragIntervals(page, at, Number(process.env.BENCH_DRAG_MS ?? 3000));
    const { profile } = await cdp.send('Profiler.stop');
    if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
    console.log(
      `drag: ${intervals.length} frames, p50 ${quantile(intervals, 0.5).toFixed(1)} ms, p95 ${quantile(intervals, 0.95).toFixed(1)} ms`,
    );
    report(profile as Profiler.Profile);
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run as a script (not when profile-boot.ts imports `report`).
if (process.argv[1]?.endsWith('profile-drag.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

/** Busy stretches (no idle sample for `minMs`) of a profile, each with its heaviest functions. */
export function busyStretches(profile: Profiler.Profile, minMs = 300, top = 8): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const dt = profile.timeDeltas ?? [];
  let t = 0;
  let run: { start: number; ids: number[]; ms: number[] } | null = null;
  const flush = (): void => {
    if (!run) return;
    const total = run.ms.reduce((a, b) => a + b, 0);
    if (total >= minMs) {
      const by = new Map<string, number>();
      run.ids.forEach((id, i) => {
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const f = byId.get(cur)!.callFrame;
          const k = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
          if (seen.has(k) || k.startsWith('(root)')) continue;
          seen.add(k);
          by.set(k, (by.get(k) ?? 0) + (run!.ms[i] ?? 0));
        }
      });
      console.log(`\nbusy ${total.toFixed(0)} ms from +${run.start.toFixed(0)} ms (profile clock)`);
      for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
    }
    run = null;
  };
  samples.forEach((id, i) => {
    const ms = (dt[i] ?? 0) / 1000;
    t += ms;
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)') flush();
    else {
      run ??= { start: t, ids: [], ms: [] };
      run.ids.push(id);
      run.ms.push(ms);
    }
  });
  flush();
}

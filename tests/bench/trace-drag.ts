/**
 * `npx tsx tests/bench/trace-drag.ts [dist] [empty]`: the benchmark's drag (waypoint 25 of a
 * 50-waypoint route in 01) under a Chromium performance trace, summed per trace event on the
 * page's main thread: where the "(program)" time of the sampling profiler goes (style, layout,
 * paint, canvas, script). With `empty` as second argument, the empty Phaser page's drag instead.
 */
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { dragIntervals, quantile, sleep } from './measure';
import { fiftyWaypointRoute } from './browser-bench-route';
import { EMPTY_PAGE, RECORDER, stage } from './pages';

const DIST = process.argv[2] ?? 'dist';
const EMPTY = process.argv[3] === 'empty';
const TOP = Number(process.env.PROFILE_TOP ?? 25);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Self time per event name on the thread called CrRendererMain (nested complete events). */
export function summarize(events: TraceEvent[]): void {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error('no CrRendererMain thread in the trace');
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const pop = (): void => {
    const top = stack.pop()!;
    self.set(top.e.name, (self.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += top.e.dur ?? 0;
  };
  for (const e of own) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) pop();
    total.set(e.name, (total.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  while (stack.length) pop();
  const top = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `${v.toFixed(1).padStart(9)} ms  ${k}`)
      .join('\n');
  console.log(`\nself time per event (main thread)\n${top(self)}`);
  console.log(`\ntotal time per event (main thread)\n${top(total)}`);
}

async function main(): Promise<void> {
  const staged = stage(DIST);
  const server = await serveDist(staged.root, '/play/open-skies/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    let at = { x: 640, y: 400 };
    if (EMPTY) {
      await page.goto(`${server.url}${EMPTY_PAGE}?renderer=canvas`);
      await sleep(2000);
    } else {
      await page.goto(`${server.url}?renderer=canvas`);
      at = await fiftyWaypointRoute(page);
    }
    // TRACE_EVAL: a page script run before the drags (an experiment: hide a layer, a panel…).
    if (process.env.TRACE_EVAL) await page.evaluate(process.env.TRACE_EVAL);
    await dragIntervals(page, at, 1000);
    await sleep(1000);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'cc'],
    });
    const intervals = await dragIntervals(page, at, Number(process.env.BENCH_DRAG_MS ?? 3000));
    const buf = await browser.stopTracing();
    console.log(
      `drag: ${intervals.length} frames, p50 ${quantile(intervals, 0.5).toFixed(1)} ms, p95 ${quantile(intervals, 0.95).toFixed(1)} ms`,
    );
    if (process.env.TRACE_UNTRACED) {
      const plain = await dragIntervals(page, at, Number(process.env.BENCH_DRAG_MS ?? 3000));
      console.log(`untraced drag: ${plain.length} frames, p95 ${quantile(plain, 0.95).toFixed(1)} ms`);
    }
    // TRACE_AFTER: a page expression whose value is printed after the traced drag.
    if (process.env.TRACE_AFTER) console.log(JSON.stringify(await page.evaluate(process.env.TRACE_AFTER)));
    const trace = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] };
    summarize(trace.traceEvents);
  } finally {
    await browser.close();
    await server.close();
    staged.cleanup();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

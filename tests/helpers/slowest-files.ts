/**
 * A Vitest reporter that closes each run with its five slowest test files (so the 10-minute
 * budget of `npm test` stays visible) and one plain count line: "unit: N passed, N failed".
 * It prints figures; it asserts nothing.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SlowestFiles implements Reporter {
  private startedMs = 0;

  onTestRunStart(): void {
    this.startedMs = performance.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules.map((m) => {
      const d = m.diagnostic();
      return {
        file: relative(process.cwd(), m.moduleId),
        s: (d.duration + d.collectDuration + d.setupDuration) / 1000,
      };
    });
    rows.sort((a, b) => b.s - a.s);
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      if (m.state() === 'failed' && ![...m.children.allTests()].some((t) => t.result().state === 'failed'))
        count.failed++;
    }
    const projects = [...new Set(modules.map((m) => m.project.name))].join('+') || 'tests';
    const wallS = (performance.now() - this.startedMs) / 1000;
    console.log(`\nSlowest test files (${projects}, ${wallS.toFixed(0)} s in all):`);
    for (const r of rows.slice(0, 5)) console.log(`  ${r.s.toFixed(1).padStart(6)} s  ${r.file}`);
    console.log(`${projects}: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}

/**
 * The plan checker as a teacher runs it: a real process (node with tsx, what `npm run check-plan`
 * starts, without npx's start-up cost), real world-atlas borders,
 * the fixture level in tests/fixtures/levels. Exit 0 / 1 / 2 and what is printed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/run-check-plan';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-plan.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const withFixtures = (...args: string[]) => run(...args, '--levels-dir', join(FIXTURES, 'levels'));

function runInProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => (stdout += s) };
  const err = { write: (s: string) => (stderr += s) };
  return { code: main(args, out, err), stdout, stderr };
}

describe('check-plan exit codes', () => {
  it('exit 0 and a lawful verdict for a lawful plan', () => {
    const r = withFixtures('tests/fixtures/plans/fx-lawful.plan.json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: LAWFUL/m);
    expect(r.stdout).toMatch(/^Distance: [\d,.]+ km of 5,500 km maximum$/m);
    expect(r.stdout).toMatch(
      /^Time: take-off 26 h after arrival, flight [\d.]+ h, end [\d.]+ h after arrival$/m,
    );
    expect(r.stdout).toContain('No findings.');
  });

  it('exit 1 with one line per finding: code, leg and article', () => {
    const r = withFixtures('tests/fixtures/plans/fx-unlawful.plan.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Verdict: NOT ACCEPTABLE — 2 violations/m);
    expect(r.stdout).toMatch(
      /violation +sensor\/below-minimum-altitude +leg 0 +\[Art\. IV §2, VI §II\.4\(D\)\]/,
    );
    expect(r.stdout).toMatch(/violation +timeline\/short-notice +plan +\[Art\. VI §I\.5\]/);
  });

  it('finds the shipped levels by default (levels/ next to src/)', () => {
    const r = run('levels/reference/03-kaliningrad-cap.unlawful.plan.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/restriction +restriction\/distance-cap +leg \d+ +\[host practice/);
  });

  it('runs as a teacher types it: npm run check-plan -- <plan>', () => {
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'check-plan', '--', 'levels/reference/03-kaliningrad-cap.unlawful.plan.json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Verdict: NOT ACCEPTABLE/m);
    expect(r.stdout).toMatch(/restriction\/distance-cap/);
  });

  it('notices alone still exit 0', () => {
    const r = withFixtures('tests/fixtures/plans/fx-notice.plan.json', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; findings: { code: string; severity: string }[] };
    expect(out.ok).toBe(true);
    expect(out.findings.map((f) => f.code)).toContain('airspace/exercise');
    expect(out.findings.every((f) => f.severity === 'notice')).toBe(true);
  });

  it('--json prints exactly the object of PLAN-FILE.md', () => {
    const r = withFixtures('tests/fixtures/plans/fx-unlawful.plan.json', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & { findings: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['ok', 'level', 'distanceKm', 'maxDistanceKm', 'findings']);
    expect(out).toMatchObject({ ok: false, level: 'fx-russia', maxDistanceKm: 5500 });
    // Plan-wide findings come before leg findings of the same severity.
    expect(out.findings).toEqual([
      {
        code: 'timeline/short-notice',
        severity: 'violation',
        message: expect.stringContaining('48 hours') as unknown,
      },
      {
        code: 'sensor/below-minimum-altitude',
        severity: 'violation',
        leg: 0,
        message: expect.stringContaining('500 m') as unknown,
      },
    ]);
  });

  it.each([
    ['no arguments', [], /no plan file given/],
    ['an unknown option', ['x.json', '--yaml'], /unknown option --yaml/],
  ])('exit 2 on %s', (_name, args, pattern) => {
    const r = runInProcess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exit 2 for a level file that is itself broken, naming that file and path', () => {
    const r = runInProcess(
      'tests/fixtures/plans/fx-lawful.plan.json',
      '--levels-dir',
      join(FIXTURES, 'broken-levels'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken-levels\/fx-russia\.json: \$\.zones\[0\]\.properties\.capKm: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('check-plan blames the level when the level is at fault', () => {
  it('an unknown aircraft in the level names the level file', () => {
    const r = runInProcess(
      join(FIXTURES, 'plans/fx-level-aircraft.plan.json'),
      '--levels-dir',
      join(FIXTURES, 'broken-levels'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${join(FIXTURES, 'broken-levels/fx-unknown-aircraft.json')}: $.aircraft: unknown aircraft "b-52"`,
    );
  });
});

describe('check-plan on every malformed plan fixture', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'malformed/expected.json'), 'utf8')) as Record<
    string,
    { path: string; contains?: string }
  >;
  const plans = Object.entries(expected).filter(([file]) => file.startsWith('plans/'));

  // In-process through the CLI's main() (the same code the process runs), so all 38 stay fast.
  it.each(plans)('%s → exit 2, one line naming the file and %j', (file, e) => {
    const r = runInProcess(join(FIXTURES, 'malformed', file), '--levels-dir', join(FIXTURES, 'levels'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`tests/fixtures/malformed/${file}: ${e.path}`);
    if (e.contains) expect(lines[0]).toContain(e.contains);
  });

  // And a few as real processes: no stack trace, one line, exit 2.
  it.each(['plans/not-json.json', 'plans/lat-too-big.json', 'plans/unknown-airfield.json'])(
    '%s as a process',
    (file) => {
      const r = withFixtures(join('tests/fixtures/malformed', file));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`tests/fixtures/malformed/${file}: ${expected[file]?.path ?? '?'}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('a missing file', () => {
    const r = withFixtures('tests/fixtures/plans/does-not-exist.json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('check-plan: tests/fixtures/plans/does-not-exist.json: $: file not found');
  });

  it('a directory instead of a file', () => {
    const r = runInProcess(join(FIXTURES, 'plans'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`check-plan: ${join(FIXTURES, 'plans')}: $: is a directory, not a file`);
  });
});

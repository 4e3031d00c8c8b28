/**
 * The classroom command line (SHARE-CODES.md): `share` prints a plan code, `check-plan` accepts
 * it in place of a file, and `class-report` reads a file of result codes that mixes good and
 * broken lines (exit 1, the rest still printed, CSV safe for a spreadsheet).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as classReport } from '../../../src/cli/run-class-report';
import { main as share } from '../../../src/cli/run-share';
import { main as checkPlan } from '../../../src/cli/run-check-plan';
import { encodeJsonCode, encodeResultCode, type MissionResult } from '../../../src/rules/share';
import * as a from '../../../src/state/actions/mission';
import { missionResult } from '../../../src/state/actions/classroom';
import { bootStore, enterPlan, memoryStorage, referencePlan } from '../state/actions-helpers';

const ROOT = join(import.meta.dirname, '../../..');
const REF = join(ROOT, 'levels/reference');

function inProcess(main: typeof share, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run share', () => {
  it('prints one plan code on one line, exit 0', () => {
    const r = inProcess(share, join(REF, '01-training-flight.lawful.plan.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^OSP1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}\n$/);
  });

  it('exit 2 with one stderr line for a missing file, bad JSON or no argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-'));
    writeFileSync(join(dir, 'bad.json'), '{ "format": ');
    writeFileSync(join(dir, 'schema.json'), JSON.stringify({ format: 'open-skies-plan', version: 1 }));
    for (const args of [[join(dir, 'none.json')], [join(dir, 'bad.json')], [join(dir, 'schema.json')], []]) {
      const r = inProcess(share, ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^share: /);
    }
  });
});

describe('npm run check-plan with a plan code', () => {
  it('gives the same verdict and exit code as the file (lawful 0, unlawful 1)', () => {
    for (const [file, exit] of [
      ['01-training-flight.lawful.plan.json', 0],
      ['03-kaliningrad-cap.unlawful.plan.json', 1],
    ] as const) {
      const code = inProcess(share, join(REF, file)).stdout.trim();
      const fromFile = inProcess(checkPlan, join(REF, file), '--json');
      const fromCode = inProcess(checkPlan, code, '--json');
      expect(fromCode.code).toBe(exit);
      expect(fromFile.code).toBe(exit);
      expect(JSON.parse(fromCode.stdout)).toEqual(JSON.parse(fromFile.stdout));
    }
  });

  it('exit 2 with one line for a damaged code, and for a code with an unknown level', () => {
    const code = inProcess(share, join(REF, '01-training-flight.lawful.plan.json')).stdout.trim();
    const damaged = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    let r = inProcess(checkPlan, damaged);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^check-plan: OSP1\..*damaged or mistyped.*\n$/);
    const plan = referencePlan('01-training-flight.lawful');
    r = inProcess(checkPlan, encodeJsonCode('OSP1', { ...plan, level: '99-nowhere' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\$\.level: unknown level "99-nowhere"/);
  });

  it('works as a real process: npm run share output fed to check-plan', () => {
    const shared = run('share', 'levels/reference/02-first-flight-over-russia.lawful.plan.json');
    expect(shared.code).toBe(0);
    const checked = run('check-plan', shared.stdout.trim());
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^Verdict: LAWFUL/m);
  });
});

function handIn(name: string): MissionResult {
  bootStore(memoryStorage(), '01-training-flight');
  a.startMission('01-training-flight');
  a.beginPlanning();
  enterPlan(referencePlan('01-training-flight.lawful'));
  a.submitPlan();
  a.acceptReview();
  a.setFlightTime(1e9);
  a.finishFlight();
  return missionResult(name, '2026-12-01T09:30:00.000Z')!;
}

describe('npm run class-report', () => {
  const good = handIn('Ada');
  const lines = [
    encodeResultCode(good),
    '',
    'this is not a code',
    encodeResultCode({ ...good, name: '=HYPERLINK("x"), "Bob"' }),
    encodeResultCode(good).slice(0, 40), // cut short
    encodeJsonCode('OSR1', { ...good, name: 'Eve', score: good.score + 50 }),
    encodeJsonCode('OSR1', {
      ...good,
      name: 'Mal',
      level: '99-nowhere',
      plan: { ...good.plan, level: '99-nowhere' },
    }),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'class-'));
  const file = join(dir, 'codes.txt');
  writeFileSync(file, lines.join('\n'));

  it('prints every readable row, lists the unreadable lines with number and reason, exit 1', () => {
    const r = inProcess(classReport, file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3 results read, 3 unreadable/);
    const rows = r.stdout.split('\n');
    const ada = rows.find((l) => l.startsWith('Ada '))!;
    expect(ada).toMatch(/01-training-flight\s+yes\s+\d+\s+[0-3]\s+-?\d+/);
    expect(ada).not.toContain('edited?');
    expect(rows.find((l) => l.startsWith('Eve '))).toMatch(/edited\? \(score/);
    expect(r.stdout).toMatch(/line 3: not a result code/);
    expect(r.stdout).toMatch(/line 5: result code is incomplete or damaged/);
    expect(r.stdout).toMatch(/line 7: \$\.level: unknown level "99-nowhere"/);
  });

  it('--csv: a header and one row per readable code, names quoted and formula-safe; reasons on stderr', () => {
    const r = inProcess(classReport, file, '--csv');
    expect(r.code).toBe(1);
    const csv = r.stdout.split('\r\n').filter(Boolean);
    expect(csv[0]).toBe('name,level,lawful,score,stars,trust,findings,edited,differences,finished_utc');
    expect(csv).toHaveLength(4);
    expect(csv[2]).toMatch(/^"'=HYPERLINK\(""x""\), ""Bob""",01-training-flight,yes,/);
    expect(csv[3]).toMatch(/^Eve,.*,edited\?,score /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(3);
  });

  it('exit 0 when every line was read; exit 2 for a missing file (real process)', () => {
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, `${lines[0]}\r\n\r\n${lines[3]}\r\n`);
    const r = run('class-report', ok);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 results read, 0 unreadable/);
    const missing = run('class-report', join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^class-report: .*nope\.txt: \$: file not found\n$/);
  });
});

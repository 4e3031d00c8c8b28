/**
 * Issue 9, failures 5 and 6: the checker echoed outside text raw (terminal escapes, newlines,
 * megabyte keys, UTF-16 files, JSON with comments), and called a plan with no waypoints lawful.
 * In-process through main(), the same code the process runs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/run-check-plan';
import { decodeText, escapeText, jsonErrorOffset, jsonProblem } from '../../../src/cli/text-input';

const ROOT = join(import.meta.dirname, '../../..');
const LEVELS = join(ROOT, 'tests/fixtures/levels');
const LAWFUL = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/plans/fx-lawful.plan.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'check-plan-hostile-'));

function check(name: string, content: string | Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, content);
  let stdout = '';
  let stderr = '';
  const code = main(
    [file, '--levels-dir', LEVELS],
    { write: (s: string) => (stdout += s) },
    { write: (s: string) => (stderr += s) },
  );
  return { code, stdout, stderr };
}

/** No byte a terminal acts on: C0/C1 controls other than the final newline. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('5. The CLI echoes outside text raw', () => {
  it('an unknown key with \\r and ANSI escapes cannot fake "Plan OK" on the terminal', () => {
    const key = '\r\u001b[2K\u001b[32mPlan OK — Verdict: LAWFUL\u001b[0m';
    const r = check('ansi.plan.json', JSON.stringify({ ...LAWFUL, [key]: 1 }));
    expect(r.code).toBe(2);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).toContain('\\u001b[32mPlan OK');
    expect(r.stderr).toContain('\\u000d');
  });

  it('newlines in a key stay on one line', () => {
    const r = check('newline.plan.json', JSON.stringify({ ...LAWFUL, 'a\nb\u2028c': 1 }));
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('a\\u000ab\\u2028c');
  });

  it('a 1 MB key is cut at 200 characters, not echoed twice', () => {
    const r = check('huge.plan.json', JSON.stringify({ ...LAWFUL, ['k'.repeat(1_000_000)]: 1 }));
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(1_500);
    expect(r.stderr).toMatch(/… \(\d+ characters\)/);
  });

  it('a UTF-16 file with a byte-order mark (PowerShell ">") is read', () => {
    const text = JSON.stringify(LAWFUL);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = check('utf16.plan.json', le);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const be = Buffer.from(le);
    be.swap16();
    expect(check('utf16be.plan.json', be).code).toBe(0);
  });

  it('UTF-16 without a byte-order mark is named, in one line without NUL bytes', () => {
    const r = check('utf16-nobom.plan.json', Buffer.from(JSON.stringify(LAWFUL), 'utf16le'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this file is UTF-16');
    expect(r.stderr).toContain('save it as UTF-8');
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it('a UTF-8 byte-order mark is fine', () => {
    expect(check('bom.plan.json', `\uFEFF${JSON.stringify(LAWFUL)}`).code).toBe(0);
  });

  it('JSON with comments names the comment, with line and column', () => {
    const r = check('comments.plan.json', '{\n  // my plan\n  "format": "open-skies-plan"\n}');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('comments are not allowed in JSON');
    expect(r.stderr).toContain('at line 2, column 3');
  });

  it.each([
    ['{"a":}', 'line 1, column 6'],
    ['{\n  "a": 1,\n}', 'line 3, column 1'],
    ['{"a": 1', 'line 1, column 8'],
    ['', 'line 1, column 1'],
    ['{"a": 1} x', 'line 1, column 10'],
    ['[1, 2,\n 3 4]', 'line 2, column 4'],
  ])('broken JSON %j → %s', (text, where) => {
    const r = check('broken.plan.json', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(where);
  });
});

describe('the escaping and decoding helpers', () => {
  it('escape every control character and leave other text alone', () => {
    expect(escapeText('Kubinka → Vorkuta ✈')).toBe('Kubinka → Vorkuta ✈');
    expect(escapeText('\u0000\u0007\u001b\u007f\u009b\u202e')).toBe(
      '\\u0000\\u0007\\u001b\\u007f\\u009b\\u202e',
    );
    expect(escapeText('\u001b'.repeat(300))).not.toMatch(/\\u?0{0,3}…/);
  });

  it('find the first broken character of any JSON, or -1 for valid JSON', () => {
    for (const ok of ['{}', '[]', '{"a":[1,{"b":null}],"c":"\\u00e9"}', ' 1 ', '"x"', '[[[[]]]]']) {
      expect(jsonErrorOffset(ok)).toBe(-1);
    }
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
    expect(jsonProblem('{"a" 1}')).toContain('line 1, column 6');
  });

  it('name UTF-32 and invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toEqual({
      ok: false,
      problem: 'this file is UTF-32; save it as UTF-8',
    });
    expect(decodeText(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])).ok).toBe(false);
  });
});

describe('6. A plan with no waypoints is "LAWFUL"', () => {
  it('the checker refuses it as input (exit 2, $.waypoints), as the game refuses to submit it', () => {
    const r = check('empty.plan.json', JSON.stringify({ ...LAWFUL, waypoints: [] }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(': $.waypoints: the plan has no waypoints');
    expect(r.stderr).not.toContain('LAWFUL');
  });
});

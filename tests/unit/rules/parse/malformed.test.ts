/**
 * Every file under tests/fixtures/malformed/ must give a clear error naming the JSON path
 * listed in expected.json: plans through parsePlan (or the CLI's reference checks), levels
 * through parseLevel. The CLI side (exit 2, one stderr line) is in tests/unit/cli.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/rules/level';
import { parsePlan } from '../../../../src/rules/plan';

const DIR = join(import.meta.dirname, '../../../fixtures/malformed');
interface Expectation {
  path: string;
  stage: 'json' | 'schema' | 'reference';
  contains?: string;
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const files = ['plans', 'levels'].flatMap((kind) => readdirSync(join(DIR, kind)).map((f) => `${kind}/${f}`));

describe('malformed fixtures', () => {
  it('has 40+ files, each listed in expected.json', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files.filter((f) => expected[f]?.stage === 'json'))('%s is not valid JSON', (file) => {
    expect(() => JSON.parse(readFileSync(join(DIR, file), 'utf8'))).toThrow();
  });

  it.each(files.filter((f) => expected[f]?.stage === 'schema'))('%s names its path', (file) => {
    const e = expected[file] as Expectation;
    const json: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    const result = file.startsWith('plans/') ? parsePlan(json) : parseLevel(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((x) => x.path)).toContain(e.path);
    const error = result.errors.find((x) => x.path === e.path);
    expect(error?.message.length).toBeGreaterThan(5);
    if (e.contains) expect(error?.message).toContain(e.contains);
  });

  it.each(files.filter((f) => expected[f]?.stage === 'reference'))(
    '%s passes the schema (ids are checked later)',
    (file) => {
      expect(parsePlan(JSON.parse(readFileSync(join(DIR, file), 'utf8'))).ok).toBe(true);
    },
  );
});

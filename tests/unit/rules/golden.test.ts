/**
 * Golden verdicts for every reference plan in levels/reference/: the whole verdict (findings,
 * distances, per-leg metrics) is compared with tests/golden/<plan>.verdict.json. Numbers are
 * rounded to 1e-6 so the files do not depend on the last bit of Math.sin.
 * Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/rules/golden.test.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelYear, parseLevel } from '../../../src/rules/level';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import { loadWorldNode } from '../../../src/world/load-node';

const ROOT = join(import.meta.dirname, '../../..');
const REFERENCE = join(ROOT, 'levels/reference');
const GOLDEN = join(ROOT, 'tests/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const plans = existsSync(REFERENCE)
  ? readdirSync(REFERENCE)
      .filter((f) => f.endsWith('.plan.json'))
      .sort()
  : [];

function normalise(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)),
  );
}

function verdictOf(file: string) {
  const plan = parsePlan(JSON.parse(readFileSync(join(REFERENCE, file), 'utf8')));
  if (!plan.ok) throw new Error(`${file}: ${JSON.stringify(plan.errors)}`);
  const level = parseLevel(
    JSON.parse(readFileSync(join(ROOT, 'levels', `${plan.value.level}.json`), 'utf8')),
  );
  if (!level.ok) throw new Error(`${plan.value.level}: ${JSON.stringify(level.errors)}`);
  const world = loadWorldNode(levelYear(level.value));
  return validatePlan(plan.value, { level: level.value, world, seed: level.value.weather.seed });
}

describe('golden verdicts of the reference plans', () => {
  it('there are reference plans', () => {
    expect(plans.length).toBeGreaterThanOrEqual(16);
  });

  it.each(plans)('%s', (file) => {
    const verdict = normalise(verdictOf(file)) as { ok: boolean };
    // A plan named lawful must be acceptable; one named unlawful must not be.
    const kind = /\.(lawful|unlawful)[^.]*\.plan\.json$/.exec(file)?.[1];
    if (kind) expect(verdict.ok, `${file} is ${kind}`).toBe(kind === 'lawful');
    const golden = join(GOLDEN, file.replace(/\.plan\.json$/, '.verdict.json'));
    if (UPDATE || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, `${JSON.stringify(verdict, null, 2)}\n`);
      if (!UPDATE) throw new Error(`wrote missing golden file ${golden}; check it and commit it`);
    }
    expect(verdict).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

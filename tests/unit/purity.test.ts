/**
 * ARCHITECTURE rule 1: src/rules is pure. Scans every source file under src/rules: imports only
 * relative modules inside src/rules, the plain data types of src/world, and a short list of pure
 * packages; no engine, store, audio or DOM; no clock, randomness, timers or network.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const RULES = join(ROOT, 'src/rules');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Source without comments and string contents, so prose and messages cannot trip the scan. */
function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

const PURE_PACKAGES = new Set(['zod', 'flatbush']);
// levels/sources.json is data only (the cards' source list, read by src/rules/level/sources.ts).
const ALLOWED_OUTSIDE = [join(ROOT, 'src/world/types.ts'), join(ROOT, 'levels/sources.json')];

const FORBIDDEN: [string, RegExp][] = [
  ['Date.now', /\bDate\s*\.\s*now\b/],
  ['new Date()', /\bnew\s+Date\s*\(/],
  ['Math.random', /\bMath\s*\.\s*random\b/],
  ['performance', /\bperformance\b/],
  ['window', /\bwindow\b/],
  ['document', /\bdocument\b/],
  ['fetch', /\bfetch\s*\(/],
  ['localStorage', /\blocalStorage\b/],
  ['navigator', /\bnavigator\b/],
  ['setTimeout / setInterval', /\bset(Timeout|Interval)\s*\(/],
  ['process', /\bprocess\s*\./],
  ['require', /\brequire\s*\(/],
];

const files = walk(RULES);

describe('src/rules is pure', () => {
  it('scans the rules engine', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [
      ...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g),
    ].map((m) => m[1] ?? m[2] ?? '');
    for (const spec of imports) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const inside = target.startsWith(RULES) || ALLOWED_OUTSIDE.some((a) => a.startsWith(target));
        expect(inside, `${spec} leaves src/rules`).toBe(true);
      } else {
        expect(PURE_PACKAGES.has(spec.split('/')[0] ?? ''), `package ${spec}`).toBe(true);
      }
    }
    const body = code(source);
    for (const [name, pattern] of FORBIDDEN) expect(pattern.test(body), `uses ${name}`).toBe(false);
  });
});

describe('the scan itself', () => {
  it.each<[string, boolean]>([
    ['const t = Date.now();', true],
    ['const d = new Date(x);', true],
    ['const r = Math . random();', true],
    ['// Date.now is forbidden', false],
    ["const s = 'performance';", false],
    ['window.alert(1)', true],
  ])('%s → flagged %s', (src, flagged) => {
    expect(FORBIDDEN.some(([, p]) => p.test(code(src)))).toBe(flagged);
  });
});

/**
 * ARCHITECTURE rule 1: src/rules is pure. Scans every source file under src/rules: imports only
 * relative modules inside src/rules, the plain data types of src/world, and a short list of pure
 * packages; no engine, store, audio or DOM; no clock, randomness, timers or network.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
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

// fflate and crc-32: pure byte computations for share codes (no I/O, no clock).
const PURE_PACKAGES = new Set(['zod', 'flatbush', 'fflate', 'crc-32']);
/** Files outside src/rules that rules may import, without extension (as an import names them). */
// levels/sources.json is data only (the cards' source list, read by src/rules/level/sources.ts).
const ALLOWED_OUTSIDE = [join(ROOT, 'src/world/types'), join(ROOT, 'levels/sources.json')];

/**
 * May a file under src/rules import `spec`? A relative import must land inside src/rules (the
 * folder itself or below it, not a sibling such as src/rules-extra) or be exactly one of the
 * allowed files; '../../world' (the whole world folder) is not src/world/types.
 */
function importAllowed(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return PURE_PACKAGES.has(spec.split('/')[0] ?? '');
  const target = resolve(dirname(file), spec).replace(/\.(ts|js)$/, '');
  return target === RULES || target.startsWith(RULES + sep) || ALLOWED_OUTSIDE.includes(target);
}

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
    for (const spec of imports) expect(importAllowed(file, spec), `${spec} leaves src/rules`).toBe(true);
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

describe('the import check itself', () => {
  const from = join(RULES, 'checks/zones.ts');
  it.each<[string, boolean]>([
    ['../geo', true],
    ['../../rules/types', true],
    ['../../world/types', true],
    ['../../world/types.ts', true],
    ['../../world', false],
    ['../../world/index', false],
    ['../../world/build', false],
    ['../../state/store', false],
    ['../../rules-extra/x', false],
    ['zod', true],
    ['phaser', false],
    ['zustand/vanilla', false],
  ])('%s → allowed %s', (spec, allowed) => {
    expect(importAllowed(from, spec)).toBe(allowed);
  });
});

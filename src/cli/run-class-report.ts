/** The work of `npm run class-report`; class-report.ts is the entry point. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { levelYear, type Level, type WorldGeo } from '../rules';
import { checkResult, classCsv, classRow, decodeResultCode, printable, type ClassRow } from '../rules/share';
import { loadWorldNode } from '../world/load-node';
import { InputError, loadLevel } from './inputs';
import { oneLine, type Output } from './run-check-plan';

const USAGE =
  'usage: npm run class-report -- <file with one result code per line> [--csv] [--levels-dir <dir>]';
const DEFAULT_LEVELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../levels');

interface Args {
  file: string;
  csv: boolean;
  levelsDir: string;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let csv = false;
  let levelsDir = DEFAULT_LEVELS_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--csv') csv = true;
    else if (arg === '--levels-dir') {
      const dir = argv[++i];
      if (dir === undefined) throw new UsageError('--levels-dir needs a directory');
      levelsDir = resolve(dir);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`only one file, got also ${arg}`);
  }
  if (file === undefined) throw new UsageError('no file given');
  return { file, csv, levelsDir };
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot read the file (${code ?? 'unknown error'})`;
    throw new InputError(file, '$', why);
  }
}

export interface Unreadable {
  line: number;
  reason: string;
}

/** Every non-blank line checked: rows in file order and the lines that could not be read. */
export function reportLines(
  lines: readonly string[],
  levelsDir: string,
): { rows: ClassRow[]; unreadable: Unreadable[] } {
  const levels = new Map<string, Level>();
  const worlds = new Map<number, WorldGeo>();
  const rows: ClassRow[] = [];
  const unreadable: Unreadable[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const line = i + 1;
    const decoded = decodeResultCode(text);
    if (!decoded.ok) {
      unreadable.push({ line, reason: decoded.error });
      return;
    }
    const result = decoded.value;
    try {
      let level = levels.get(result.level);
      if (!level) {
        level = loadLevel(`line ${line}`, result.plan, levelsDir);
        levels.set(result.level, level);
      }
      const year = levelYear(level);
      let world = worlds.get(year);
      if (!world) {
        world = loadWorldNode(year);
        worlds.set(year, world);
      }
      rows.push(classRow(checkResult(result, { level, world, seed: result.seed })));
    } catch (e) {
      const reason =
        e instanceof InputError ? `${e.path}: ${e.detail}` : `cannot replay the result (${oneLine(e)})`;
      unreadable.push({ line, reason });
    }
  });
  return { rows, unreadable };
}

const pad = (text: string, n: number) => (text.length >= n ? text : text + ' '.repeat(n - text.length));

export function humanTable(
  file: string,
  rows: readonly ClassRow[],
  unreadable: readonly Unreadable[],
): string {
  const out = [
    `Class report: ${file} — ${rows.length} result${rows.length === 1 ? '' : 's'} read, ${unreadable.length} unreadable`,
  ];
  const head = ['name', 'level', 'lawful', 'score', 'stars', 'trust', 'edited?', 'findings'];
  const cells = rows.map((r) => [
    printable(r.name),
    r.level,
    r.lawful ? 'yes' : 'no',
    String(r.score),
    String(r.stars),
    String(r.trust),
    r.edited ? `edited? (${r.differences.join('; ')})` : '',
    r.findings.join(' ') || '-',
  ]);
  const widths = head.map((h, c) =>
    Math.max(h.length, ...cells.map((row) => (c < 6 ? (row[c] as string).length : 0))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c < 6 ? pad(cell, widths[c] as number) : cell))
      .join('  ')
      .trimEnd();
  if (rows.length > 0) out.push(line(head), ...cells.map(line));
  if (unreadable.length > 0) {
    out.push('Unreadable lines:');
    for (const u of unreadable) out.push(`  line ${u.line}: ${printable(u.reason)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Runs the report; returns the exit code and never throws. */
export function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): number {
  let file = '<file>';
  try {
    const args = parseArgs(argv);
    file = args.file;
    const { rows, unreadable } = reportLines(readLines(file), args.levelsDir);
    if (args.csv) {
      out.write(classCsv(rows));
      for (const u of unreadable)
        err.write(`class-report: ${file}: line ${u.line}: ${printable(u.reason)}\n`);
    } else {
      out.write(humanTable(file, rows, unreadable));
    }
    return unreadable.length > 0 ? 1 : 0;
  } catch (e) {
    const line =
      e instanceof InputError
        ? `class-report: ${e.message}`
        : e instanceof UsageError
          ? `class-report: ${e.message} (${USAGE})`
          : `class-report: ${file}: cannot report (${oneLine(e)})`;
    err.write(`${line}\n`);
    return 2;
  }
}

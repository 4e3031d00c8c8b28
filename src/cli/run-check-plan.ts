/** The plan checker's work; check-plan.ts is the entry point that wraps it. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePlan } from '../rules';
import { loadWorldNode } from '../world/load-node';
import { sandboxLevelFor } from './sandbox-level';
import { checkReferences, InputError, levelFileOf, levelYear, loadLevel, loadPlan } from './inputs';
import { humanReport, jsonReport } from './report';
import { codeLabel, isPlanCode, planFromCode } from './plan-input';
import { escapeText, MAX_ECHO } from './text-input';

const USAGE = 'usage: npm run check-plan -- <plan.json | OSP1 plan code> [--json] [--levels-dir <dir>]';
const DEFAULT_LEVELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../levels');

interface Args {
  planFile: string;
  json: boolean;
  levelsDir: string;
}

function parseArgs(argv: readonly string[]): Args {
  let planFile: string | undefined;
  let json = false;
  let levelsDir = DEFAULT_LEVELS_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--levels-dir') {
      const dir = argv[++i];
      if (dir === undefined) throw new UsageError('--levels-dir needs a directory');
      levelsDir = resolve(dir);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (planFile === undefined) planFile = arg;
    else throw new UsageError(`only one plan file, got also ${arg}`);
  }
  if (planFile === undefined) throw new UsageError('no plan file given');
  return { planFile, json, levelsDir };
}

class UsageError extends Error {}

/** Runs the checker; returns the exit code and never throws. */
/** Where the checker writes: process.stdout / process.stderr, or a test's collector. */
export interface Output {
  write(text: string): unknown;
}

export function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): number {
  let planFile = '<plan>';
  try {
    const args = parseArgs(argv);
    planFile = args.planFile;
    // A plan code (`OSP1.…`) instead of a file path: same checks, same output and exit codes.
    const fromCode = isPlanCode(planFile);
    const plan = fromCode ? planFromCode(planFile) : loadPlan(planFile);
    if (fromCode) planFile = codeLabel(planFile);
    // A sandbox plan (level `sandbox-<observer>-<host>-<year>`) names its synthetic level.
    const level = sandboxLevelFor(planFile, plan.level) ?? loadLevel(planFile, plan, args.levelsDir);
    const world = loadWorldNode(levelYear(level));
    checkReferences(planFile, levelFileOf(plan, args.levelsDir), plan, level, world);
    const verdict = validatePlan(plan, { level, world, seed: level.weather.seed });
    out.write(
      args.json ? `${JSON.stringify(jsonReport(level, verdict))}\n` : humanReport(planFile, level, verdict),
    );
    return verdict.ok ? 0 : 1;
  } catch (e) {
    // Outside text (file names, keys, values) is escaped and each piece cut at 200 characters:
    // one line, and nothing in it can move the cursor or recolour the terminal.
    const line =
      e instanceof InputError
        ? `check-plan: ${escapeText(e.file)}: ${escapeText(e.path)}: ${escapeText(e.detail, 2 * MAX_ECHO)}`
        : e instanceof UsageError
          ? `check-plan: ${escapeText(e.message)} (${USAGE})`
          : `check-plan: ${escapeText(planFile)}: $: cannot check the plan (${escapeText(oneLine(e))})`;
    err.write(`${line}\n`);
    return 2;
  }
}

export function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.replace(/\s+/g, ' ').trim();
}

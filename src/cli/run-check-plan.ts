/** The plan checker's work; check-plan.ts is the entry point that wraps it. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { observerReply, validatePlan, type HostAction } from '../rules';
import { loadWorldNode } from '../world/load-node';
import { sandboxLevelFor } from './sandbox-level';
import { checkReferences, InputError, levelFileOf, levelYear, loadLevel, loadPlan } from './inputs';
import { humanReport, jsonReport } from './report';
import { codeLabel, isPlanCode, isReviewCode, planFromCode, reviewFromCode } from './plan-input';
import { escapeText, MAX_ECHO } from './text-input';

const USAGE =
  'usage: npm run check-plan -- <plan.json | OSP1 plan code | OSV1 review code> [--json] [--levels-dir <dir>]';
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
    // A review code (`OSV1.…`): its plan, plus what the treaty says of the host's decision.
    const review = isReviewCode(planFile) ? reviewFromCode(planFile) : null;
    const fromCode = review !== null || isPlanCode(planFile);
    const plan = review ? review.plan : fromCode ? planFromCode(planFile) : loadPlan(planFile);
    if (fromCode) planFile = codeLabel(planFile);
    // A sandbox plan (level `sandbox-<observer>-<host>-<year>`) names its synthetic level.
    const level = sandboxLevelFor(planFile, plan.level) ?? loadLevel(planFile, plan, args.levelsDir);
    const world = loadWorldNode(levelYear(level));
    checkReferences(planFile, levelFileOf(plan, args.levelsDir), plan, level, world);
    const ctx = { level, world, seed: level.weather.seed };
    const verdict = validatePlan(plan, ctx);
    const host = review ? hostLine(review.host, observerReply(plan, verdict, review.host, ctx)) : null;
    out.write(
      args.json
        ? `${JSON.stringify({ ...jsonReport(level, verdict), ...(host ? { host: host.json } : {}) })}\n`
        : humanReport(planFile, level, verdict) + (host ? `${host.text}\n` : ''),
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

/** The host's decision in a review code and the treaty's view of it (the computer observer's reply). */
function hostLine(
  action: HostAction,
  reply: ReturnType<typeof observerReply>,
): { text: string; json: Record<string, unknown> } {
  const what =
    action.kind === 'accept'
      ? 'accepted'
      : action.kind === 'refuse'
        ? `refused, citing ${escapeText(action.article)}`
        : `proposed a change (${action.what})`;
  const view = reply.lawful ? 'lawful' : 'not backed by the treaty';
  const article = reply.article ? ` (${reply.article})` : '';
  return {
    text: `Host review: ${what} — ${view}: ${reply.reason}${article}`,
    json: { decision: action.kind, lawful: reply.lawful, reason: reply.reason, article: reply.article },
  };
}

export function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.replace(/\s+/g, ' ').trim();
}

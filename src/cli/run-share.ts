/** The work of `npm run share`: plan file → plan code. share.ts is the entry point. */
import { encodePlanCode } from '../rules/share';
import { InputError, loadPlan } from './inputs';
import { oneLine, type Output } from './run-check-plan';

const USAGE = 'usage: npm run share -- <plan.json>';

export function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  const options = argv.filter((a) => a.startsWith('--'));
  if (options.length > 0) {
    err.write(`share: unknown option ${options[0]} (${USAGE})\n`);
    return 2;
  }
  if (files.length !== 1) {
    err.write(`share: ${files.length === 0 ? 'no plan file given' : 'only one plan file'} (${USAGE})\n`);
    return 2;
  }
  const file = files[0] as string;
  try {
    out.write(`${encodePlanCode(loadPlan(file))}\n`);
    return 0;
  } catch (e) {
    err.write(e instanceof InputError ? `share: ${e.message}\n` : `share: ${file}: $: ${oneLine(e)}\n`);
    return 2;
  }
}

/** Plan codes `OSP1.<payload>.<crc>` (SHARE-CODES.md): a plan file v1 as one line of text. */
import { parsePlan } from '../plan';
import type { ParseError, Plan } from '../types';
import { decodeJsonCode, encodeJsonCode, type CodeResult } from './codec';

export const PLAN_PREFIX = 'OSP1';

export function encodePlanCode(plan: Plan): string {
  return encodeJsonCode(PLAN_PREFIX, plan);
}

/** Schema errors on one line: "$.waypoints[2].lat: lat must be ≤ 90; …". */
export function schemaErrorLine(errors: readonly ParseError[]): string {
  return errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join('; ')
    .concat(errors.length > 3 ? ` (and ${errors.length - 3} more)` : '');
}

/** A pasted plan code → the plan (defaults applied, as parsePlan gives it) or a one-line error. */
export function decodePlanCode(text: string): CodeResult<Plan> {
  const json = decodeJsonCode(PLAN_PREFIX, text, 'plan code');
  if (!json.ok) return json;
  const parsed = parsePlan(json.value);
  if (!parsed.ok)
    return { ok: false, error: `plan code holds an invalid plan: ${schemaErrorLine(parsed.errors)}` };
  return { ok: true, value: parsed.value };
}

/** Whether a command-line argument or a pasted text is a plan code rather than a file name. */
export function isPlanCode(text: string): boolean {
  return text.replace(/\s+/g, '').startsWith(`${PLAN_PREFIX}.`);
}

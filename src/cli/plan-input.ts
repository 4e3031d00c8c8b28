/**
 * check-plan's input when it is a plan code (SHARE-CODES.md: an argument starting with `OSP1.`)
 * or a review code (`OSV1.`) rather than a file: the plan in the code, or an InputError (exit 2,
 * one line).
 */
import { decodePlanCode, decodeReviewCode, isPlanCode, isReviewCode } from '../rules/share';
import type { HostAction, Plan } from '../rules';
import { InputError } from './inputs';

export { isPlanCode, isReviewCode };

/** How a code is named in messages: its start, not 2,000 characters. */
export function codeLabel(code: string): string {
  const c = code.replace(/\s+/g, '');
  return c.length > 20 ? `${c.slice(0, 16)}…${c.slice(-4)}` : c;
}

export function planFromCode(code: string): Plan {
  const r = decodePlanCode(code);
  if (!r.ok) throw new InputError(codeLabel(code), '$', r.error);
  return r.value;
}

/** A review code (`OSV1.`, issue 14): the plan the observer submitted and the host's decision. */
export function reviewFromCode(code: string): { plan: Plan; host: HostAction } {
  const r = decodeReviewCode(code);
  if (!r.ok) throw new InputError(codeLabel(code), '$', r.error);
  return { plan: r.value.plan, host: r.value.host };
}

/**
 * Review codes `OSV1.<payload>.<crc>` (issue 14): the host's answer to a plan code, for two
 * players on two devices. Same envelope as the plan code (codec.ts) over
 * `{ format: "open-skies-review", version: 1, level, plan, host }` where `plan` is the plan file
 * v1 as the observer submitted it and `host` the host's decision: accept, a change (the whole
 * changed plan, so a drawn route travels too) or a refusal citing an article.
 */
import { z } from 'zod/mini';
import '../zod-config';
import { issuesToErrors, parsePlan, planSchema } from '../plan';
import type { HostAction, HostChangeKind } from '../host';
import type { Plan } from '../types';
import { decodeJsonCode, encodeJsonCode, type CodeResult } from './codec';
import { schemaErrorLine } from './plan-code';

export const REVIEW_PREFIX = 'OSV1';
/** A refusal's citation as the host typed it, at most this long. */
export const MAX_ARTICLE_CHARS = 80;

const hostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({ kind: z.literal('change'), what: z.enum(['altitude', 'route', 'time']), plan: planSchema }),
  z.object({
    kind: z.literal('refuse'),
    article: z.string().check(z.minLength(1), z.maxLength(MAX_ARTICLE_CHARS)),
  }),
]);

const reviewSchema = z.object({
  format: z.literal('open-skies-review'),
  version: z.literal(1),
  level: z.string().check(z.minLength(1), z.maxLength(100)),
  plan: planSchema,
  host: hostSchema,
});

export interface PlanReview {
  format: 'open-skies-review';
  version: 1;
  level: string;
  /** The plan as the observer submitted it. */
  plan: Plan;
  host: HostAction;
}

export function reviewOfPlan(plan: Plan, host: HostAction): PlanReview {
  return { format: 'open-skies-review', version: 1, level: plan.level, plan, host };
}

export function encodeReviewCode(review: PlanReview): string {
  return encodeJsonCode(REVIEW_PREFIX, review);
}

export interface ReviewCodeOptions {
  /** Whether this game has the level (a code for a level it lacks is refused by name). */
  knownLevel?: (id: string) => boolean;
}

/** A pasted review code → the plan and the host's decision, or a one-line reason it cannot be read. */
export function decodeReviewCode(text: string, opts: ReviewCodeOptions = {}): CodeResult<PlanReview> {
  const fail = (error: string): CodeResult<PlanReview> => ({ ok: false, error });
  const json = decodeJsonCode(REVIEW_PREFIX, text, 'review code');
  if (!json.ok) return json;
  const parsed = reviewSchema.safeParse(json.value);
  if (!parsed.success) {
    const errors = issuesToErrors(parsed.error.issues, json.value);
    return fail(`review code holds an invalid review: ${schemaErrorLine(errors)}`);
  }
  const r = parsed.data;
  const plan = parsePlan(r.plan);
  if (!plan.ok) return fail(`review code holds an invalid plan: ${schemaErrorLine(plan.errors)}`);
  if (plan.value.level !== r.level)
    return fail(`review code is inconsistent: level "${r.level}" but the plan is for "${plan.value.level}"`);
  if (opts.knownLevel && !opts.knownLevel(r.level))
    return fail(`review code is for level "${r.level}", which this game does not have`);
  let host: HostAction;
  if (r.host.kind === 'change') {
    const changed = parsePlan(r.host.plan);
    if (!changed.ok)
      return fail(`review code holds an invalid changed plan: ${schemaErrorLine(changed.errors)}`);
    if (changed.value.level !== r.level)
      return fail(
        `review code is inconsistent: level "${r.level}" but the host's changed plan is for "${changed.value.level}"`,
      );
    host = { kind: 'change', what: r.host.what as HostChangeKind, plan: changed.value };
  } else host = r.host;
  return {
    ok: true,
    value: { format: r.format, version: r.version, level: r.level, plan: plan.value, host },
  };
}

/** Whether a pasted text is a review code rather than a plan code or a file name. */
export function isReviewCode(text: string): boolean {
  return text.replace(/\s+/g, '').startsWith(`${REVIEW_PREFIX}.`);
}

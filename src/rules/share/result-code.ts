/**
 * Result codes `OSR1.<payload>.<crc>` (SHARE-CODES.md): what a student hands in after a mission.
 * `decisions` is everything the replay needs besides plan + seed (replay.ts).
 */
import { z } from 'zod/mini';
import '../zod-config';
import { issuesToErrors, planSchema, parsePlan } from '../plan';
import type { FindingCode, Plan } from '../types';
import { decodeJsonCode, encodeJsonCode, type CodeResult } from './codec';
import { schemaErrorLine } from './plan-code';

export const RESULT_PREFIX = 'OSR1';
export const MAX_NAME_CHARS = 40;

const decisionSchema = z.discriminatedUnion('kind', [
  /** A protest against a host objection, citing an article (in the order made). */
  z.object({
    kind: z.literal('protest'),
    code: z.string().check(z.maxLength(64)),
    article: z.string().check(z.maxLength(120)),
  }),
  /** The host's answer was accepted and the agreed plan flown (with the host's changes, if any). */
  z.object({ kind: z.literal('accept') }),
  /** The mission was declined over the dispute (Art. VIII §I.5). */
  z.object({ kind: z.literal('decline') }),
  /** The answer to the host's deviation request in flight. */
  z.object({ kind: z.literal('deviation'), answer: z.enum(['accepted', 'refused']) }),
  /** Flights already flown over this host this year when the mission was planned (quota). */
  z.object({ kind: z.literal('quota-used'), used: z.number().check(z.int(), z.gte(0), z.lte(1000)) }),
]);
export type Decision = z.infer<typeof decisionSchema>;

export const resultSchema = z.object({
  format: z.literal('open-skies-result'),
  version: z.literal(1),
  name: z.string().check(z.maxLength(MAX_NAME_CHARS, `name must be at most ${MAX_NAME_CHARS} characters`)),
  level: z.string().check(z.minLength(1), z.maxLength(100)),
  plan: planSchema,
  seed: z.number().check(z.int()),
  decisions: z.array(decisionSchema).check(z.maxLength(100)),
  score: z.number(),
  stars: z.number().check(z.int(), z.gte(0), z.lte(3)),
  trust: z.number(),
  findings: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)),
  finishedUtc: z.string().check(z.maxLength(40)),
});

export interface MissionResult {
  format: 'open-skies-result';
  version: 1;
  name: string;
  level: string;
  plan: Plan;
  seed: number;
  decisions: Decision[];
  score: number;
  stars: 0 | 1 | 2 | 3;
  trust: number;
  findings: FindingCode[] | string[];
  finishedUtc: string;
}

/** The name as the code stores it: one line, trimmed, at most 40 characters. */
export function cleanName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME_CHARS).join('');
}

export function encodeResultCode(result: MissionResult): string {
  return encodeJsonCode(RESULT_PREFIX, { ...result, name: cleanName(result.name) });
}

export function decodeResultCode(text: string): CodeResult<MissionResult> {
  const json = decodeJsonCode(RESULT_PREFIX, text, 'result code');
  if (!json.ok) return json;
  const parsed = resultSchema.safeParse(json.value);
  if (!parsed.success) {
    const errors = issuesToErrors(parsed.error.issues, json.value);
    return { ok: false, error: `result code holds an invalid result: ${schemaErrorLine(errors)}` };
  }
  const r = parsed.data;
  const plan = parsePlan(r.plan);
  if (!plan.ok)
    return { ok: false, error: `result code holds an invalid plan: ${schemaErrorLine(plan.errors)}` };
  if (plan.value.level !== r.level) {
    return {
      ok: false,
      error: `result code is inconsistent: level "${r.level}" but the plan is for "${plan.value.level}"`,
    };
  }
  return { ok: true, value: { ...r, plan: plan.value, stars: r.stars as MissionResult['stars'] } };
}

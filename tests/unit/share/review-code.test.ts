/**
 * Review codes OSV1 (issue 14): the host's answer to a plan code. Round trips for each decision
 * on the reference plans, and every way a pasted review code can be wrong (tampering, prefix,
 * level), each a one-line message naming what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/rules/plan';
import type { HostAction } from '../../../src/rules/host';
import {
  crc32Hex,
  decodeReviewCode,
  encodeJsonCode,
  encodePlanCode,
  encodeReviewCode,
  isReviewCode,
  reviewOfPlan,
} from '../../../src/rules/share';
import type { Plan } from '../../../src/rules/types';
import { REFERENCE_DIR, readJson, referenceFiles } from '../levels/files';

function plan(json: unknown): Plan {
  const p = parsePlan(json);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.value;
}
const plans = referenceFiles().map((f) => ({ file: f, plan: plan(readJson(f, REFERENCE_DIR)) }));
const p03 = plans.find((p) => p.file === '03-kaliningrad-cap.unlawful.plan.json')!.plan;

const higher = (p: Plan): Plan => ({ ...p, waypoints: p.waypoints.map((w) => ({ ...w, altitudeM: 9000 })) });
const DECISIONS: { name: string; host: (p: Plan) => HostAction }[] = [
  { name: 'accept', host: () => ({ kind: 'accept' }) },
  { name: 'change', host: (p) => ({ kind: 'change', what: 'altitude', plan: higher(p) }) },
  { name: 'refuse', host: () => ({ kind: 'refuse', article: 'Art. VIII §I.4' }) },
];
const CODE_SHAPE = /^OSV1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/;

describe('review code round trip', () => {
  const cases = plans.flatMap((p) =>
    DECISIONS.map((d) => ({ ...p, decision: d.name, host: d.host(p.plan) })),
  );
  it.each(cases)('$file, host $decision', ({ plan: p, host }) => {
    const code = encodeReviewCode(reviewOfPlan(p, host));
    expect(code).toMatch(CODE_SHAPE);
    expect(isReviewCode(code)).toBe(true);
    const back = decodeReviewCode(code, { knownLevel: () => true });
    expect(back).toEqual({
      ok: true,
      value: { format: 'open-skies-review', version: 1, level: p.level, plan: p, host },
    });
  });

  it('ignores whitespace and line breaks inside a pasted code', () => {
    const code = encodeReviewCode(reviewOfPlan(p03, { kind: 'accept' }));
    const messy = ` ${code.slice(0, 7)}\n${code.slice(7, 40)}\r\n\t${code.slice(40)} `;
    expect(decodeReviewCode(messy).ok).toBe(true);
  });

  it('a review of a 50-waypoint plan with a changed plan still fits a QR code', () => {
    const big: Plan = {
      ...p03,
      waypoints: Array.from({ length: 50 }, (_, i) => ({
        lat: 54 + i * 0.0137,
        lon: 20 + i * 0.0291,
        altitudeM: 1500 + (i % 7) * 100,
        sensors: ['optical'],
      })),
    };
    const code = encodeReviewCode(reviewOfPlan(big, { kind: 'change', what: 'altitude', plan: higher(big) }));
    expect(code.length).toBeLessThanOrEqual(2_000);
  });
});

/** A code with the right envelope around any JSON (for payloads the encoder would not make). */
const forge = (value: unknown): string => encodeJsonCode('OSV1', value);
const review = reviewOfPlan(p03, { kind: 'refuse', article: 'Art. VIII §I.4' });

describe('bad review codes', () => {
  const good = encodeReviewCode(review);
  const [, payload, crc] = good.split('.') as [string, string, string];
  const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
  const cases: {
    name: string;
    code: string;
    opts?: Parameters<typeof decodeReviewCode>[1];
    error: RegExp;
  }[] = [
    { name: 'empty', code: '  \n', error: /^empty review code: paste a code that starts with "OSV1\."$/ },
    {
      name: 'a plan code (wrong prefix)',
      code: encodePlanCode(p03),
      error: /^not a review code: it should start with "OSV1\." but starts with "OSP1\."$/,
    },
    { name: 'text', code: 'hello world', error: /^not a review code: .*starts with "hellowor…"$/ },
    {
      name: 'tampered data (CRC mismatch)',
      code: `OSV1.${flipped}.${crc}`,
      error: new RegExp(
        `^review code is damaged or mistyped: check digits are ${crc} but the data gives [0-9a-f]{8} \\(CRC-32\\)$`,
      ),
    },
    {
      name: 'tampered check digits',
      code: `OSV1.${payload}.${crc.slice(0, 7)}x`,
      error: /check digits ".*" are not 8 hex digits/,
    },
    {
      name: 'cut short',
      code: `OSV1.${payload}`,
      error: /incomplete or damaged: expected OSV1\.<data>\.<check digits>/,
    },
    {
      name: 'a level this game lacks',
      code: good,
      opts: { knownLevel: (id) => id !== '03-kaliningrad-cap' },
      error: /^review code is for level "03-kaliningrad-cap", which this game does not have$/,
    },
    {
      name: 'a level that is not the plan’s',
      code: forge({ ...review, level: '01-training-flight' }),
      error:
        /^review code is inconsistent: level "01-training-flight" but the plan is for "03-kaliningrad-cap"$/,
    },
    {
      name: 'a changed plan for another level',
      code: forge({
        ...review,
        host: { kind: 'change', what: 'route', plan: { ...p03, level: '01-training-flight' } },
      }),
      error: /^review code is inconsistent: .*the host's changed plan is for "01-training-flight"$/,
    },
    {
      name: 'a refusal that cites nothing',
      code: forge({ ...review, host: { kind: 'refuse', article: '' } }),
      error: /^review code holds an invalid review: \$\.host\.article/,
    },
    {
      name: 'an unknown decision',
      code: forge({ ...review, host: { kind: 'ignore' } }),
      error: /^review code holds an invalid review: \$\.host/,
    },
    {
      name: 'a plan that fails the schema',
      code: forge({
        ...review,
        plan: { ...p03, waypoints: [{ lat: 99, lon: 0, altitudeM: 1000, sensors: [] }] },
      }),
      error: /^review code holds an invalid review: \$\.plan\.waypoints\[0\]\.lat/,
    },
    {
      name: 'a result code’s content',
      code: forge({ format: 'open-skies-result', version: 1 }),
      error: /^review code holds an invalid review: \$\.format/,
    },
  ];
  it.each(cases)('$name', ({ code, opts, error }) => {
    const r = decodeReviewCode(code, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(error);
      expect(r.error).not.toContain('\n');
    }
  });

  it('the check digits are the CRC-32 of the payload', () => {
    expect(crc).toBe(crc32Hex(payload));
  });
});

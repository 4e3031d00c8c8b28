/**
 * Plan and result codes (shared/spec/SHARE-CODES.md): the envelope, round trips on every
 * reference plan, every way a pasted code can be broken, and the size of a 50-waypoint plan.
 */
import { inflateSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/rules/plan';
import {
  crc32Hex,
  decodePlanCode,
  decodeResultCode,
  encodeJsonCode,
  encodePlanCode,
  encodeResultCode,
  isPlanCode,
  type MissionResult,
} from '../../../src/rules/share';
import type { Plan } from '../../../src/rules/types';
import { REFERENCE_DIR, readJson, referenceFiles } from '../levels/files';

const plans = referenceFiles().map((f) => ({ file: f, json: readJson(f, REFERENCE_DIR) }));

function plan(json: unknown): Plan {
  const p = parsePlan(json);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.value;
}

const CODE_SHAPE = /^OSP1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/;

describe('plan code envelope', () => {
  it('is OSP1.<url-safe base64 of raw deflate of the JSON>.<crc-32 of the payload>', () => {
    const p = plan(plans[0]!.json);
    const code = encodePlanCode(p);
    expect(code).toMatch(CODE_SHAPE);
    const [, payload, crc] = code.split('.') as [string, string, string];
    expect(crc).toBe(crc32Hex(payload));
    // Decoded independently of the module: base64url → raw inflate → JSON.
    const bytes = Uint8Array.from(Buffer.from(payload, 'base64url'));
    expect(payload).not.toContain('=');
    expect(JSON.parse(strFromU8(inflateSync(bytes)))).toEqual(p);
  });

  it('CRC-32 is the standard one (IEEE), 8 lower-case hex digits', () => {
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32Hex('')).toBe('00000000');
  });

  it.each(plans)('round-trips the reference plan $file', ({ json }) => {
    const p = plan(json);
    const code = encodePlanCode(p);
    expect(code).toMatch(CODE_SHAPE);
    const back = decodePlanCode(code);
    expect(back).toEqual({ ok: true, value: p });
  });

  it('ignores whitespace and line breaks inside a pasted code', () => {
    const p = plan(plans[1]!.json);
    const code = encodePlanCode(p);
    const messy = `  ${code.slice(0, 10)}\n ${code.slice(10, 30)}\r\n\t${code.slice(30)}  \n`;
    expect(decodePlanCode(messy)).toEqual({ ok: true, value: p });
    expect(isPlanCode(messy)).toBe(true);
  });
});

describe('broken plan codes are one-line errors', () => {
  const code = encodePlanCode(plan(plans[0]!.json));
  const [, payload, crc] = code.split('.') as [string, string, string];

  const cases: [string, string, RegExp][] = [
    ['empty', '   ', /empty plan code/],
    ['a result code', `OSR1.${payload}.${crc}`, /should start with "OSP1\." but starts with "OSR1\."/],
    ['a later version', `OSP2.${payload}.${crc}`, /should start with "OSP1\."/],
    ['lower-case prefix', `osp1.${payload}.${crc}`, /should start with "OSP1\."/],
    ['plain text', 'hello world', /not a plan code/],
    ['no CRC', `OSP1.${payload}`, /incomplete or damaged.*found 2/],
    ['an extra part', `${code}.00`, /found 4/],
    ['a bad character', `OSP1.${payload.slice(0, 5)}+${payload.slice(6)}.${crc}`, /character .*"\+"/],
    ['a short CRC', `OSP1.${payload}.${crc.slice(1)}`, /not 8 hex digits/],
    ['a wrong CRC', `OSP1.${payload}.${crc === '00000000' ? '00000001' : '00000000'}`, /damaged or mistyped/],
    [
      'one character changed',
      `OSP1.${payload.slice(0, 20)}${payload[20] === 'A' ? 'B' : 'A'}${payload.slice(21)}.${crc}`,
      /damaged or mistyped: check digits are/,
    ],
  ];
  it.each(cases)('%s', (_what, text, message) => {
    const r = decodePlanCode(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(message);
    expect(r.error).not.toContain('\n');
  });

  it('a right CRC over data that is not deflate, JSON or a plan', () => {
    const notDeflate = 'AAAA_____';
    expect(decodePlanCode(`OSP1.${notDeflate}.${crc32Hex(notDeflate)}`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid|cut short/),
    });
    const notJson = encodeJsonCode('OSP1', 'x').replace(/^OSP1\./, '');
    // encodeJsonCode writes valid JSON ("x" is a string), so it fails at the schema.
    expect(decodePlanCode(`OSP1.${notJson}`)).toMatchObject({ ok: false, error: /invalid plan: \$/ });
    const badPlan = encodeJsonCode('OSP1', {
      format: 'open-skies-plan',
      version: 1,
      level: '01-x',
      airfield: 'kubinka',
      waypoints: [{ lat: 99, lon: 0, altitudeM: 1000, sensors: [] }],
    });
    const r = decodePlanCode(badPlan);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('$.waypoints[0].lat') });
  });

  it('a code that inflates to more than the limit is refused, not unpacked', () => {
    const huge = encodeJsonCode('OSP1', { pad: ' '.repeat(2_000_000) });
    expect(huge.length).toBeLessThan(20_000);
    expect(decodePlanCode(huge)).toMatchObject({ ok: false, error: /more than/ });
  });
});

describe('size', () => {
  it('a 50-waypoint plan as the game writes it fits one QR code (≤ 2,000 characters)', () => {
    // A deterministic spread of coordinates at the game's precision (1e-5°, about 1 m: mission-plan.ts).
    let x = 0.123456789;
    const next = () => (x = (x * 9301 + 0.49297) % 1);
    const p: Plan = {
      format: 'open-skies-plan',
      version: 1,
      level: '02-first-flight-over-russia',
      airfield: 'kubinka',
      endAirfield: 'kubinka',
      aircraft: 'oc-135b',
      waypoints: Array.from({ length: 50 }, (_, i) => ({
        lat: Math.round((45 + 20 * next()) * 1e5) / 1e5,
        lon: Math.round((30 + 60 * next()) * 1e5) / 1e5,
        altitudeM: 900 + Math.round(9000 * next()),
        sensors: i % 3 === 0 ? [] : i % 3 === 1 ? ['optical'] : ['optical', 'infrared'],
      })),
      timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 },
    };
    const code = encodePlanCode(p);
    console.log(`50-waypoint plan code: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(2000);
    expect(decodePlanCode(code)).toEqual({ ok: true, value: p });
  });
});

describe('result codes', () => {
  const result: MissionResult = {
    format: 'open-skies-result',
    version: 1,
    name: '  Ada   Lovelace ',
    level: '01-training-flight',
    plan: plan(plans[0]!.json),
    seed: 7,
    decisions: [
      { kind: 'protest', code: 'restriction/distance-cap', article: 'Art. VI §II.2' },
      { kind: 'accept' },
    ],
    score: 120,
    stars: 2,
    trust: 10,
    findings: ['airspace/hazardous'],
    finishedUtc: '2026-12-01T10:00:00.000Z',
  };

  it('round-trips with the name cleaned to one line of at most 40 characters', () => {
    const code = encodeResultCode({ ...result, plan: { ...result.plan, level: '01-training-flight' } });
    expect(code).toMatch(/^OSR1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const back = decodeResultCode(code);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.name).toBe('Ada Lovelace');
    expect(back.value.decisions).toEqual(result.decisions);
    const long = decodeResultCode(encodeResultCode({ ...result, name: 'x'.repeat(100) }));
    expect(long.ok && long.value.name.length).toBe(40);
  });

  it('refuses a plan code, a bad schema and a level that does not match the plan', () => {
    expect(decodeResultCode(encodePlanCode(result.plan))).toMatchObject({
      ok: false,
      error: /starts with "OSP1\."/,
    });
    expect(decodeResultCode(encodeJsonCode('OSR1', { ...result, stars: 5 }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('$.stars'),
    });
    expect(
      decodeResultCode(encodeJsonCode('OSR1', { ...result, level: '03-kaliningrad-cap' })),
    ).toMatchObject({
      ok: false,
      error: /inconsistent/,
    });
  });
});

/**
 * The text envelope of share codes (SHARE-CODES.md): `<PREFIX>.<payload>.<crc>` where payload is
 * URL-safe base64 without padding of the raw-deflated UTF-8 JSON, and crc the 8 lower-case hex
 * digits of the CRC-32 of the payload text. Whitespace anywhere in a pasted code is ignored.
 * Every way a code can be unreadable is a one-line message, never an exception.
 */
import CRC32 from 'crc-32';
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A code longer than this is not a code (a QR code holds under 3,000 characters). */
export const MAX_CODE_CHARS = 20_000;
/** The JSON inside may not inflate past this (a plan of 500 waypoints is ~60 kB). */
export const MAX_JSON_BYTES = 1_000_000;

const PAYLOAD_CHARS = /^[A-Za-z0-9_-]*$/;
const CRC_TEXT = /^[0-9a-f]{8}$/;

export function crc32Hex(text: string): string {
  // crc-32 returns a signed 32-bit integer; the code writes it unsigned.
  return (CRC32.str(text) >>> 0).toString(16).padStart(8, '0');
}

function toBase64Url(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return strToU8(atob(b64), true);
  } catch {
    return null;
  }
}

/** Raw inflate with a size limit, so a hostile code cannot fill the memory. */
function inflateLimited(data: Uint8Array): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  let tooBig = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) {
      tooBig = true;
      throw new Error('too big');
    }
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    inflater.push(data, true);
  } catch {
    return tooBig
      ? `the payload unpacks to more than ${MAX_JSON_BYTES} bytes`
      : 'the payload is not valid deflate data';
  }
  if (!done) return 'the payload is cut short (incomplete deflate data)';
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** `<prefix>.<payload>.<crc>` for a JSON value. */
export function encodeJsonCode(prefix: string, value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)), { level: 9 });
  const payload = toBase64Url(bytes);
  return `${prefix}.${payload}.${crc32Hex(payload)}`;
}

/** What kind of code a text is: 'OSP1', 'OSR1', … or null (whitespace ignored). */
export function codePrefix(text: string): string | null {
  const m = /^([A-Z]{3}\d+)\./.exec(text.replace(/\s+/g, ''));
  return m ? (m[1] as string) : null;
}

/** The JSON inside a code with the expected prefix, or a one-line reason it cannot be read. */
export function decodeJsonCode(prefix: string, text: string, what: string): CodeResult<unknown> {
  const fail = (error: string): CodeResult<unknown> => ({ ok: false, error });
  const code = text.replace(/\s+/g, '');
  if (code === '') return fail(`empty ${what}: paste a code that starts with "${prefix}."`);
  if (code.length > MAX_CODE_CHARS) return fail(`not a ${what}: longer than ${MAX_CODE_CHARS} characters`);
  if (!code.startsWith(`${prefix}.`)) {
    const other = codePrefix(code);
    const seen = other ? `"${other}."` : `"${code.slice(0, 8)}${code.length > 8 ? '…' : ''}"`;
    return fail(`not a ${what}: it should start with "${prefix}." but starts with ${seen}`);
  }
  const parts = code.split('.');
  if (parts.length !== 3) {
    return fail(
      `${what} is incomplete or damaged: expected ${prefix}.<data>.<check digits> (3 parts separated by dots), found ${parts.length}`,
    );
  }
  const payload = parts[1] as string;
  const crc = (parts[2] as string).toLowerCase();
  if (payload === '') return fail(`${what} has no data between the dots`);
  if (!PAYLOAD_CHARS.test(payload)) {
    const bad = [...payload].find((c) => !/[A-Za-z0-9_-]/.test(c)) ?? '?';
    return fail(`${what} has a character that does not belong in a code: "${bad}"`);
  }
  if (!CRC_TEXT.test(crc)) return fail(`${what} check digits "${parts[2]}" are not 8 hex digits`);
  const actual = crc32Hex(payload);
  if (actual !== crc) {
    return fail(
      `${what} is damaged or mistyped: check digits are ${crc} but the data gives ${actual} (CRC-32)`,
    );
  }
  const bytes = fromBase64Url(payload);
  if (!bytes) return fail(`${what} data is not valid URL-safe base64`);
  const inflated = inflateLimited(bytes);
  if (typeof inflated === 'string') return fail(`${what}: ${inflated}`);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail(`${what} data is not UTF-8 text`);
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return fail(`${what} data is not valid JSON`);
  }
}

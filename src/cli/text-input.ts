/**
 * Outside text, made safe for a terminal and decoded with care: file bytes → string (UTF-8,
 * with or without BOM, or UTF-16 with a BOM; anything else is named), where broken JSON breaks
 * (line and column), and escaping of every piece of outside text the checker echoes.
 */

/** Longest piece of outside text echoed on a line. */
export const MAX_ECHO = 200;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides
 * shown as `\u001b`: a file name or key can then never move the cursor, clear a line, recolour
 * the terminal or split the one-line error.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function escapeText(text: string, max = MAX_ECHO): string {
  // Look at no more than needed: a 1 MB key costs no more than a short one.
  const head = text.slice(0, max + 1);
  const escaped = head.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped.length <= max && text.length <= max) return escaped;
  // Cut, never in the middle of an escape, and say how long the original was.
  const cut = escaped.slice(0, max).replace(/\\(u[0-9a-f]{0,3})?$/, '');
  return `${cut}… (${text.length} characters)`;
}

/** A whole output line: every control character escaped, cut at `max` characters. */
export function safeLine(line: string, max = MAX_ECHO): string {
  return escapeText(line, max);
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** Bytes of a text file → string; a file in another encoding is named rather than misread. */
export function decodeText(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    return { ok: false, problem: 'this file is UTF-32; save it as UTF-8' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    // UTF-16 with a byte-order mark (what Windows PowerShell's `>` writes): decoded.
    const le = b0 === 0xff;
    try {
      return {
        ok: true,
        text: new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2)),
      };
    } catch {
      return { ok: false, problem: 'this file is UTF-16 but not valid; save it as UTF-8' };
    }
  }
  // UTF-16 without a mark: every other byte of ASCII text is NUL.
  if (bytes.length >= 2 && (b0 === 0 || b1 === 0)) {
    return { ok: false, problem: 'this file is UTF-16 (or binary); save it as UTF-8' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000'))
      return { ok: false, problem: 'this file holds NUL bytes; save it as UTF-8 text' };
    return { ok: true, text };
  } catch {
    return { ok: false, problem: 'this file is not UTF-8 text; save it as UTF-8' };
  }
}

/** "line 3, column 7" (1-based) for a character offset. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Offset of the first character where `text` stops being JSON (JSON.parse on Node 20 does not
 * always say). Iterative, so a hostile nesting depth cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // Each frame: '[' or '{' with the state of what comes next.
  const stack: { kind: '[' | '{'; expect: 'first' | 'value' | 'sep' | 'key' }[] = [];
  const str = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m || m[0].length === 0) return false;
    i += m[0].length;
    return true;
  };
  let needValue = true;
  for (;;) {
    ws();
    if (needValue) {
      if (text[i] === '[' || text[i] === '{') {
        stack.push({ kind: text[i] as '[' | '{', expect: 'first' });
        i++;
        ws();
        const top = stack[stack.length - 1]!;
        if ((top.kind === '[' && text[i] === ']') || (top.kind === '{' && text[i] === '}')) {
          stack.pop();
          i++;
          needValue = false;
          continue;
        }
        if (top.kind === '{') {
          if (!str()) return i;
          ws();
          if (text[i] !== ':') return i;
          i++;
        }
        continue;
      }
      if (text[i] === '"' ? !str() : !scalar()) return i;
      needValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return i < n ? i : -1;
    if (text[i] === ',') {
      i++;
      if (top.kind === '{') {
        ws();
        if (!str()) return i;
        ws();
        if (text[i] !== ':') return i;
        i++;
      }
      needValue = true;
      continue;
    }
    if ((top.kind === '[' && text[i] === ']') || (top.kind === '{' && text[i] === '}')) {
      stack.pop();
      i++;
      continue;
    }
    return i;
  }
}

/** Why the JSON is broken, with line and column; comments and trailing commas named. */
export function jsonProblem(text: string): string {
  const at = jsonErrorOffset(text);
  const offset = at < 0 ? text.length : at;
  const rest = text.slice(offset, offset + 2);
  let what = 'not valid JSON';
  if (offset >= text.length) what = 'not valid JSON (the file ends too early)';
  else if (rest === '//' || rest === '/*') what = 'not valid JSON (comments are not allowed in JSON)';
  else if (/^[}\]]/.test(rest) && /,\s*$/.test(text.slice(0, offset)))
    what = 'not valid JSON (a comma before a closing bracket)';
  else what = `not valid JSON (unexpected ${JSON.stringify(text.slice(offset, offset + 1))})`;
  return `${what} at ${lineColumn(text, offset)}`;
}

/**
 * Turns zod issues into ParseErrors with JSON paths ("$.waypoints[2].lat"), shared by the plan
 * and level parsers so both report errors the same way.
 */
import type { z } from 'zod/mini';
import type { ParseError } from '../types';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** "$" followed by `.key`, `["odd key"]` or `[index]` for each path segment. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

const MISSING = Symbol('missing');

/** The value at a path inside the input, or MISSING when a key or index is absent. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const segment of path) {
    if (
      value === null ||
      typeof value !== 'object' ||
      !Object.prototype.hasOwnProperty.call(value, segment)
    ) {
      return MISSING;
    }
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function describe(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const value = valueAt(root, issue.path);
  const expected =
    issue.expected === 'object'
      ? 'an object'
      : issue.expected === 'array'
        ? 'an array'
        : `a ${issue.expected}`;
  if (value === MISSING || value === undefined) return `missing (expected ${expected})`;
  return `expected ${expected}, got ${kindOf(value)}`;
}

/**
 * One ParseError per issue, sorted by path so the output is stable. Unrecognised keys are
 * reported at the key's own path so a teacher can find the typo.
 */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], root: unknown): ParseError[] {
  const errors: ParseError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: jsonPath([...issue.path, key]), message: `unknown key "${key}"` });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest: the one with the fewest issues.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      errors.push(
        ...issuesToErrors(
          best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })),
          root,
        ),
      );
      continue;
    }
    errors.push({ path: jsonPath(issue.path), message: describe(issue, root) });
  }
  return dedupe(errors);
}

function dedupe(errors: ParseError[]): ParseError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

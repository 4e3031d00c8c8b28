/** Paths and readers for the level tests (levels/ and levels/reference/). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LEVELS_DIR = join(__dirname, '../../../levels');
export const REFERENCE_DIR = join(LEVELS_DIR, 'reference');

/** Campaign level files, sorted: `NN-some-id.json` (not the schema, not the tools). */
export function levelFiles(): string[] {
  return readdirSync(LEVELS_DIR)
    .filter((f) => /^\d\d-[a-z0-9-]+\.json$/.test(f))
    .sort();
}

export function referenceFiles(): string[] {
  return readdirSync(REFERENCE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readJson(file: string, dir = LEVELS_DIR): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

/** `<level>.<lawful|unlawful>[-variant].plan.json` → its parts, or null for a bad name. */
export function referenceName(
  file: string,
): { levelId: string; kind: 'lawful' | 'unlawful'; variant: string } | null {
  const m = /^(\d\d-[a-z0-9-]+)\.(lawful|unlawful)(?:-([a-z0-9-]+))?\.plan\.json$/.exec(file);
  if (!m) return null;
  return { levelId: m[1]!, kind: m[2] as 'lawful' | 'unlawful', variant: m[3] ?? '' };
}

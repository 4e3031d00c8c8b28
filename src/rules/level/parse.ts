/** parseLevel: untrusted JSON → Level, or every error with its JSON path. */
// First: zod may not probe `new Function` (CSP), also when this module's chunk loads first.
import '../zod-config';
import type { Level, ParseError, Result, Source } from '../types';
import { issuesToErrors, jsonPath } from '../plan/zod-issues';
import { levelSchema } from './schema';
import { sourceById } from './sources';

export function parseLevel(json: unknown): Result<Level> {
  const parsed = levelSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, json) };
  // The `$schema` key only helps editors; it is not part of the Level.
  const { $schema: _schema, ...level } = parsed.data;
  // Source ids become their levels/sources.json entries.
  const errors: ParseError[] = [];
  const resolve = (src: string | Source, path: PropertyKey[]): Source => {
    if (typeof src !== 'string') return src;
    const found = sourceById(src);
    if (!found) {
      errors.push({
        path: jsonPath(path),
        message: `unknown source "${src}": not an id in levels/sources.json`,
      });
    }
    return found ?? { title: src };
  };
  const card = level.texts.whatHappened;
  const sources = card.sources.map((src, i) => resolve(src, ['texts', 'whatHappened', 'sources', i]));
  const voices = card.voices?.map((v, i) => ({
    ...v,
    source: resolve(v.source, ['texts', 'whatHappened', 'voices', i, 'source']),
  }));
  if (errors.length > 0) return { ok: false, errors };
  const whatHappened = { ...card, sources, ...(voices ? { voices } : {}) };
  return { ok: true, value: { ...level, texts: { ...level.texts, whatHappened } } as Level };
}

/**
 * Mission words in German (src/i18n/de-levels.ts) fit the level files they translate: every
 * level and target they name exists, the rule box names the same articles as the English one
 * (a protest may cite what the player reads), the question count matches, and `localLevel`
 * lays them over the level without touching anything the rules read.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deLevels } from '../../../src/i18n/de-levels';
import { localLevel, loadLanguage, setLanguage } from '../../../src/i18n';
import { parseLevel } from '../../../src/rules/level';
import { findCitations, formatRef } from '../../../src/rules/host/citations';
import type { Level } from '../../../src/rules/types';
import { levelFiles, readJson } from '../levels/files';

const LEVELS = new Map<string, Level>(
  levelFiles().map((f) => {
    const parsed = parseLevel(readJson(f));
    if (!parsed.ok) throw new Error(f);
    return [parsed.value.id, parsed.value];
  }),
);
const refs = (text: string) => [...new Set(findCitations(text).map((c) => formatRef(c.ref)))].sort();

// German is a chunk of its own: fetched once before any test switches to it.
beforeAll(async () => {
  expect(await loadLanguage('de')).toBe(true);
});

afterEach(() => {
  setLanguage('en');
});

describe('German mission words', () => {
  it.each(Object.entries(deLevels))('%s matches its level file', (id, words) => {
    const level = LEVELS.get(id);
    expect(level, id).toBeDefined();
    for (const target of Object.keys(words.targets ?? {}))
      expect(level!.targets.map((t) => t.id)).toContain(target);
    if (words.bulletin) expect(refs(words.bulletin.text)).toEqual(refs(level!.texts.bulletin.text));
    if (words.questions) expect(words.questions).toHaveLength(level!.texts.questions.length);
    for (const text of [words.title, words.briefing, words.whatHappened, words.approximations])
      if (text !== undefined) expect(text.trim()).not.toBe('');
  });

  it('localLevel lays the words over the level in German only, the same object each time', () => {
    const level = LEVELS.get('01-training-flight')!;
    expect(localLevel(level)).toBe(level);
    setLanguage('de');
    const de = localLevel(level);
    expect(de).toBe(localLevel(level));
    expect(de.title).toBe('Trainingsflug über der Ukraine');
    expect(de.targets.find((t) => t.id === 'hostomel-airfield')?.name).toBe('Antonow-Flugplatz Hostomel');
    // What the rules read is the file's own: zones, airfields, codes, positions.
    expect(de.zones).toBe(level.zones);
    expect(de.texts.bulletin.codes).toEqual(level.texts.bulletin.codes);
    expect(de.targets.map((t) => [t.lat, t.lon, t.kind])).toEqual(
      level.targets.map((t) => [t.lat, t.lon, t.kind]),
    );
  });
});

/**
 * Mission words in German (src/i18n/de-levels.ts) fit the level files they translate: every
 * level and target they name exists, the rule box names the same articles as the English one
 * (a protest may cite what the player reads), the question count matches, and `localLevel`
 * lays them over the level without touching anything the rules read.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deLevels, dePlaces } from '../../../src/i18n/de-levels';
import {
  formatFinding,
  incomingTitle,
  localLevel,
  loadLanguage,
  placeName,
  setLanguage,
} from '../../../src/i18n';
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

  it('every restricted area of every level has a German name, on the map and in the findings', () => {
    const names = [...LEVELS.values()].flatMap((l) => l.zones.map((z) => z.properties.name));
    expect(names.length).toBeGreaterThan(5);
    setLanguage('de');
    for (const name of names) expect(Object.keys(dePlaces), name).toContain(name);
    expect(placeName('Kaliningrad oblast')).toBe('Oblast Kaliningrad');
    const f = formatFinding({
      code: 'restriction/distance-cap',
      basis: 'host practice',
      params: { zone: 'Kaliningrad oblast', insideKm: 620, capKm: 500, overKm: 120 },
    });
    expect(f.text).toContain('Oblast Kaliningrad');
    expect(f.text).not.toContain('Kaliningrad oblast');
    setLanguage('en');
    expect(placeName('Kaliningrad oblast')).toBe('Kaliningrad oblast');
    // A name no table knows (a level made in the sandbox or by a teacher) stays as written.
    setLanguage('de');
    expect(placeName('A range a teacher drew')).toBe('A range a teacher drew');
  });

  it("host duty's incoming plans have German titles, by plan id", () => {
    const level = LEVELS.get('08-host-duty')!;
    const incoming = level.hostDuty?.incoming ?? [];
    expect(incoming).toHaveLength(3);
    setLanguage('de');
    for (const plan of incoming) {
      const title = incomingTitle(level.id, plan.id, plan.title);
      expect(title, plan.id).not.toBe(plan.title);
      expect(title.trim()).not.toBe('');
    }
    setLanguage('en');
    for (const plan of incoming) expect(incomingTitle(level.id, plan.id, plan.title)).toBe(plan.title);
  });
});

/**
 * Sources as data: levels/sources.json lists every source of the "what really happened" cards
 * with its publisher; no mirror or wiki copy; and every year, number and name a card states is
 * backed by one of the sources that card cites (their `supports` text). Game values are labelled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/rules/level';
import { sourceById, sourceIds } from '../../../src/rules/level/sources';
import type { Level, Source } from '../../../src/rules/types';
import { levelFiles, readJson } from '../levels/files';
import { claimsOf } from '../../helpers/claims';
import { OPENING_KEYS, OPENING_SOURCES } from '../../../src/ui/campaign/opening';
import { enAll as en } from '../../helpers/english';

const LEVELS: Level[] = levelFiles().map((f) => {
  const parsed = parseLevel(readJson(f));
  if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
});

/** Copies of someone else's text: the card must cite the publisher instead. */
const MIRRORS =
  /statengeneraal|laws-markdown|chinapedia|piglix|wikipedia|wiki\.|docslib|pedia\.|github\.com/i;

describe('levels/sources.json', () => {
  const ids = sourceIds();

  it('has entries', () => {
    expect(ids.length).toBeGreaterThan(10);
  });

  it.each(ids)('%s: title, publisher, what it backs; a date and address when given are well formed', (id) => {
    const s = sourceById(id)!;
    expect(s.title.trim()).not.toBe('');
    expect(s.publisher?.trim()).toBeTruthy();
    expect(s.supports?.trim()).toBeTruthy();
    if (s.date) expect(s.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    if (s.url) expect(s.url).toMatch(/^https?:\/\/[^/]+\.[a-z]+/);
    expect(`${s.title} ${s.publisher} ${s.url ?? ''}`).not.toMatch(MIRRORS);
  });

  it('every entry is used by a card', () => {
    const used = new Set(
      LEVELS.flatMap((l) => [
        ...l.texts.whatHappened.sources.map((s) => s.id),
        ...(l.texts.whatHappened.voices ?? []).map((v) => v.source.id),
      ]),
    );
    for (const extra of [
      'state-analysis',
      'crs-in10502-2020',
      'eu-regret-2020',
      'defenseone-2020',
      'tass-2020-guarantees',
    ]) {
      used.add(extra); // the opening card and 09's voices
    }
    for (const id of ids) expect(used.has(id), id).toBe(true);
  });
});

describe('"what really happened" cards', () => {
  it.each(LEVELS.map((l) => [l.id, l] as const))(
    '%s cites sources from levels/sources.json, no mirrors',
    (_id, level) => {
      const raw = readJson(`${level.id}.json`) as { texts: { whatHappened: { sources: unknown[] } } };
      for (const s of raw.texts.whatHappened.sources) expect(typeof s, JSON.stringify(s)).toBe('string');
      for (const s of level.texts.whatHappened.sources) {
        expect(s.publisher).toBeTruthy();
        expect(`${s.title} ${s.url ?? ''}`).not.toMatch(MIRRORS);
      }
    },
  );

  it.each(LEVELS.map((l) => [l.id, l] as const))(
    '%s: every year, number and name has a source',
    (_id, level) => {
      const card = level.texts.whatHappened;
      const backing = (sources: Source[]) => sources.map((s) => `${s.title} ${s.supports ?? ''}`).join('\n');
      const text = backing(card.sources);
      for (const claim of claimsOf(card.text)) {
        expect(text.includes(claim), `"${claim}" in ${level.id} has no source entry`).toBe(true);
      }
      for (const v of card.voices ?? []) {
        const says = backing([v.source]);
        for (const claim of claimsOf(v.says))
          expect(says.includes(claim), `"${claim}" (${v.who})`).toBe(true);
      }
    },
  );

  it.each(LEVELS.map((l) => [l.id, l] as const))('%s labels its game values', (_id, level) => {
    expect(level.texts.whatHappened.approximations).toMatch(/game (value|scenario|example)|invented/);
  });
});

describe('the opening card before mission 01', () => {
  it('tells the argument: observation, 1955, 1989, Helsinki 1992, 34 parties, shared pictures', () => {
    const text = OPENING_KEYS.map((k) => en[k]).join(' ');
    for (const part of [
      'mutual observation',
      'Eisenhower',
      '1955',
      '1989',
      'Helsinki',
      '1992',
      '34',
      'Art. IX',
    ]) {
      expect(text).toContain(part);
    }
  });

  it.each(OPENING_KEYS.map((k) => [k]))('%s: every year, number and name has a source', (key) => {
    const backing = OPENING_SOURCES.map((id) => sourceById(id)!)
      .map((s) => `${s.title} ${s.supports ?? ''}`)
      .join('\n');
    for (const claim of claimsOf(en[key])) expect(backing.includes(claim), `"${claim}" in ${key}`).toBe(true);
  });
});

describe('claimsOf', () => {
  it('finds years, numbers and names, not sentence starts or common words', () => {
    expect(claimsOf('On 9 August 2017 a Russian Tu-154M flew over Bedminster, New Jersey.')).toEqual([
      '9',
      '2017',
      '154',
      'August',
      'Russian Tu-154M',
      'Bedminster',
      'New Jersey',
    ]);
    expect(claimsOf('The treaty, 5,500 km.')).toEqual(['5,500']);
  });
});

it('the debrief labels game values where the player sees them', () => {
  const strings = readFileSync(join(__dirname, '../../../src/i18n/en-history.ts'), 'utf8');
  expect(strings).toMatch(/'hist\.gameValues': 'Game values and approximations:'/);
});

/**
 * Plain words for a 15-year-old. Bound chosen: Flesch–Kincaid grade ≤ 8 for every rule box
 * (the level's "new rule" bulletin), the host's deviation prompt and every Handbook rule;
 * ≤ 9 for the approximation notes of the cards, which must name sources and figures; and no
 * sentence of a rule box longer than 25 words. Citations count as one short word.
 */
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/rules/level';
import { HANDBOOK } from '../../../src/rules/handbook';
import type { Level } from '../../../src/rules/types';
import { enAll as en } from '../../helpers/english';
import { readability, syllables } from '../../helpers/readability';
import { levelFiles, readJson } from '../levels/files';

const LEVELS: Level[] = levelFiles().map((f) => {
  const parsed = parseLevel(readJson(f));
  if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
});

const RULE_GRADE = 8;
const NOTE_GRADE = 9;
const MAX_WORDS = 25;

const RULES: [string, string][] = [
  ...LEVELS.map((l): [string, string] => [`${l.id} rule box`, l.texts.bulletin.text]),
  ['deviation prompt', en['fl.devRule']],
  ...HANDBOOK.map((e): [string, string] => [
    `Handbook ${e.id}`,
    en[`handbook.${e.id}.rule` as keyof typeof en],
  ]),
];

describe(`rule boxes, the deviation prompt and the Handbook: grade ≤ ${RULE_GRADE}`, () => {
  it.each(RULES)('%s', (_where, text) => {
    expect(readability(text).grade).toBeLessThanOrEqual(RULE_GRADE);
  });
});

describe(`rule boxes: sentences of at most ${MAX_WORDS} words`, () => {
  it.each(LEVELS.map((l) => [l.id, l.texts.bulletin.text]))('%s', (_id, text) => {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      expect(readability(sentence).words, sentence).toBeLessThanOrEqual(MAX_WORDS);
    }
  });
});

describe(`approximation notes: grade ≤ ${NOTE_GRADE}`, () => {
  it.each(LEVELS.map((l) => [l.id, l.texts.whatHappened.approximations ?? '']))('%s', (_id, text) => {
    expect(readability(text).grade).toBeLessThanOrEqual(NOTE_GRADE);
  });
});

describe('the plain-words rule of the issue', () => {
  it('never says "sharper than" the limit: it says what could be seen', () => {
    for (const [where, text] of RULES) expect(text, where).not.toMatch(/sharper than/);
  });
});

describe('readability helper', () => {
  it.each<[string, number]>([
    ['cat', 1],
    ['treaty', 2],
    ['observation', 4],
    ['altitude', 3],
    ['distance', 2],
    ['restriction', 3],
    ['the', 1],
  ])('%s has %d syllables', (word, n) => {
    expect(syllables(word)).toBe(n);
  });

  it('grades easy text low and legal text high', () => {
    expect(readability('The cat sat on the mat. It was warm.').grade).toBeLessThan(2);
    const legal =
      'Notwithstanding the provisions of the preceding paragraph, the observed Party shall, consistent with its obligations regarding the maximum flight distance, facilitate the realisation of observation flights over designated hazardous airspace.';
    expect(readability(legal).grade).toBeGreaterThan(14);
  });

  it('reads a citation as one word', () => {
    expect(readability('Stay away (Art. VI §II.4(A)).').words).toBe(3);
  });
});

/**
 * Every article the game prints — in the levels, the Handbook, the finding messages and the
 * UI strings — is read by the protest parser, and a protest citing an article that the
 * mission's rule box or the finding's Handbook entry names is accepted.
 */
import { describe, expect, it } from 'vitest';
import { HANDBOOK } from '../../../src/rules/handbook';
import { CODE_INFO } from '../../../src/rules/checks/codes';
import { parseLevel } from '../../../src/rules/level';
import { citesArticle, governingArticles } from '../../../src/rules/host/articles';
import { findCitations, formatRef } from '../../../src/rules/host/citations';
import { acceptedArticles, protest } from '../../../src/rules/host/protest';
import { reviewPlan } from '../../../src/rules/host/review';
import { enAll as en } from '../../helpers/english';
import type { Finding, FindingCode, Level } from '../../../src/rules/types';
import { levelFiles, readJson } from '../levels/files';
import { makePlan, makeVerdict } from '../sim/fixtures';

const LEVELS: Level[] = levelFiles().map((f) => {
  const parsed = parseLevel(readJson(f));
  if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
});

/** What marks an article in running text. */
const ARTICLE_MARK = /Art\.|Article\s+[IVXLC]|Annex\s+[A-L]\b|§/;

/** Every text the game shows that may carry an article, labelled by where it comes from. */
const TEXTS: [string, string][] = [
  ...LEVELS.flatMap((l): [string, string][] => [
    [`${l.id} briefing`, l.texts.briefing],
    [`${l.id} rule box`, l.texts.bulletin.text],
    [`${l.id} what happened`, l.texts.whatHappened.text],
    [`${l.id} approximations`, l.texts.whatHappened.approximations ?? ''],
    ...l.zones.map((z): [string, string] => [`${l.id} zone ${z.properties.id}`, z.properties.basis]),
  ]),
  ...HANDBOOK.flatMap((e): [string, string][] => [
    [`handbook ${e.id} citation`, e.citation],
    [`handbook ${e.id} cites`, e.cites],
  ]),
  ...Object.entries(CODE_INFO).map(([code, c]): [string, string] => [`basis ${code}`, c.basis]),
  ...Object.entries(en).map(([key, text]): [string, string] => [`ui ${key}`, text]),
].filter(([, text]) => ARTICLE_MARK.test(text));

describe('the protest parser reads every article the game prints', () => {
  it('finds texts with articles to check', () => {
    expect(TEXTS.length).toBeGreaterThan(40);
  });

  it.each(TEXTS)('%s', (_where, text) => {
    const found = findCitations(text);
    expect(found.length).toBeGreaterThan(0);
    // Every "Art.", "Annex" and "§" lies inside a reference the parser read.
    for (const m of text.matchAll(new RegExp(ARTICLE_MARK.source, 'g'))) {
      const covered = found.some((c) => c.span[0] <= m.index && m.index < c.span[1]);
      expect(covered, `"${text.slice(Math.max(0, m.index - 15), m.index + 25)}" in: ${text}`).toBe(true);
    }
    // And each reference, printed back on its own, is read as itself.
    for (const c of found) {
      const again = findCitations(formatRef(c.ref));
      expect(again.map((x) => x.ref)).toEqual([c.ref]);
      expect(citesArticle(formatRef(c.ref), formatRef(c.ref))).toBe(true);
    }
  });
});

const CONTESTABLE = (Object.keys(CODE_INFO) as FindingCode[]).filter((c) => governingArticles(c).length > 0);

function respond(level: Level, code: FindingCode) {
  const f: Finding = { code, severity: CODE_INFO[code].severity, basis: CODE_INFO[code].basis, params: {} };
  const route = [{ lat: 55.6, lon: 40.0, altitudeM: 3000, sensors: ['optical' as const] }];
  return reviewPlan(makeVerdict(route, [f]), level, 1, makePlan(route));
}

/** For every level and every contestable code its rule box or Handbook entry speaks of. */
const CASES: [string, FindingCode, string][] = LEVELS.flatMap((level) =>
  CONTESTABLE.flatMap((code) => {
    const texts = HANDBOOK.filter((e) => e.codes.includes(code)).flatMap((e) => [
      e.citation,
      en[`handbook.${e.id}.rule` as keyof typeof en],
    ]);
    if (level.texts.bulletin.codes.includes(code)) texts.push(level.texts.bulletin.text);
    const refs = new Set(texts.flatMap((t) => findCitations(t).map((c) => formatRef(c.ref))));
    return [...refs].map((article): [string, FindingCode, string] => [level.id, code, article]);
  }),
);

describe('a protest citing what the game itself names is accepted', () => {
  it('covers the citations the issue found refused', () => {
    const seen = new Set(CASES.map(([, , a]) => a));
    for (const a of ['Art. VIII §I.4', 'Art. VI §II.6', 'Art. VI §II.2', 'Art. VI §II.5'])
      expect(seen).toContain(a);
  });

  it.each(CASES)('%s: %s citing %s', (id, code, article) => {
    const level = LEVELS.find((l) => l.id === id)!;
    const out = protest(respond(level, code), code, article, level);
    expect(out.reason).toBe('right-article');
    expect(acceptedArticles(code, level)).toContain(article);
  });

  it('reads the game’s own list form as a citation ("Art. IV §2, VI §II.4(D)")', () => {
    expect(citesArticle('Art. IV §2, VI §II.4(D)', 'Art. VI §II.4(D)')).toBe(true);
    expect(citesArticle('Art. VI §II.2, §II.5–6', 'Art. VI §II.6')).toBe(true);
    expect(citesArticle('Art. III §I.5, §I.8; Annex A', 'Annex A')).toBe(true);
    expect(citesArticle('Annex A §III', 'Annex A §III')).toBe(true);
  });

  it('still refuses what no rule box or Handbook entry names, and vague citations', () => {
    const level = LEVELS.find((l) => l.id === '03-kaliningrad-cap')!;
    for (const wrong of ['Art. VIII §I.5', 'Art. VI', 'Art. XV', 'host practice', 'Annex A §III']) {
      const out = protest(
        respond(level, 'restriction/distance-cap'),
        'restriction/distance-cap',
        wrong,
        level,
      );
      expect(out.reason, wrong).toBe('wrong-article');
    }
  });
});

describe('findCitations', () => {
  it.each<[string, string[]]>([
    ['Art. VI §II.4(A)', ['Art. VI §II.4(A)']],
    ['Art. IV §2, VI §II.4(D)', ['Art. IV §2', 'Art. VI §II.4(D)']],
    ['Art. VI §II.2, §II.5–6', ['Art. VI §II.2', 'Art. VI §II.5', 'Art. VI §II.6']],
    ['Art. III §I.5, §I.8; Annex A', ['Art. III §I.5', 'Art. III §I.8', 'Annex A']],
    [
      'Art. II §8, VI §II.2 (sensors over a third state: VII §3)',
      ['Art. II §8', 'Art. VI §II.2', 'Art. VII §3'],
    ],
    ['flight safety (not a treaty limit; refuelling stops: Art. VI §II.3)', ['Art. VI §II.3']],
    ['Article VI, Section II', ['Art. VI']],
    ['host practice', []],
  ])('%s', (text, refs) => {
    expect(findCitations(text).map((c) => formatRef(c.ref))).toEqual(refs);
  });
});

/**
 * Which treaty article governs a contestable objection, and how to compare a player's citation
 * with it ("Art. VI §II.2", "Article VI, Section II, paragraph 2" and "VI.II.2" are the same).
 */
import type { FindingCode } from '../types';
import { findCitations, type ArticleRef } from './citations';

export type { ArticleRef };

/**
 * The articles a protest must cite to be right, per contestable finding code.
 * - Any point of the territory may be planned, hazardous airspace included (Art. VI §II.2);
 *   the host informs about hazardous airspace but cannot close it (Art. VI §II.5).
 * - The only distance limit is the maximum flight distance (Art. VI §II.4(A)).
 * - The only height limit is the sensors' certified minimum (Art. VI §II.4(D)).
 * - The host may propose changes only for flight safety, airfield status or a non-compliant
 *   plan (Art. VIII §I.4), and a change may not prevent the observation (Art. VI §II.6).
 * Violations are absent on purpose: the treaty grants the host those objections.
 */
export const GOVERNING_ARTICLES: Readonly<Partial<Record<FindingCode, readonly string[]>>> = {
  'restriction/distance-cap': ['Art. VI §II.2', 'Art. VI §II.4(A)', 'Art. VIII §I.4'],
  'restriction/corridor': ['Art. VI §II.2', 'Art. VIII §I.4'],
  'restriction/altitude-floor': ['Art. VI §II.2', 'Art. VI §II.4(D)', 'Art. VIII §I.4'],
  'airspace/hazardous': ['Art. VI §II.2', 'Art. VI §II.5', 'Art. VI §II.6'],
  'airspace/exercise': ['Art. VI §II.2', 'Art. VI §II.5', 'Art. VI §II.6'],
};

const PATTERN = /^([IVXLC]+)(?:§|\.)?([IVXLC]+)?(?:\.?(\d+))?(?:\(([A-Z])\))?$/;

/** Parses a citation; null when it does not name an article. */
export function parseArticle(text: string): ArticleRef | null {
  const s = text
    .toUpperCase()
    .replace(/ARTICLE|ART\.?/g, '')
    .replace(/SECTION|SECT\.?|SEC\.?/g, '§')
    .replace(/PARAGRAPH|PARA\.?|PAR\.?/g, '.')
    .replace(/[\s,]+/g, '')
    .replace(/§+/g, '§')
    .replace(/\.+/g, '.')
    .replace(/§\./g, '§')
    .replace(/^\./, '');
  const m = PATTERN.exec(s);
  if (!m || !m[1]) return null;
  const ref: ArticleRef = { article: m[1] };
  if (m[2]) ref.section = m[2];
  if (m[3]) ref.paragraph = m[3];
  if (m[4]) ref.sub = m[4];
  return ref;
}

/** `c` names the provision `g`, or a part of it (a sub-paragraph is still right, vaguer is not). */
export function refCovers(c: ArticleRef, g: ArticleRef): boolean {
  return (
    c.article === g.article &&
    (g.section === undefined || c.section === g.section) &&
    (g.paragraph === undefined || c.paragraph === g.paragraph) &&
    (g.sub === undefined || c.sub === g.sub)
  );
}

/** A player's citation: one reference in any spelling, or a list as the game prints them. */
export function citedRefs(cited: string): ArticleRef[] {
  const one = parseArticle(cited);
  return one ? [one] : findCitations(cited).map((c) => c.ref);
}

/**
 * The citation names the governing provision: every part the governing reference has must
 * match; a more specific citation (a sub-paragraph of it) is still right, a vaguer one is not.
 * A list ("Art. IV §2, VI §II.4(D)") is right when one of its references is.
 */
export function citesArticle(cited: string, governing: string): boolean {
  const g = citedRefs(governing);
  return citedRefs(cited).some((c) => g.some((ref) => refCovers(c, ref)));
}

export function governingArticles(code: FindingCode): readonly string[] {
  return (Object.hasOwn(GOVERNING_ARTICLES, code) ? GOVERNING_ARTICLES[code] : undefined) ?? [];
}

/**
 * Readability for the plain-words test: a small English syllable counter and the
 * Flesch–Kincaid grade level, 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * Treaty citations ("(Art. VI §II.4(A))") are read as one short word; a number is one word of
 * one syllable per group of digits, so "2,100 km" does not look harder than "two thousand".
 */

/** Syllables of one English word: vowel groups, minus a silent final e, at least one. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function readability(text: string): Readability {
  const plain = text
    .replace(/\((?:[^()]|\([A-Z]\))*(?:Art\.|Annex|§)(?:[^()]|\([A-Z]\))*\)/g, ' ref ') // citations
    .replace(/Art\.\s*[IVXLC]+(?:\s*§[IVXLC\d.–-]+(?:\([A-Z]\))?)?/g, ' ref ')
    .replace(/(\d)[,.](\d)/g, '$1$2');
  const sentences = Math.max(1, plain.split(/[.!?]+(?:\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length);
  const words = plain.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const syl = words.reduce((n, w) => n + (/^\d/.test(w) ? 1 : syllables(w)), 0);
  const count = Math.max(1, words.length);
  return {
    words: words.length,
    sentences,
    syllables: syl,
    grade: 0.39 * (count / sentences) + 11.8 * (syl / count) - 15.59,
  };
}

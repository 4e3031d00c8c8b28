/**
 * The checkable claims of a history text: its numbers (years, dates, distances) and its names
 * (capitalised words that do not start a sentence), minus words every card uses. A test checks
 * each against the sources the card cites.
 */

/** Words that name no fact of their own: parties, the treaty, months used with a number, etc. */
const COMMON = new Set([
  'Russia',
  'Russian',
  "Russia's",
  'United States',
  'US',
  'Treaty',
  'Open Skies',
  'Treaty on Open Skies',
  'Art',
  'Foreign Minister',
  'President',
  'Secretary of State',
  'I',
  'II',
  'V',
  'VI',
  'VII',
  'VIII',
  'XV',
  'XVIII',
  'IV',
  'IX',
]);

export function claimsOf(text: string): string[] {
  const out: string[] = [];
  const numbers = text.match(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g) ?? [];
  out.push(...numbers);
  // Names: runs of capitalised words (joined by spaces, "of", "on" or hyphens), not at a sentence start.
  const name = /(^|[.!?:;]\s+|\s)((?:[A-Z][\w'’.-]*[\w'’]|[A-Z])(?:\s+(?:of\s+|on\s+)?[A-Z][\w'’-]*)*)/g;
  for (const m of text.matchAll(name)) {
    const sentenceStart = m.index === 0 || /[.!?:;]\s+$/.test(m[1] ?? '');
    let words = m[2]!;
    if (sentenceStart) {
      // Drop the first word (capitalised only because it starts the sentence).
      const rest = words.split(/\s+/).slice(1).join(' ');
      if (!rest || !/^[A-Z]/.test(rest)) continue;
      words = rest;
    }
    words = words.replace(/[’']s$/, '');
    if (COMMON.has(words) || /^\d/.test(words)) continue;
    out.push(words);
  }
  return out;
}

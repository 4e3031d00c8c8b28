/**
 * Mission texts in the language in use. A level file (levels/*.json) is written in English; a
 * translation of its words lives beside the string table (de-levels.ts), keyed by level id, and
 * `localLevel` lays it over the level for display. Anything a translation lacks stays as the
 * file says. Typed structurally: the string table imports nothing of the rules.
 */
import { currentLanguage, currentLevelWords, currentPlaceNames } from './language';

/** A host's restricted area ("Kaliningrad oblast", as the level file names it) in the language in use. */
export function placeName(english: string): string {
  const names = currentPlaceNames();
  return Object.hasOwn(names, english) ? (names[english] as string) : english;
}

/** The title of an incoming plan of host duty (08) in the language in use. */
export function incomingTitle(levelId: string, planId: string, english: string): string {
  const words = currentLevelWords();
  const titles = Object.hasOwn(words, levelId) ? words[levelId]?.incoming : undefined;
  return titles && Object.hasOwn(titles, planId) ? (titles[planId] as string) : english;
}

interface LevelShape {
  id: string;
  title: string;
  texts: {
    briefing: string;
    bulletin: { title: string; text: string };
    whatHappened: { text: string; approximations?: string };
    questions: string[];
  };
  targets: readonly { id: string; name: string; note?: string }[];
}

/** One localised copy per level and language: selectors compare levels by identity. */
const cache = new WeakMap<object, Map<string, unknown>>();

/** The level with its words in the language in use; the same object while nothing changes. */
export function localLevel<L extends LevelShape>(level: L): L {
  const code = currentLanguage();
  const byLevel = currentLevelWords();
  const words = Object.hasOwn(byLevel, level.id) ? byLevel[level.id] : undefined;
  if (!words) return level;
  let perLevel = cache.get(level);
  if (!perLevel) {
    perLevel = new Map();
    cache.set(level, perLevel);
  }
  const hit = perLevel.get(code) as L | undefined;
  if (hit) return hit;
  const wh = level.texts.whatHappened;
  const out: L = {
    ...level,
    title: words.title ?? level.title,
    texts: {
      ...level.texts,
      briefing: words.briefing ?? level.texts.briefing,
      bulletin: words.bulletin ? { ...level.texts.bulletin, ...words.bulletin } : level.texts.bulletin,
      whatHappened: {
        ...wh,
        text: words.whatHappened ?? wh.text,
        ...(wh.approximations !== undefined
          ? { approximations: words.approximations ?? wh.approximations }
          : {}),
      },
      questions: words.questions ?? level.texts.questions,
    },
    targets: level.targets.map((t) => {
      const w = words.targets?.[t.id];
      if (!w) return t;
      return { ...t, name: w.name, ...(t.note !== undefined ? { note: w.note ?? t.note } : {}) };
    }),
  };
  perLevel.set(code, out);
  return out;
}

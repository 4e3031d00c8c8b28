/**
 * The languages of the game and which one is in use. English is the reference table (en.ts);
 * every other language is a table typed against it (de.ts: `Record<MessageKey, string>`), so a
 * missing key is a type error. Numbers and dates use the language's own locale tag, never the
 * machine's locale. English is built in; another language is a chunk of its own, fetched by
 * `loadLanguage` before it is switched to (the settings panel and the boot await it).
 */
import { en } from './en';
import type { LevelWords } from './level-words';
import type { LanguagePack, Table } from './pack';

export type { MessageKey, Table } from './pack';

interface Language {
  code: string;
  /** The language's name in itself, as the Settings list shows it. */
  name: string;
  /** BCP 47 tag for Intl (numbers, dates, plural rules): en-GB writes "12 Dec 2002, 14:05". */
  locale: string;
  /** The words, once loaded (English always is). */
  pack: LanguagePack | null;
  load?: () => Promise<LanguagePack>;
}

/**
 * The English words so far: the built-in table, and the words of screens loaded since
 * (`addEnglish`). Cast: the late words (en-late.ts) are typed keys but arrive with their screen.
 */
const englishWords: Record<string, string> = { ...en };

const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', locale: 'en-GB', pack: { table: englishWords as Table, levels: {} } },
  {
    code: 'de',
    name: 'Deutsch',
    locale: 'de-DE',
    pack: null,
    load: () => import('./de-pack').then((m) => m.dePack),
  },
];

const ENGLISH = LANGUAGES[0]!;
let current: Language = ENGLISH;

export function availableLanguages(): { code: string; name: string }[] {
  return LANGUAGES.map((l) => ({ code: l.code, name: l.name }));
}

const find = (code: string): Language | undefined => LANGUAGES.find((l) => l.code === code);

/**
 * Fetches a language's words if they are not here yet. True when the language can be switched
 * to; false for an unknown code or a chunk that failed to load (the game stays in English).
 */
export async function loadLanguage(code: string): Promise<boolean> {
  const lang = find(code);
  if (!lang) return false;
  if (!lang.pack && lang.load) {
    try {
      lang.pack = await lang.load();
    } catch {
      return false;
    }
  }
  return lang.pack !== null;
}

/**
 * Switches the table used by t(); an unknown code, or one whose words are not loaded yet, falls
 * back to English. Returns the code in use.
 */
export function setLanguage(code: string): string {
  const lang = find(code);
  current = lang?.pack ? lang : ENGLISH;
  return current.code;
}

/** The table in use. */
export function currentTable(): Table {
  return (current.pack ?? (ENGLISH.pack as LanguagePack)).table;
}

/** Adds the English words of a screen that loads after the first one (en-late.ts). */
export function addEnglish(words: Readonly<Record<string, string>>): void {
  Object.assign(englishWords, words);
}

export function englishTable(): Table {
  return (ENGLISH.pack as LanguagePack).table;
}

/** The missions' texts in the language in use (English: none, the level files are English). */
export function currentLevelWords(): Readonly<Record<string, LevelWords>> {
  return current.pack?.levels ?? {};
}

/** The hosts' restricted areas named in the language in use (English name → name). */
export function currentPlaceNames(): Readonly<Record<string, string>> {
  return current.pack?.places ?? {};
}

/** The code of the language in use ("en", "de"). */
export function currentLanguage(): string {
  return current.code;
}

/** The Intl locale of the language in use (numbers, dates, plural rules). */
export function currentLocale(): string {
  return current.locale;
}

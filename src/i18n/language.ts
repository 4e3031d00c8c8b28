/**
 * The languages of the game and which one is in use. English is the reference table (en.ts);
 * every other language is a table typed against it (de.ts: `Record<MessageKey, string>`), so a
 * missing key is a type error. Numbers and dates use the language's own locale tag, never the
 * machine's locale.
 */
import { en } from './en';
import { de } from './de';

export type MessageKey = keyof typeof en;
export type Table = Readonly<Record<MessageKey, string>>;

interface Language {
  code: string;
  /** The language's name in itself, as the Settings list shows it. */
  name: string;
  /** BCP 47 tag for Intl (numbers, dates, plural rules): en-GB writes "12 Dec 2002, 14:05". */
  locale: string;
  table: Table;
}

const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', locale: 'en-GB', table: en },
  { code: 'de', name: 'Deutsch', locale: 'de-DE', table: de },
];

const ENGLISH = LANGUAGES[0]!;
let current: Language = ENGLISH;

export function availableLanguages(): { code: string; name: string }[] {
  return LANGUAGES.map((l) => ({ code: l.code, name: l.name }));
}

/** Switches the table used by t(); unknown codes fall back to English. Returns the code in use. */
export function setLanguage(code: string): string {
  current = LANGUAGES.find((l) => l.code === code) ?? ENGLISH;
  return current.code;
}

/** The table in use; English for a key it lacks is impossible by type, kept for plain objects. */
export function currentTable(): Table {
  return current.table;
}

export function englishTable(): Table {
  return ENGLISH.table;
}

/** The code of the language in use ("en", "de"). */
export function currentLanguage(): string {
  return current.code;
}

/** The Intl locale of the language in use (numbers, dates, plural rules). */
export function currentLocale(): string {
  return current.locale;
}

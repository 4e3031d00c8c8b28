/**
 * The one door to player-facing text: `t(key, params)`. English is the reference table
 * (en.ts); a translation is one more file in this folder exporting `table` and `languageName`,
 * found by the glob below — nothing else to register.
 */
import { en } from './en';

export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
type Table = Partial<Record<MessageKey, string>>;

interface LocaleModule {
  table: Table;
  languageName: string;
}

const modules = import.meta.glob<LocaleModule>('./[a-z][a-z].ts', { eager: true });

/** Language code → its table; English is always there and is the fallback for missing keys. */
const LOCALES: Record<string, LocaleModule> = {};
for (const [path, mod] of Object.entries(modules)) {
  const code = /\.\/([a-z]{2})\.ts$/.exec(path)?.[1];
  if (code && mod.table) LOCALES[code] = mod;
}
LOCALES.en ??= { table: en, languageName: 'English' };

let current = 'en';

export function availableLanguages(): { code: string; name: string }[] {
  return Object.entries(LOCALES)
    .map(([code, mod]) => ({ code, name: mod.languageName }))
    .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.name.localeCompare(b.name)));
}

/** Switches the table used by t(); unknown codes fall back to English. Returns the code in use. */
export function setLanguage(code: string): string {
  current = Object.hasOwn(LOCALES, code) ? code : 'en';
  return current;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as the language writes them (1,834 in English); at most one decimal by default. */
export function formatNumber(n: number, maximumFractionDigits = 1): string {
  const id = `${current}:${maximumFractionDigits}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(current, { maximumFractionDigits });
    numberFormats.set(id, f);
  }
  return f.format(n);
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}

export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** The text for `key` in the current language, `{name}` placeholders filled from params. */
export function t(key: MessageKey, params?: Params): string {
  const text = (Object.hasOwn(LOCALES, current) ? LOCALES[current]?.table[key] : undefined) ?? en[key];
  return interpolate(text, params);
}

/**
 * Plural forms: looks up `${key}.${category}` (Intl.PluralRules: one, other, few…), falling back
 * to `.other`; `{count}` is filled in. Keys are written in en.ts as `problems.one`/`problems.other`.
 */
export function tn(key: string, count: number, params?: Params): string {
  const category = new Intl.PluralRules(current).select(count);
  const specific = `${key}.${category}`;
  const fallback = `${key}.other`;
  const chosen = hasKey(specific) ? specific : hasKey(fallback) ? fallback : null;
  if (!chosen) return key;
  return t(chosen, { count, ...params });
}

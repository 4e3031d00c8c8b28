/**
 * `t(key, params)` and `tn(key, count, params)`: the words of the language in use with `{name}`
 * placeholders filled (numbers formatted for the language). Plurals follow the CLDR categories
 * of Intl.PluralRules for the language (English and German: one, other; a language with more,
 * like Russian's few/many, adds `key.few` and `key.many`).
 */
import { formatNumber } from './format';
import { currentLocale, currentTable, englishTable, type MessageKey } from './language';

export type Params = Record<string, string | number>;

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}

export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(englishTable(), key);
}

/** The text for `key` in the current language, `{name}` placeholders filled from params. */
export function t(key: MessageKey, params?: Params): string {
  return interpolate(currentTable()[key] ?? englishTable()[key], params);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Plural forms: looks up `${key}.${category}` (Intl.PluralRules of the language: one, other,
 * few…), falling back to `.other`; `{count}` is filled in.
 */
export function tn(key: string, count: number, params?: Params): string {
  const locale = currentLocale();
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const specific = `${key}.${rules.select(count)}`;
  const fallback = `${key}.other`;
  const chosen = hasKey(specific) ? specific : hasKey(fallback) ? fallback : null;
  if (!chosen) return key;
  return t(chosen, { count, ...params });
}

/**
 * Numbers and dates as the language in use writes them: 1,834.5 in English, 1.834,5 in German.
 * The locale is the language's own tag (language.ts), never the machine's, and every date is
 * shown in UTC, so the same game reads the same on any computer.
 */
import { currentLocale } from './language';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(min: number, max: number): Intl.NumberFormat {
  const id = `${currentLocale()}:${min}:${max}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(id, f);
  }
  return f;
}

/** Rounds half up to `digits` decimals and never shows "-0". */
function roundTo(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k || 0;
}

/** 5500 → "5,500" (de "5.500"); 12.34 → "12.3" (de "12,3"): at most `maximumFractionDigits`. */
export function formatNumber(x: number, maximumFractionDigits = 1): string {
  if (!Number.isFinite(x)) return String(x);
  return numberFormat(0, maximumFractionDigits).format(roundTo(x, maximumFractionDigits));
}

/** Exactly `digits` decimals: 3 → "3.0" (de "3,0"). */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  return numberFormat(digits, digits).format(roundTo(x, digits));
}

/** A UTC instant with the given Intl date/time fields, in the language in use. */
export function formatDate(ms: number, options: Intl.DateTimeFormatOptions): string {
  const id = `${currentLocale()}:${JSON.stringify(options)}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(currentLocale(), { timeZone: 'UTC', ...options });
    dateFormats.set(id, f);
  }
  return f.format(ms);
}

/**
 * The second language: German has every key of the English table with the same placeholders
 * and plural forms, no empty or untranslated strings, and numbers, dates and plurals follow the
 * chosen language, never the machine's locale or time zone (run this file with
 * LANG=de_DE.UTF-8 TZ=Pacific/Auckland as well: the English expectations must still hold).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enAll as en } from '../../helpers/english';
import { de } from '../../../src/i18n/de';
import { DERIVED_PARAMS } from '../../../src/i18n/findings';
import {
  availableLanguages,
  citationText,
  findingTitle,
  formatDate,
  formatFinding,
  formatFixed,
  formatNumber,
  handbookRule,
  loadLanguage,
  setLanguage,
  t,
  tn,
} from '../../../src/i18n';
import { HANDBOOK } from '../../../src/rules/handbook';
import { findCitations, formatRef } from '../../../src/rules/host/citations';

const TABLES = { en, de } as const;
const LOCALES = { en: 'en-GB', de: 'de-DE' } as const;

/** `{name}` placeholders of a text, a derived twin counted as its source param. */
function placeholders(text: string): string[] {
  const twinOf = new Map(Object.entries(DERIVED_PARAMS).map(([from, to]) => [to, from]));
  const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return [...new Set(names.map((n) => twinOf.get(n) ?? n))].sort();
}

// German is a chunk of its own: fetched once before any test switches to it.
beforeAll(async () => {
  expect(await loadLanguage('de')).toBe(true);
});

afterEach(() => {
  setLanguage('en');
});

describe('every language has every key', () => {
  it('German has exactly the keys of English', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(TABLES))('%s: no empty strings and balanced braces', (code) => {
    for (const [key, text] of Object.entries(TABLES[code as keyof typeof TABLES])) {
      expect(text.trim(), `${code} ${key}`).not.toBe('');
      expect((text.match(/\{/g) ?? []).length, `${code} ${key}`).toBe((text.match(/\}/g) ?? []).length);
    }
  });

  it('German uses the same placeholders as English, key by key', () => {
    const differ = Object.keys(en)
      .filter((key) => {
        const k = key as keyof typeof en;
        return placeholders(en[k]).join() !== placeholders(de[k]).join();
      })
      .map((key) => `${key}: ${en[key as keyof typeof en]} | ${de[key as keyof typeof en]}`);
    expect(differ).toEqual([]);
  });

  it.each(Object.keys(TABLES))('%s has every plural form its language uses, for every stem', (code) => {
    const table: Record<string, string> = TABLES[code as keyof typeof TABLES];
    const categories = new Intl.PluralRules(LOCALES[code as keyof typeof LOCALES]).resolvedOptions()
      .pluralCategories;
    const stems = new Set(
      Object.keys(en)
        .filter((k) => /\.(zero|one|two|few|many|other)$/.test(k))
        .map((k) => k.replace(/\.\w+$/, '')),
    );
    expect(stems.size).toBeGreaterThan(5);
    for (const stem of stems)
      for (const c of categories)
        expect(Object.hasOwn(table, `${stem}.${c}`), `${code} ${stem}.${c}`).toBe(true);
  });

  it('German text that reads as in English is a name, a symbol, a unit or a loanword', () => {
    const SAME = new Set(
      'Open Skies Esc Tab Briefing Start Route Radar SAR Opt Vid Plan Pause Code Name Mission Protest OSCC IR OK'.split(
        ' ',
      ),
    );
    const untranslated = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      if (en[k] !== de[k] || /\.(src|date)$/.test(key)) return false;
      const words = en[k].replace(/\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? [];
      return words.some((w) => !SAME.has(w) && w !== 'km' && w !== 'h');
    });
    expect(untranslated).toEqual([]);
  });

  it('the Handbook names the same articles in every language (a protest may cite what it reads)', () => {
    for (const e of HANDBOOK) {
      const refs = (text: string) => [...new Set(findCitations(text).map((c) => formatRef(c.ref)))].sort();
      const key = `handbook.${e.id}.rule` as keyof typeof en;
      expect(refs(de[key]), e.id).toEqual(refs(en[key]));
      // …and the rules know each of them (entry citation + cites), so the protest accepts it.
      const known = new Set([...refs(e.citation), ...refs(e.cites)]);
      for (const r of refs(en[key])) expect(known, `${e.id} names ${r}`).toContain(r);
    }
  });
});

describe('the chosen language words, numbers and dates', () => {
  it('lists English first and German by its own name', () => {
    expect(availableLanguages()).toEqual([
      { code: 'en', name: 'English' },
      { code: 'de', name: 'Deutsch' },
    ]);
    expect(setLanguage('de')).toBe('de');
    expect(setLanguage('fr')).toBe('en');
  });

  it.each<[string, string, string]>([
    ['en', '1,234.5', '3.0'],
    ['de', '1.234,5', '3,0'],
  ])('%s: numbers as the language writes them', (code, grouped, fixed) => {
    setLanguage(code);
    expect(formatNumber(1234.46)).toBe(grouped);
    expect(formatFixed(3, 1)).toBe(fixed);
    expect(formatNumber(-0.01)).toBe('0');
  });

  it.each<[string, string, string]>([
    ['en', '12 December 2002', '23:05'],
    ['de', '12. Dezember 2002', '23:05'],
  ])('%s: dates in UTC whatever the machine’s time zone', (code, date, time) => {
    setLanguage(code);
    const ms = Date.UTC(2002, 11, 12, 23, 5);
    expect(formatDate(ms, { day: 'numeric', month: 'long', year: 'numeric' })).toBe(date);
    expect(formatDate(ms, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe(time);
  });

  it('plurals and parameters in German', () => {
    setLanguage('de');
    expect(tn('announce.problems', 1, { list: 'a' })).toBe('1 Problem: a.');
    expect(tn('announce.problems', 2, { list: 'a' })).toBe('2 Probleme: a.');
    expect(t('announce.lawful', { distance: 1834, max: 2100 })).toBe(
      'Plan vertragsgemäß: 1.834 von 2.100 km.',
    );
  });

  it('findings in German: title, text with derived words, citation words', () => {
    setLanguage('de');
    const f = formatFinding({
      code: 'sensor/below-minimum-altitude',
      basis: 'Art. IV §2, VI §II.4(D)',
      params: { sensor: 'optical', altitudeM: 600, minAltitudeM: 900 },
    });
    expect(f.title).toBe('Sensor zu tief');
    expect(f.text).toMatch(/^Der Sensor „Optische Kamera“ ist in 600 m eingeschaltet/);
    expect(
      formatFinding({
        code: 'sensor/not-yet-permitted',
        basis: '',
        params: { allowedFrom: '1 January 2006' },
      }).text,
    ).toMatch(/ab dem 1\. Januar 2006/);
    expect(
      formatFinding({
        code: 'route/outside-territory',
        basis: '',
        params: {
          variant: 'sensor-leg',
          host: 'Russia',
          over: 'Belarus, United States',
          sensors: 'optical,sar',
        },
      }).text,
    ).toMatch(
      /^Dieser Abschnitt überquert Belarus, Vereinigte Staaten mit eingeschalteten Sensoren \(Optische Kamera, Radar \(SAR\)\)\. Du darfst nur Russland beobachten/,
    );
    expect(citationText('host practice (Sputnik 2017)')).toBe('Praxis des Gastgebers (Sputnik 2017)');
    expect(findingTitle('route/from-the-future')).toMatch(/neueren Version/);
    expect(handbookRule('art-6-2-4a')).toMatch(/Kubinka 5\.000 km/);
  });

  it('English findings read as the plan checker prints them (PLAN-FILE.md)', () => {
    const f = formatFinding({
      code: 'sensor/below-minimum-altitude',
      basis: 'Art. IV §2, VI §II.4(D)',
      params: { sensor: 'optical', altitudeM: 600, minAltitudeM: 900 },
    });
    expect(f.text).toMatch(/^The optical sensor is on at 600 m, below its lowest tested height of 900 m\./);
    expect(f.citation).toBe('Art. IV §2, VI §II.4(D)');
  });
});

describe('a language is loaded before it is used', () => {
  it('an unknown code loads nothing and the game stays in English', async () => {
    expect(await loadLanguage('fr')).toBe(false);
    expect(setLanguage('fr')).toBe('en');
  });
});

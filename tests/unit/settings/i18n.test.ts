import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enLate } from '../../../src/i18n/en-late';
import { enAll as en } from '../../helpers/english';
import { PHASES } from '../../../src/state/schema';
import { addEnglish, availableLanguages, formatNumber, hasKey, setLanguage, t, tn } from '../../../src/i18n';

// The whole English table: the Teacher guide's words join it when its screen loads (guide.ts).
addEnglish(enLate);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** Keys used in the code: t('…'), tn('…') (plural stem) and `captionKey: '…'` in the audio cues. */
function usedKeys(): { file: string; key: string; plural: boolean }[] {
  const found: { file: string; key: string; plural: boolean }[] = [];
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(tn?)\(\s*'([^']+)'/g)) {
      found.push({ file, key: m[2] ?? '', plural: m[1] === 'tn' });
    }
    for (const m of text.matchAll(/\bcaptionKey:\s*'([^']+)'/g))
      found.push({ file, key: m[1] ?? '', plural: false });
  }
  return found;
}

describe('i18n table', () => {
  const used = usedKeys();

  it('finds the keys the UI uses (the scan itself works)', () => {
    expect(used.some((u) => u.key === 'settings.title')).toBe(true);
    expect(used.some((u) => u.plural)).toBe(true);
  });

  it('has every key used in the sources', () => {
    const missing = used
      .filter((u) => (u.plural ? !hasKey(`${u.key}.other`) : !hasKey(u.key)))
      .map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('has a phase announcement for every mission phase (looked up by template)', () => {
    for (const phase of PHASES) expect(hasKey(`announce.phase.${phase}`), phase).toBe(true);
  });

  it('has no empty strings and balanced placeholders', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect((text.match(/\{/g) ?? []).length, key).toBe((text.match(/\}/g) ?? []).length);
    }
  });

  it('has .one and .other for every plural stem', () => {
    const stems = new Set(
      Object.keys(en)
        .filter((k) => /\.(one|other)$/.test(k))
        .map((k) => k.replace(/\.(one|other)$/, '')),
    );
    for (const stem of stems) {
      expect(hasKey(`${stem}.one`), stem).toBe(true);
      expect(hasKey(`${stem}.other`), stem).toBe(true);
    }
  });
});

describe('t and tn', () => {
  it.each<[string, Record<string, string | number> | undefined, string]>([
    ['settings.title', undefined, 'Settings'],
    ['announce.lawful', { distance: 1834, max: 2100 }, 'Plan lawful: 1,834 of 2,100 km.'],
    ['caption.shutter', { target: 'Baltiysk' }, 'Shutter — Baltiysk captured'],
    ['announce.capture', { target: 'X', resolution: 0.3 }, 'Captured X at 0.3 m.'],
    ['caption.shutter', {}, 'Shutter — {target} captured'],
  ])('t(%s)', (key, params, expected) => {
    expect(t(key as keyof typeof en, params)).toBe(expected);
  });

  it.each<[number, string]>([
    [1, '1 problem: a.'],
    [2, '2 problems: a.'],
    [0, '0 problems: a.'],
  ])('tn plural %d', (count, expected) => {
    expect(tn('announce.problems', count, { list: 'a' })).toBe(expected);
  });

  it('returns the key for an unknown plural stem', () => {
    expect(tn('nothing.here', 2)).toBe('nothing.here');
  });

  it('lists English and falls back to it for unknown languages', () => {
    expect(availableLanguages()[0]).toEqual({ code: 'en', name: 'English' });
    expect(setLanguage('xx')).toBe('en');
    expect(formatNumber(12345.67)).toBe('12,345.7');
  });
});

describe('what the state layer announces', () => {
  it('names only keys of the table (src/state speaks keys, the UI translates)', () => {
    const keys = new Set<string>();
    for (const file of sources('src/state')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(say\.[a-z0-9.-]+)'/g)) keys.add(m[1]!);
    }
    // Built at run time from the host's answer: `say.submitted.${kind}`, `say.protest.${kind}`.
    for (const kind of ['accept', 'propose', 'demand', 'refuse']) {
      keys.add(`say.submitted.${kind}`);
      keys.add(`say.protest.${kind}`);
    }
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((k) => !hasKey(k))).toEqual([]);
  });
});

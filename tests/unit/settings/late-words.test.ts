/**
 * The English words of the Teacher guide and the trust story are not in the first screen's
 * table (en.ts): they come with their screens' chunks (en-late.ts), which add them on load.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { enLate } from '../../../src/i18n/en-late';
import { addEnglish, hasKey, setLanguage, t } from '../../../src/i18n';

describe('words that come with their screen', () => {
  it('keeps the guide and the trust story out of the built-in table, but not the links to them', () => {
    const builtIn = Object.keys(en);
    expect(builtIn.filter((k) => k.startsWith('guide.'))).toEqual([]);
    expect(builtIn.filter((k) => k.startsWith('end.')).sort()).toEqual([
      'end.fromDebrief',
      'end.open',
      'end.openHint',
    ]);
    for (const key of Object.keys(enLate)) expect(Object.hasOwn(en, key), key).toBe(false);
  });

  it('adds them to the English table when a screen brings them', () => {
    setLanguage('en');
    addEnglish(enLate);
    expect(hasKey('guide.title')).toBe(true);
    expect(t('guide.title')).toBe(enLate['guide.title']);
    expect(t('end.title')).toBe('The trust story, 2002–2020');
  });
});

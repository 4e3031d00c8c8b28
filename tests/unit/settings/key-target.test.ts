/**
 * One answer to "whose is this key press" (state/key-target.ts), asked by the page shortcuts,
 * the planning keys, presenter mode and the map's keys. Elements are stand-ins with a tag, a
 * type and a selector match, as the DOM gives them.
 */
import { describe, expect, it } from 'vitest';
import { isTextEntry, isTyping, usesKeysItself } from '../../../src/state/key-target';

function el(
  tagName: string,
  extra: { type?: string; role?: string; href?: boolean; editable?: boolean } = {},
) {
  const tag = tagName.toLowerCase();
  const matches = (selector: string): boolean =>
    selector.split(',').some((part) => {
      const sel = part.trim();
      if (sel === tag) return true;
      if (sel === 'a[href]') return tag === 'a' && !!extra.href;
      const role = /^\[role="(.+)"\]$/.exec(sel);
      return role !== null && role[1] === extra.role;
    });
  return {
    tagName,
    type: extra.type ?? '',
    isContentEditable: !!extra.editable,
    matches,
  } as unknown as EventTarget;
}

describe('key target', () => {
  it.each([
    ['a text field', el('INPUT', { type: 'text' }), true, true, true],
    ['a search field', el('INPUT', { type: 'search' }), true, true, true],
    ['a text area', el('TEXTAREA'), true, true, true],
    ['editable content', el('DIV', { editable: true }), true, true, true],
    ['a drop-down list', el('SELECT'), false, true, true],
    ['a slider', el('INPUT', { type: 'range' }), false, false, true],
    ['a checkbox', el('INPUT', { type: 'checkbox' }), false, false, true],
    ['a button', el('BUTTON'), false, false, true],
    ['a radio-like speed button', el('DIV', { role: 'radio' }), false, false, true],
    ['a link', el('A', { href: true }), false, false, true],
    ['the map canvas', el('CANVAS'), false, false, false],
    ['the page', el('BODY'), false, false, false],
  ])('%s: text %s, typing %s, keeps its keys %s', (_name, target, text, typing, own) => {
    expect(isTextEntry(target)).toBe(text);
    expect(isTyping(target)).toBe(typing);
    expect(usesKeysItself(target)).toBe(own);
  });

  it('no target (or not an element) is nobody’s', () => {
    expect(isTyping(null)).toBe(false);
    expect(usesKeysItself({} as EventTarget)).toBe(false);
  });
});

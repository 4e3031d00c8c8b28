/**
 * Whose is a key press: the page's shortcuts (ui/a11y/keyboard.ts, ui/mission/shortcuts.ts),
 * presenter mode and the map's own keys (game/views/MapInput.ts) all ask the same questions
 * about the focused element, and get one answer here. It lives in state because that is the
 * layer below both game and ui; it reads only the event's target (by tag and type, so it also
 * runs where the DOM classes do not exist), never the document or the store.
 */

/** Input types that take no text: letter keys on them are free for shortcuts. */
const TEXTLESS_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

/** Controls that use arrow keys or Space themselves (sliders, radios, selects, buttons, links, tabs). */
const OWN_KEYS = 'input, select, button, summary, a[href], [role="slider"], [role="radio"], [role="tab"]';

function elementOf(target: EventTarget | null): HTMLElement | null {
  const el = target as HTMLElement | null;
  return el && typeof el.tagName === 'string' ? el : null;
}

/** Focus is where typing means text (a text field, a text area, editable content). */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = elementOf(target);
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !TEXTLESS_INPUTS.has((el as HTMLInputElement).type);
}

/**
 * The user is typing in a field, or choosing in a drop-down list (type-ahead): letter, arrow
 * and Delete shortcuts must not fire there (the page's Escape still closes a panel).
 */
export function isTyping(target: EventTarget | null): boolean {
  return isTextEntry(target) || elementOf(target)?.tagName.toUpperCase() === 'SELECT';
}

/** The focused control uses arrow keys or Space itself: the page does not take them from it. */
export function usesKeysItself(target: EventTarget | null): boolean {
  const el = elementOf(target);
  if (!el) return false;
  return isTextEntry(el) || (typeof el.matches === 'function' && el.matches(OWN_KEYS));
}

/**
 * Every keyboard shortcut of the game, as data: the sheet (`?`) lists these, and the tests check
 * the sheet against them. Keys are written as key names (KeyboardEvent.key), joined by '+' for
 * combinations; `alternatives` are other keys doing the same thing.
 */
import type { MessageKey } from '../../i18n';

export type ShortcutGroup = 'general' | 'map' | 'flight';

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  /** Each entry is one way to press it: ['Control+z', 'Meta+z']. */
  keys: string[];
  label: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', group: 'general', keys: ['?'], label: 'shortcuts.help' },
  { id: 'settings', group: 'general', keys: ['s'], label: 'shortcuts.settings' },
  { id: 'handbook', group: 'general', keys: ['h'], label: 'shortcuts.handbook' },
  { id: 'escape', group: 'general', keys: ['Escape'], label: 'shortcuts.escape' },
  { id: 'tab', group: 'general', keys: ['Tab', 'Shift+Tab'], label: 'shortcuts.tab' },
  { id: 'pan', group: 'map', keys: ['Arrows'], label: 'shortcuts.pan' },
  { id: 'zoom', group: 'map', keys: ['+', '-'], label: 'shortcuts.zoom' },
  { id: 'delete', group: 'map', keys: ['Delete', 'Backspace'], label: 'shortcuts.delete' },
  { id: 'undo', group: 'map', keys: ['Control+z'], label: 'shortcuts.undo' },
  { id: 'redo', group: 'map', keys: ['Control+Shift+z', 'Control+y'], label: 'shortcuts.redo' },
  { id: 'pause', group: 'flight', keys: ['Space'], label: 'shortcuts.pause' },
  { id: 'speed', group: 'flight', keys: ['1', '2', '3', '4', '5'], label: 'shortcuts.speed' },
];

const KEY_NAMES: Record<string, MessageKey> = {
  Arrows: 'shortcuts.key.arrows',
  Space: 'shortcuts.key.space',
  Escape: 'shortcuts.key.escape',
  Delete: 'shortcuts.key.delete',
  Backspace: 'shortcuts.key.backspace',
  Enter: 'shortcuts.key.enter',
  Tab: 'shortcuts.key.tab',
  Control: 'shortcuts.key.ctrl',
  Shift: 'shortcuts.key.shift',
};

/** The words printed on a key cap: "Ctrl", "Shift", "Esc", "A". */
export function keyCap(part: string, translate: (k: MessageKey) => string): string {
  const named = KEY_NAMES[part];
  if (named) return translate(named);
  return part.length === 1 ? part.toUpperCase() : part;
}

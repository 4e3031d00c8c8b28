/** The shortcut sheet (`?`, `panel === 'shortcuts'`): every shortcut of SHORTCUTS, by group. */
import type { GameStore } from '../../state/store';
import { t, type MessageKey } from '../../i18n';
import { bindPanelDialog } from './dialog';
import { el } from './dom';
import { keyCap, SHORTCUTS, type ShortcutGroup } from './shortcuts';

const GROUPS: { id: ShortcutGroup; title: MessageKey }[] = [
  { id: 'general', title: 'shortcuts.group.general' },
  { id: 'map', title: 'shortcuts.group.map' },
  { id: 'flight', title: 'shortcuts.group.flight' },
];

function keysCell(keys: string[]): HTMLElement {
  const cell = el('td', { className: 'shortcut-keys' });
  keys.forEach((combo, i) => {
    if (i > 0) cell.append(el('span', { className: 'shortcut-or', text: ` ${t('shortcuts.key.or')} ` }));
    combo.split(/\+(?=.)/).forEach((part, j) => {
      if (j > 0) cell.append('+');
      cell.append(el('kbd', { text: keyCap(part, t) }));
    });
  });
  return cell;
}

function render(body: HTMLElement): void {
  body.append(el('p', { className: 'dialog-intro', text: t('shortcuts.intro') }));
  const grid = el('div', { className: 'shortcuts-grid' });
  for (const group of GROUPS) {
    const rows = SHORTCUTS.filter((s) => s.group === group.id).map((s) =>
      el('tr', { attrs: { 'data-shortcut': s.id } }, [keysCell(s.keys), el('td', { text: t(s.label) })]),
    );
    grid.append(
      el('table', { className: 'shortcuts-table' }, [
        el('caption', { text: t(group.title) }),
        el('tbody', {}, rows),
      ]),
    );
  }
  body.append(grid);
}

export function mountShortcutSheet(store: GameStore, host: HTMLElement): () => void {
  return bindPanelDialog(store, host, 'shortcuts', () => t('shortcuts.title'), render);
}

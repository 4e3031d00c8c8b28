/**
 * The always-visible corner buttons: settings (gear) and the shortcut sheet. They sit over
 * everything except the start screen's own button, so settings are one click away anywhere.
 */
import settingsSvg from 'lucide-static/icons/settings.svg?raw';
import keyboardSvg from 'lucide-static/icons/keyboard.svg?raw';
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { togglePanel } from '../../state/actions/panels';
import { t } from '../../i18n';
import { el, icon } from './dom';

export function mountCornerButtons(store: GameStore, host: HTMLElement): () => void {
  const shortcuts = el('button', {
    className: 'corner-button',
    attrs: { type: 'button', id: 'shortcuts-button', 'aria-keyshortcuts': 'Shift+?' },
    on: { click: () => togglePanel('shortcuts') },
  });
  const gear = el('button', {
    className: 'corner-button',
    attrs: { type: 'button', id: 'settings-button', 'aria-keyshortcuts': 'S' },
    on: { click: () => togglePanel('settings') },
  });
  shortcuts.append(icon(keyboardSvg));
  gear.append(icon(settingsSvg));
  const nav = el('nav', { className: 'corner-buttons' }, [shortcuts, gear]);
  const label = (): void => {
    shortcuts.setAttribute('aria-label', t('a11y.shortcutsButton'));
    shortcuts.title = `${t('a11y.shortcutsButton')} (?)`;
    gear.setAttribute('aria-label', t('a11y.gear'));
    gear.title = `${t('a11y.gear')} (S)`;
    nav.setAttribute('aria-label', `${t('a11y.gear')}, ${t('a11y.shortcutsButton')}`);
  };
  const sync = (): void => {
    const s = store.getState();
    gear.setAttribute('aria-expanded', String(s.panel === 'settings'));
    shortcuts.setAttribute('aria-expanded', String(s.panel === 'shortcuts'));
  };
  label();
  sync();
  host.append(nav);
  const offs = [watch(store, [(s) => s.settings.language], label), watch(store, [(s) => s.panel], sync)];
  const unsubscribe = (): void => offs.forEach((off) => off());
  return () => {
    unsubscribe();
    nav.remove();
  };
}

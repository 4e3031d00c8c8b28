/**
 * A modal panel bound to `state.panel`: a native <dialog> (focus kept inside, the rest inert)
 * that opens when the store names it and closes through the store, so Escape, the Close
 * button, the backdrop and the shortcut keys all go the same way.
 */
import type { GameStore, Panel } from '../../state/store';
import { watch } from '../../state/subscribe';
import { closePanel } from '../../state/actions/panels';
import { t } from '../../i18n';
import { el } from './dom';

export function bindPanelDialog(
  store: GameStore,
  host: HTMLElement,
  panel: Exclude<Panel, null>,
  title: () => string,
  render: (body: HTMLElement) => void,
): () => void {
  const titleId = `${panel}-title`;
  const heading = el('h2', { className: 'dialog-title', attrs: { id: titleId } });
  const close = el('button', {
    className: 'dialog-close',
    attrs: { type: 'button' },
    on: { click: () => closePanel() },
  });
  const body = el('div', { className: 'dialog-body' });
  const dialog = el(
    'dialog',
    { className: `panel-dialog ${panel}-dialog`, attrs: { 'aria-labelledby': titleId } },
    [el('header', { className: 'dialog-header' }, [heading, close]), body],
  );
  // Escape fires 'cancel': let the store decide (it closes the panel, and the dialog follows).
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    closePanel();
  });
  // A click on the backdrop (outside the dialog box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) closePanel();
  });
  host.append(dialog);

  let opener: Element | null = null;
  const sync = (): void => {
    const s = store.getState();
    const open = s.panel === panel;
    if (open && !dialog.open) {
      opener = document.activeElement;
      heading.textContent = title();
      close.textContent = t('common.close');
      body.replaceChildren();
      render(body);
      dialog.showModal();
      (body.querySelector<HTMLElement>('[autofocus]') ?? close).focus();
    } else if (!open && dialog.open) {
      dialog.close();
      // Back to where the player was (the gear button, the menu entry, the map).
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      opener = null;
    } else if (open && s.settings.language !== lastLanguage) {
      // A new language: rebuild the texts and give the focus back to the same control.
      const focusedId = document.activeElement?.id;
      heading.textContent = title();
      close.textContent = t('common.close');
      body.replaceChildren();
      render(body);
      if (focusedId) document.getElementById(focusedId)?.focus();
    }
    lastLanguage = s.settings.language;
  };
  let lastLanguage = store.getState().settings.language;
  sync();
  const unsubscribe = watch(store, [(s) => s.panel, (s) => s.settings.language], sync);
  return () => {
    unsubscribe();
    dialog.remove();
  };
}

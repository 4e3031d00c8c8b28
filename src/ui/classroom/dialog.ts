/**
 * A modal for codes: a native <dialog> in #modal-root (focus kept inside, Escape closes), removed
 * when it closes, focus back to the button that opened it.
 */
import { t } from '../../i18n';
import { button, h as el } from '../dom';

export function openDialog(
  id: string,
  title: string,
  fill: (body: HTMLElement, close: () => void) => void,
): HTMLDialogElement {
  document.getElementById(id)?.remove();
  const opener = document.activeElement;
  const body = el('div', { class: 'cl-dialog-body' });
  const dialog = el('dialog', { id, class: 'panel-dialog cl-dialog', 'aria-labelledby': `${id}-title` });
  const close = (): void => {
    if (dialog.open) dialog.close();
  };
  dialog.append(
    el('header', { class: 'dialog-header' }, [
      el('h2', { id: `${id}-title`, class: 'dialog-title' }, [title]),
      button(t('cl.close'), close, { class: 'dialog-close' }),
    ]),
    body,
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) close();
  });
  // Keys typed in the dialog are not the game's shortcuts (map, phases, presenter).
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') e.stopPropagation();
  });
  fill(body, close);
  (document.getElementById('modal-root') ?? document.body).append(dialog);
  dialog.showModal();
  (
    body.querySelector<HTMLElement>('[data-autofocus]') ??
    body.querySelector<HTMLElement>('button, input, textarea')
  )?.focus();
  return dialog;
}

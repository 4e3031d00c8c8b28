/** A code as students and teachers pass it on: the text (read-only, selectable), Copy and a QR code. */
import { t } from '../../i18n';
import { button, h as el } from '../dom';
import { qrFigure } from './qr';

async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an iframe, http): select the text so Ctrl+C works.
    field.focus();
    field.select();
    return false;
  }
}

export function codeBox(code: string, id: string): HTMLElement {
  const field = el('textarea', { id, class: 'cl-code', readonly: '', rows: '4', spellcheck: 'false' });
  field.value = code;
  const status = el('p', { class: 'cl-status', role: 'status' });
  const copy = button(
    t('cl.copy'),
    () => {
      void copyText(code, field).then((ok) => {
        status.textContent = ok ? t('cl.copied') : t('cl.copyFailed');
      });
    },
    { class: 'primary', id: `${id}-copy` },
  );
  return el('div', { class: 'cl-codebox' }, [
    el('label', { for: id }, [
      t('cl.code.label'),
      ' ',
      el('span', { class: 'cl-note' }, [t('cl.code.chars', { n: code.length })]),
    ]),
    field,
    el('div', { class: 'cl-row' }, [copy, status]),
    qrFigure(code),
  ]);
}

/**
 * A QR code of a share or result code, drawn by the qrcode library onto a canvas (no HTML).
 * The library (~20 kB gzip) loads when the first code is shown, not with the title screen.
 */
import { t } from '../../i18n';
import { h as el } from '../dom';

export function qrFigure(text: string): HTMLElement {
  const canvas = el('canvas', { class: 'cl-qr', role: 'img', 'aria-label': t('cl.qr.label') });
  const fig = el('figure', { class: 'cl-qr-figure' }, [canvas]);
  // Error correction L: the most data per module, still readable from a projector.
  import('qrcode')
    .then(({ toCanvas }) => toCanvas(canvas, text, { errorCorrectionLevel: 'L', margin: 2, width: 360 }))
    .catch(() => {
      fig.replaceChildren(el('p', { class: 'cl-note' }, [t('cl.qr.failed')]));
    });
  return fig;
}

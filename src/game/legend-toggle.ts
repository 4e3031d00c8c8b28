/**
 * The map legend's fold button: a real DOM button over the canvas (keyboard and screen-reader
 * reachable, which a canvas shape is not), placed by the Hud at the legend's top-left corner.
 * Its state lives in the settings (mapLegend), so the choice is remembered.
 */
import { setMapLegend } from '../state/actions/settings';
import { t } from '../i18n';

export interface LegendToggle {
  /** Shows the button with its top-left corner at (x, y) CSS px of the page. */
  place(x: number, y: number, open: boolean): void;
  hide(): void;
  /** Height of the button in CSS px (0 before it is first laid out). */
  height(): number;
  destroy(): void;
}

export function createLegendToggle(): LegendToggle {
  const el = document.createElement('button');
  el.type = 'button';
  el.id = 'map-legend-toggle';
  el.className = 'secondary';
  el.hidden = true;
  for (const [k, v] of Object.entries({
    position: 'absolute',
    padding: '2px 8px',
    'min-height': '0',
    'font-size': 'var(--fs-12)',
    'line-height': '20px',
  }))
    el.style.setProperty(k, v);
  let open = true;
  el.addEventListener('click', () => setMapLegend(!open));
  // Over the map and its panels, under dialogs (the modal root comes after it).
  const root = document.getElementById('ui-root') ?? document.body;
  root.insertBefore(el, document.getElementById('modal-root'));
  return {
    place(x, y, isOpen) {
      open = isOpen;
      el.textContent = `${t('map.legend.button')} ${isOpen ? '▾' : '▸'}`;
      el.setAttribute('aria-label', t('map.legend.label'));
      el.setAttribute('aria-expanded', String(isOpen));
      el.style.setProperty('left', `${Math.round(x)}px`);
      el.style.setProperty('top', `${Math.round(y)}px`);
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
    height() {
      return el.hidden ? 24 : el.getBoundingClientRect().height || 24;
    },
    destroy() {
      el.remove();
    },
  };
}

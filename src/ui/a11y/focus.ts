/**
 * Focus for keyboard and iframe players: a skip link, the focus taken on load and on any click
 * on the map (an itch.io iframe only receives keys once it has the focus), and the map element
 * made focusable so its keys can be reached with Tab.
 */
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { t } from '../../i18n';
import { el } from './dom';

function focusTarget(store: GameStore, doc: Document): HTMLElement | null {
  const s = store.getState();
  if (s.screen === 'mission') return doc.getElementById('game');
  return doc.getElementById('screen');
}

export function mountFocus(store: GameStore, doc: Document = document): () => void {
  const game = doc.getElementById('game');
  if (game && !game.hasAttribute('tabindex')) game.tabIndex = 0;
  const screen = doc.getElementById('screen');
  if (screen && !screen.hasAttribute('tabindex')) screen.tabIndex = -1;

  const skip = el('a', { className: 'skip-link', attrs: { href: '#screen' } });
  const label = (): void => {
    const inMission = store.getState().screen === 'mission';
    skip.textContent = inMission ? t('a11y.skipToMap') : t('a11y.skipToContent');
    skip.setAttribute('href', inMission ? '#game' : '#screen');
  };
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    const target = focusTarget(store, doc);
    const first =
      target?.id === 'screen' ? target.querySelector<HTMLElement>('button, a[href], input, select') : null;
    (first ?? target)?.focus();
  });
  label();
  doc.body.prepend(skip);

  // A click or tap on the map gives the map the keyboard (and the iframe the focus).
  // The pointer lands on the canvas under #game (which lets it through): see base.css.
  const canvasHost = doc.getElementById('map-canvas');
  const onPointerDown = (e: PointerEvent): void => {
    if (!game || !(e.target instanceof Element) || !canvasHost?.contains(e.target)) return;
    if (doc.activeElement !== game) game.focus({ preventScroll: true });
  };
  doc.addEventListener('pointerdown', onPointerDown, true);

  // On load: take the window's focus, then the first control of the screen once it is drawn.
  const win = doc.defaultView;
  win?.focus();
  let tries = 0;
  const takeInitialFocus = (): void => {
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    const first = screen?.querySelector<HTMLElement>('[autofocus], button, a[href]');
    if (first) first.focus({ preventScroll: true });
    else if (tries++ < 60) win?.requestAnimationFrame(takeInitialFocus);
  };
  win?.requestAnimationFrame(takeInitialFocus);

  const unsubscribe = watch(store, [(s) => s.screen, (s) => s.settings.language], label);
  return () => {
    unsubscribe();
    doc.removeEventListener('pointerdown', onPointerDown, true);
    skip.remove();
  };
}

/**
 * The title screen: one big Start. The first press is the gesture that lets the browser start
 * audio; the map loads underneath meanwhile (its progress bar is drawn by the Preloader).
 */
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { showScreen } from '../../state/actions/world';
import { t } from '../../i18n';
import { button, h } from '../dom';
import { mountSaveMessages } from './save-notice';

export function mountStart(store: GameStore, root: HTMLElement): () => void {
  const status = h('p', { class: 'scr-status', role: 'status' });
  const start = button(t('start.button'), () => showScreen(store, 'menu'), {
    class: 'primary big',
    id: 'start-button',
  });
  const [messages, offMessages] = mountSaveMessages(store, { notice: true });
  const wrap = h('section', { class: 'scr scr-start', 'aria-labelledby': 'start-title' }, [
    h('h1', { id: 'start-title', class: 'scr-title' }, [t('common.appName')]),
    h('p', { class: 'scr-lede' }, [t('start.lede')]),
    start,
    status,
    messages,
  ]);
  root.append(wrap);
  const update = (): void => {
    status.textContent = store.getState().world ? t('start.ready') : t('start.loading');
  };
  const off = watch(store, [(s) => s.world], update, { now: true });
  start.focus();
  return () => {
    off();
    offMessages();
    wrap.remove();
  };
}

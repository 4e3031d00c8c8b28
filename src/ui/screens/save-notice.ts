/**
 * What the player is told about the save, on the title and campaign screens: a save found broken
 * at start-up (one sentence, "Download the broken save", "Start fresh"), and a dismissible banner
 * while the browser refuses to save. Text only through textContent.
 */
import type { GameState, GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { dismissSaveBanner, dismissSaveNotice } from '../../state/actions/save';
import { t } from '../../i18n';
import { button, h as el } from '../dom';
import { downloadText } from '../download';
import './save.css';

function download(text: string): void {
  downloadText('open-skies-broken-save.json', text, 'application/json');
}

function noticeBox(store: GameStore, s: GameState): HTMLElement | null {
  const n = s.saveNotice;
  if (!n) return null;
  return el('div', { class: 'save-notice', role: 'alert', id: 'save-notice' }, [
    el('p', {}, [t(`save.problem.${n.problem}`)]),
    el('div', { class: 'save-actions' }, [
      button(t('save.download'), () => download(n.original), { class: 'secondary', id: 'save-download' }),
      button(
        n.problem === 'unreadable' ? t('save.startFresh') : t('save.keep'),
        () => dismissSaveNotice(store),
        { class: 'primary', id: 'save-fresh' },
      ),
    ]),
  ]);
}

function bannerBox(store: GameStore, s: GameState): HTMLElement | null {
  if (s.saveAvailable || s.saveBannerDismissed) return null;
  return el('div', { class: 'save-banner', role: 'status', id: 'save-banner' }, [
    el('p', {}, [t('save.noStorage')]),
    button(t('save.dismiss'), () => dismissSaveBanner(store), {
      class: 'secondary',
      id: 'save-banner-dismiss',
    }),
  ]);
}

/** A container kept up to date with the store; returns it and its unmount. */
export function mountSaveMessages(store: GameStore, opts: { notice: boolean }): [HTMLElement, () => void] {
  const wrap = el('div', { class: 'save-messages' });
  const draw = (s: GameState): void => {
    const parts = [opts.notice ? noticeBox(store, s) : null, bannerBox(store, s)];
    wrap.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  };
  const off = watch(
    store,
    [(s) => s.saveNotice, (s) => s.saveAvailable, (s) => s.saveBannerDismissed],
    draw,
    {
      now: true,
    },
  );
  return [wrap, off];
}

/** The Teachers screen: the guide (printable as one document), Teacher results, presenter mode. */
import { togglePresenter } from '../../state/actions/classroom';
import { showScreen } from '../../state/actions/world';
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { t } from '../../i18n';
import { button, h as el } from '../dom';
import { guideDocument } from './guide';

export function mountTeachers(store: GameStore, root: HTMLElement): () => void {
  const presenter = button(t('cl.teachers.presenter'), () => togglePresenter(), {
    id: 'cl-teachers-presenter',
    'aria-pressed': String(store.getState().presenter),
  });
  const bar = el('div', { class: 'cl-row cl-teachers-bar no-print' }, [
    button(t('cl.teachers.results'), () => showScreen(store, 'teacher-results'), {
      class: 'primary',
      id: 'cl-teachers-results',
    }),
    button(t('cl.teachers.print'), () => window.print(), { id: 'cl-teachers-print' }),
    presenter,
    button(t('cl.teachers.back'), () => showScreen(store, 'menu'), {
      class: 'secondary',
      id: 'cl-teachers-back',
    }),
  ]);
  const guide = el('div', { class: 'cl-guide-box' });
  const wrap = el('section', { class: 'scr cl-screen cl-teachers', 'aria-labelledby': 'cl-teachers-title' }, [
    el('header', { class: 'cl-teachers-head no-print' }, [
      el('h1', { id: 'cl-teachers-title', tabindex: '-1' }, [t('cl.teachers.title')]),
      el('p', { class: 'cl-lede' }, [t('cl.teachers.lede')]),
      bar,
    ]),
    guide,
  ]);
  const draw = (): void => guide.replaceChildren(guideDocument(store.getState()));
  draw();
  root.append(wrap);
  wrap.querySelector<HTMLElement>('#cl-teachers-title')?.focus();
  const offs = [
    watch(store, [(s) => s.levels, (s) => s.settings.language], draw),
    watch(store, [(s) => s.presenter], (s) => presenter.setAttribute('aria-pressed', String(s.presenter))),
  ];
  return () => {
    offs.forEach((off) => off());
    wrap.remove();
  };
}

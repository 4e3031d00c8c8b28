/**
 * Presenter mode for a projector: <html data-presenter> switches the type to 1.5× the UI scale,
 * the high-contrast colours and collapses the route table (classroom.css); the map scene frames
 * the mission again when its panels change size (MapScene.watchPanels). Keys: P toggles, Page Down / N steps briefing → plan →
 * review → flight → debrief, Page Up goes back from the review to planning.
 */
import { presenterBack, presenterStep, togglePresenter } from '../../state/actions/classroom';
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { t } from '../../i18n';
import { isTyping } from '../../state/key-target';
import { button, h as el } from '../dom';

export function presenterKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): 'toggle' | 'next' | 'back' | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'p') return 'toggle';
  if (key === 'PageDown' || key === 'n') return 'next';
  if (key === 'PageUp') return 'back';
  return null;
}

export function mountPresenter(store: GameStore, root: HTMLElement = document.documentElement): () => void {
  const bar = el('div', { class: 'cl-presenter-bar', role: 'region', 'aria-label': t('cl.presenter.bar') }, [
    el('span', { class: 'cl-note' }, [t('cl.presenter.keys')]),
    button(t('cl.presenter.next'), () => presenterStep(), { id: 'cl-presenter-next' }),
    button(t('cl.presenter.exit'), () => togglePresenter(), { class: 'secondary' }),
  ]);
  bar.hidden = true;
  document.getElementById('ui-root')?.append(bar);
  const apply = (): void => {
    const s = store.getState();
    if (s.presenter) root.dataset.presenter = 'true';
    else delete root.dataset.presenter;
    bar.hidden = !(s.presenter && s.screen === 'mission');
  };
  apply();
  const off = watch(store, [(s) => s.presenter, (s) => s.screen], apply);
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.isComposing || isTyping(e.target)) return;
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    const s = store.getState();
    if (s.panel !== null || s.screen === 'start') return;
    const action = presenterKey(e);
    if (action === 'toggle') togglePresenter();
    else if (action === 'next' && s.presenter && s.screen === 'mission') presenterStep();
    else if (action === 'back' && s.presenter && s.screen === 'mission') presenterBack();
    else return;
    e.preventDefault();
  };
  // Capture phase: the page-scroll guard (a11y/keyboard.ts) cancels Page Down before bubbling ends.
  document.addEventListener('keydown', onKey, true);
  return () => {
    off();
    document.removeEventListener('keydown', onKey, true);
    bar.remove();
  };
}

/**
 * The world map file did not load: a message in #screen that names the file and the problem,
 * with Retry. It covers whatever screen is showing (the title screen cannot go on without the
 * map) and gives the screen back when it is removed. It follows the store's `loadProblem`
 * (set by the preloader); Retry is the retryLoad action.
 */
import type { LoadProblem } from '../../state/load-problem';
import type { GameStore } from '../../state/store';
import { subscribeSlice } from '../../state/subscribe';
import { retryLoad } from '../../state/actions/view';
import { t } from '../../i18n';
import { button, h } from '../dom';

function problemText(p: LoadProblem): string {
  if (p.kind === 'http') return t('load.http', { status: p.status ?? 0 });
  return t(p.kind === 'network' ? 'load.network' : 'load.invalid');
}

/** Shows the message; returns the function that removes it. */
function showLoadError(problem: LoadProblem, onRetry: () => void): () => void {
  const root = document.getElementById('screen');
  if (!root) return () => {};
  // Screens set their own display, which would win over the hidden attribute.
  const hidden = [...root.children]
    .filter((c): c is HTMLElement => c instanceof HTMLElement)
    .map((c) => ({ c, display: c.style.display }));
  for (const { c } of hidden) c.style.display = 'none';
  const wasHidden = root.hidden;
  root.hidden = false;
  const retry = button(t('load.retry'), () => onRetry(), { class: 'primary big', id: 'load-retry' });
  const file = h('code', { class: 'num' }, [problem.file]);
  const wrap = h('section', { class: 'scr scr-load-error', role: 'alert', 'aria-labelledby': 'load-title' }, [
    h('h1', { id: 'load-title', class: 'scr-title' }, [t('load.title')]),
    h('p', { class: 'scr-lede' }, [t('load.file'), ' ', file]),
    h('p', { class: 'scr-lede' }, [problemText(problem)]),
    h('p', {}, [t('load.hint')]),
    retry,
  ]);
  root.append(wrap);
  retry.focus();
  return () => {
    wrap.remove();
    for (const { c, display } of hidden) c.style.display = display;
    root.hidden = wasHidden;
  };
}

/** Shows the message while the store holds a load problem. Returns the unsubscribe function. */
export function mountLoadError(store: GameStore): () => void {
  let hide: (() => void) | null = null;
  const show = (problem: LoadProblem | null): void => {
    hide?.();
    hide = problem ? showLoadError(problem, () => retryLoad(store)) : null;
  };
  const stop = subscribeSlice(store, (s) => s.loadProblem, show);
  show(store.getState().loadProblem);
  return () => {
    stop();
    hide?.();
  };
}

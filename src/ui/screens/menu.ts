/**
 * The main menu (Campaign, Free flight, Settings, About, and Continue when a mission is in
 * progress) over the dimmed map, the free-flight bar, and the list of level files that could
 * not be loaded (file, JSON path, message) so a broken level is never a blank screen.
 */
import type { GameStore, LevelLoadError } from '../../state/store';
import { watch } from '../../state/subscribe';
import { showScreen } from '../../state/actions/world';
import { setMapFocus } from '../../state/actions/view';
import { openPanel } from '../../state/actions/panels';
import { resumeMission } from '../../state/actions/mission';
import { missionInProgress } from '../../state/selectors';
import { observableParties } from '../../world';
import { t } from '../../i18n';
import { button, h } from '../dom';
import { sandboxForm } from '../host';

function levelErrorsBox(errors: readonly LevelLoadError[]): HTMLElement | null {
  if (errors.length === 0) return null;
  return h('div', { class: 'scr-errors', role: 'alert' }, [
    h('h3', {}, [t('menu.levelErrors.title', { count: errors.length })]),
    h('p', {}, [t('menu.levelErrors.help')]),
    h(
      'ul',
      {},
      errors.map((e) =>
        h('li', {}, [
          h('code', {}, [e.file]),
          h(
            'ul',
            {},
            e.errors.slice(0, 8).map((x) => h('li', {}, [h('code', {}, [x.path]), ` ${x.message}`])),
          ),
          e.errors.length > 8
            ? h('p', {}, [t('menu.levelErrors.more', { count: e.errors.length - 8 })])
            : null,
        ]),
      ),
    ),
  ]);
}

export function mountMenu(store: GameStore, root: HTMLElement): () => void {
  const wrap = h('section', { class: 'scr scr-menu', 'aria-labelledby': 'menu-title' });
  root.append(wrap);
  const draw = (): void => {
    const s = store.getState();
    const items: HTMLElement[] = [];
    if (missionInProgress(s) && s.mission) {
      items.push(
        button(t('menu.continue'), () => resumeMission(), { class: 'primary big', id: 'menu-continue' }),
      );
    }
    items.push(
      button(t('menu.campaign'), () => showScreen(store, 'campaign'), {
        class: items.length ? 'big' : 'primary big',
        id: 'menu-campaign',
      }),
      button(t('menu.freeFlight'), () => showScreen(store, 'free-flight'), {
        class: 'big',
        id: 'menu-free-flight',
      }),
      button(t('menu.settings'), () => openPanel('settings'), { class: 'big', id: 'menu-settings' }),
      button(t('menu.teachers'), () => showScreen(store, 'teachers'), { class: 'big', id: 'menu-teachers' }),
      button(t('menu.about'), () => showScreen(store, 'about'), { class: 'big', id: 'menu-about' }),
    );
    const focused = document.activeElement?.id;
    wrap.replaceChildren(
      h('h1', { id: 'menu-title', class: 'scr-title' }, [t('common.appName')]),
      h('p', { class: 'scr-lede' }, [t('menu.lede')]),
      h('nav', { class: 'scr-buttons', 'aria-label': t('menu.nav') }, items),
      ...[levelErrorsBox(s.levelErrors)].filter((x): x is HTMLElement => x !== null),
    );
    const again = focused ? wrap.querySelector<HTMLElement>(`#${focused}`) : null;
    (again ?? (items[0] as HTMLElement)).focus();
  };
  const off = watch(store, [(s) => s.levelErrors, (s) => s.mission, (s) => s.levels], draw, { now: true });
  return () => {
    off();
    wrap.remove();
  };
}

/** Free flight: pick the observed party; the map shows its airfields and their reach. */
export function mountFreeFlight(store: GameStore, root: HTMLElement): () => void {
  const select = h('select', { id: 'ff-party' });
  for (const p of observableParties()) {
    const o = h('option', { value: p.iso3 }, [p.name]);
    if (p.iso3 === store.getState().mapFocus) o.selected = true;
    select.append(o);
  }
  select.addEventListener('change', () => {
    setMapFocus(store, select.value);
    const url = new URL(window.location.href);
    url.searchParams.set('observe', select.value);
    window.history.replaceState(null, '', url);
  });
  const wrap = h('section', { class: 'scr-bar', 'aria-labelledby': 'ff-title' }, [
    h('h2', { id: 'ff-title' }, [t('freeFlight.title')]),
    h('label', { for: 'ff-party' }, [t('freeFlight.observe')]),
    select,
    h('p', { class: 'scr-muted' }, [t('freeFlight.help')]),
    button(t('freeFlight.back'), () => showScreen(store, 'menu'), { class: 'secondary' }),
    sandboxForm(),
  ]);
  root.append(wrap);
  select.focus();
  return () => {
    wrap.remove();
    // ?observe= belongs to free flight only: a reload or Back during a mission must not bring
    // the free-flight panel back over it.
    const url = new URL(window.location.href);
    if (url.searchParams.has('observe')) {
      url.searchParams.delete('observe');
      window.history.replaceState(null, '', url);
    }
  };
}

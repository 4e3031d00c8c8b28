/**
 * The Treaty Handbook: a searchable list of articles in plain words with their citation,
 * opened as a dialog (drawer on small screens), deep-linked to one article from a finding,
 * and used to pick the article a protest cites.
 */
import { HANDBOOK, type HandbookEntry } from '../../rules';
import { citationText, findingTitle, handbookRule, handbookTitle } from '../../i18n';
import { actionStore, citeArticle, closePanel } from '../../state/actions/mission';
import type { GameState } from '../../state/store';
import { watch } from '../../state/subscribe';
import { button, h } from '../mission/dom';
import { tx } from '../mission/text';

/** Entries matching a search (title, citation, rule text or the titles of its findings). */
export function searchHandbook(query: string, entries: readonly HandbookEntry[] = HANDBOOK): HandbookEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = [
      citationText(e.citation),
      handbookTitle(e.id),
      handbookRule(e.id),
      ...e.codes.map(findingTitle),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function mountHandbook(root: HTMLElement): () => void {
  const store = actionStore();
  let dialog: HTMLElement | null = null;
  let opener: HTMLElement | null = null;

  const close = (): void => closePanel();

  const build = (s: GameState): HTMLElement => {
    const picking = s.handbookPick;
    const search = h('input', {
      type: 'search',
      id: 'hb-search',
      autocomplete: 'off',
      placeholder: tx('hb.searchPlaceholder'),
    });
    const list = h('ol', { class: 'hb-list', 'aria-label': tx('hb.articles') });
    const count = h('p', { class: 'hb-count', role: 'status' });
    const fill = (): void => {
      const found = searchHandbook(search.value);
      count.textContent = tx('hb.count', { n: found.length });
      list.replaceChildren(
        ...found.map((e) =>
          h('li', { id: `hb-${e.id}`, class: 'hb-entry', tabindex: -1, 'aria-labelledby': `hb-${e.id}-t` }, [
            h('h3', { id: `hb-${e.id}-t` }, [
              h('span', { class: 'hb-cite' }, [citationText(e.citation)]),
              ' ',
              handbookTitle(e.id),
            ]),
            h('p', {}, [handbookRule(e.id)]),
            e.codes.length
              ? h('p', { class: 'hb-codes ms-muted small' }, [
                  tx('hb.enforces'),
                  ' ',
                  e.codes.map(findingTitle).join(' · '),
                ])
              : null,
            picking
              ? button(tx('hb.cite', { article: citationText(e.citation) }), () => citeArticle(e.citation), {
                  class: 'primary',
                })
              : null,
          ]),
        ),
      );
    };
    search.addEventListener('input', fill);
    fill();
    const title = picking ? tx('hb.pickTitle', { title: findingTitle(picking) }) : tx('hb.title');
    const box = h(
      'div',
      { class: 'hb-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'hb-title' },
      [
        h('header', {}, [
          h('h2', { id: 'hb-title' }, [title]),
          button(tx('common.close'), close, { class: 'hb-close' }),
        ]),
        picking ? h('p', { class: 'hb-pick-hint' }, [tx('hb.pickHint')]) : null,
        h('label', { for: 'hb-search', class: 'visually-hidden' }, [tx('hb.search')]),
        search,
        count,
        list,
      ],
    );
    const backdrop = h('div', { class: 'hb-backdrop' }, [box]);
    backdrop.addEventListener('click', (ev) => {
      if (ev.target === backdrop) close();
    });
    box.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        close();
      } else if (ev.key === 'Tab') {
        // Keep focus inside the dialog.
        const items = [...box.querySelectorAll<HTMLElement>('button, input, a[href]')].filter(
          (x) => !x.hidden,
        );
        const first = items[0];
        const lastItem = items[items.length - 1];
        if (ev.shiftKey && document.activeElement === first) {
          ev.preventDefault();
          lastItem?.focus();
        } else if (!ev.shiftKey && document.activeElement === lastItem) {
          ev.preventDefault();
          first?.focus();
        }
      }
    });
    root.append(backdrop);
    const target = s.handbookArticle
      ? box.querySelector<HTMLElement>(`#hb-${CSS.escape(s.handbookArticle)}`)
      : null;
    if (target) {
      target.classList.add('hb-target');
      target.scrollIntoView({ block: 'start' });
      target.focus();
    } else {
      search.focus();
    }
    return backdrop;
  };

  let lastKey = '';
  const sync = (s: GameState): void => {
    const open = s.panel === 'handbook';
    const key = open ? `${s.handbookArticle ?? ''}|${s.handbookPick ?? ''}` : '';
    if (key === lastKey && open === (dialog !== null)) return;
    lastKey = key;
    if (dialog) {
      dialog.remove();
      dialog = null;
    }
    if (open) {
      if (!opener) opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog = build(s);
    } else if (opener) {
      if (opener.isConnected) opener.focus();
      opener = null;
    }
  };
  const off = watch(store, [(s) => s.panel, (s) => s.handbookArticle, (s) => s.handbookPick], sync, {
    now: true,
  });
  return () => {
    off();
    dialog?.remove();
  };
}

/**
 * Teacher results: many pasted result codes → the class table (sortable), "edited?" flags from
 * the replay, the unreadable lines with their reasons, CSV download and print. Nothing leaves
 * the browser.
 */
import { classCsv, classRow, type ClassRow } from '../../rules/share';
import { checkHandIns, type HandInLine } from '../../state/actions/classroom';
import { showScreen } from '../../state/actions/world';
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { t, type MessageKey } from '../../i18n';
import { button, h as el } from '../dom';
import { downloadText } from '../download';

type Column = 'name' | 'level' | 'lawful' | 'score' | 'stars' | 'trust' | 'findings' | 'checked';
const COLUMNS: Column[] = ['name', 'level', 'lawful', 'score', 'stars', 'trust', 'findings', 'checked'];

function sortValue(r: ClassRow, c: Column): string | number {
  switch (c) {
    case 'lawful':
      return r.lawful ? 1 : 0;
    case 'score':
    case 'stars':
    case 'trust':
      return r[c];
    case 'findings':
      return r.findings.length;
    case 'checked':
      return r.edited ? 1 : 0;
    default:
      return r[c].toLowerCase();
  }
}

function cell(r: ClassRow, c: Column): HTMLTableCellElement {
  switch (c) {
    case 'name':
      return el('th', { scope: 'row' }, [r.name]);
    case 'lawful':
      return el('td', { class: r.lawful ? 'cl-yes' : 'cl-no' }, [
        t(r.lawful ? 'cl.results.yes' : 'cl.results.no'),
      ]);
    case 'findings':
      return el('td', { class: 'cl-findings' }, [
        r.findings.length ? r.findings.join(', ') : t('cl.results.none'),
      ]);
    case 'checked':
      return r.edited
        ? el('td', { class: 'cl-edited', title: r.differences.join('; ') }, [
            el('strong', {}, [t('cl.results.edited')]),
            ' ',
            el('span', { class: 'cl-note' }, [r.differences.join('; ')]),
          ])
        : el('td', { class: 'cl-note' }, [t('cl.results.ok')]);
    case 'stars':
      return el('td', { class: 'num' }, [`${'★'.repeat(r.stars)}${'☆'.repeat(3 - r.stars)}`]);
    default:
      return el('td', { class: c === 'level' ? '' : 'num' }, [String(r[c])]);
  }
}

function download(csv: string): void {
  downloadText('open-skies-class-results.csv', csv, 'text/csv;charset=utf-8');
}

export function mountTeacherResults(store: GameStore, root: HTMLElement): () => void {
  const codes = el('textarea', { id: 'cl-results-codes', rows: '8', spellcheck: 'false', class: 'cl-code' });
  const summary = el('p', { role: 'status', id: 'cl-results-summary' });
  const tableBox = el('div', { class: 'cl-table-box' });
  const bad = el('div', { class: 'cl-unreadable' });
  let lines: HandInLine[] = [];
  let sort: { col: Column; dir: 1 | -1 } = { col: 'name', dir: 1 };

  const rows = (): ClassRow[] => lines.flatMap((l) => (l.checked ? [classRow(l.checked)] : []));

  const drawTable = (): void => {
    const list = rows();
    const problems = lines.filter((l) => l.problem !== null);
    summary.textContent = lines.length
      ? t('cl.results.summary', {
          read: list.length,
          bad: problems.length,
          edited: list.filter((r) => r.edited).length,
        })
      : t('cl.results.empty');
    const sorted = [...list].sort((a, b) => {
      const x = sortValue(a, sort.col);
      const y = sortValue(b, sort.col);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || a.name.localeCompare(b.name);
    });
    const head = el(
      'tr',
      {},
      COLUMNS.map((c) => {
        const label = t(`cl.results.col.${c}` as MessageKey);
        const active = sort.col === c;
        const th = el(
          'th',
          { scope: 'col', 'aria-sort': active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none' },
          [
            button(
              `${label}${active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}`,
              () => {
                sort = { col: c, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 };
                drawTable();
                tableBox.querySelector<HTMLElement>(`[data-col="${c}"]`)?.focus();
              },
              { class: 'cl-sort', 'data-col': c, 'aria-label': t('cl.results.sortBy', { column: label }) },
            ),
          ],
        );
        return th;
      }),
    );
    const body = el(
      'tbody',
      {},
      sorted.map((r) =>
        el(
          'tr',
          { class: r.edited ? 'cl-row-edited' : '' },
          COLUMNS.map((c) => cell(r, c)),
        ),
      ),
    );
    tableBox.replaceChildren(
      list.length
        ? el('table', { class: 'cl-table', id: 'cl-results-table' }, [
            el('caption', {}, [t('cl.results.table')]),
            el('thead', {}, [head]),
            body,
          ])
        : '',
    );
    bad.replaceChildren(
      ...(problems.length
        ? [
            el('h3', {}, [t('cl.results.unreadable')]),
            el(
              'ul',
              {},
              problems.map((p) =>
                el('li', {}, [t('cl.results.line', { line: p.line, reason: p.problem ?? '' })]),
              ),
            ),
          ]
        : []),
    );
  };

  const check = (): void => {
    lines = checkHandIns(codes.value);
    drawTable();
  };

  const wrap = el('section', { class: 'scr cl-screen cl-results', 'aria-labelledby': 'cl-results-title' }, [
    el('h2', { id: 'cl-results-title', tabindex: '-1' }, [t('cl.results.title')]),
    el('p', { class: 'cl-lede no-print' }, [t('cl.results.help')]),
    el('div', { class: 'cl-paste no-print' }, [
      el('label', { for: 'cl-results-codes' }, [t('cl.results.codes')]),
      codes,
      el('div', { class: 'cl-row' }, [
        button(t('cl.results.show'), check, { class: 'primary', id: 'cl-results-show' }),
        button(
          t('cl.results.clear'),
          () => {
            codes.value = '';
            lines = [];
            drawTable();
          },
          { class: 'secondary' },
        ),
      ]),
    ]),
    summary,
    tableBox,
    bad,
    el('div', { class: 'cl-row no-print' }, [
      button(t('cl.results.csv'), () => download(classCsv(rows())), { id: 'cl-results-csv' }),
      button(t('cl.results.print'), () => window.print(), { id: 'cl-results-print' }),
      button(t('cl.results.back'), () => showScreen(store, 'teachers'), { class: 'secondary' }),
    ]),
  ]);
  root.append(wrap);
  drawTable();
  wrap.querySelector<HTMLElement>('#cl-results-title')?.focus();
  // Codes pasted before the map data arrived are checked again once it is there.
  const off = watch(store, [(s) => s.world, (s) => s.levels], () => {
    if (lines.length) check();
  });
  return () => {
    off();
    wrap.remove();
  };
}

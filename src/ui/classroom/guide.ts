/**
 * The Teacher guide as one document (Teachers screen and its print): every word from the string
 * table (en-guide.ts), the missions' titles and discussion questions from the levels themselves.
 */
import { CAMPAIGN } from '../../state/selectors';
import type { GameState } from '../../state/store';
import { addEnglish, hasKey, t, type MessageKey } from '../../i18n';
import { enLate } from '../../i18n/en-late';
import { h as el } from '../dom';

// The guide's English words come with it (this module is in the Teachers screen's chunk).
addEnglish(enLate);

export const GUIDE_SECTIONS = [
  'objectives',
  'lesson',
  'unit',
  'answers',
  'worksheet',
  'glossary',
  'timeline',
  'values',
  'codes',
  'sources',
] as const;

const tk = (key: string, params?: Record<string, string | number>): string =>
  hasKey(key) ? t(key as MessageKey, params) : key;

/** 1, 2, 3… while `${prefix}${n}${suffix}` is a key. */
function numbered(prefix: string, suffix = ''): number[] {
  const out: number[] = [];
  for (let n = 1; hasKey(`${prefix}${n}${suffix}`); n++) out.push(n);
  return out;
}

function section(id: (typeof GUIDE_SECTIONS)[number], children: (Node | string | null)[]): HTMLElement {
  return el(
    'section',
    { id: `guide-${id}`, class: `cl-guide-section cl-guide-${id}`, 'aria-labelledby': `guide-${id}-h` },
    [el('h3', { id: `guide-${id}-h` }, [tk(`guide.s.${id}`)]), ...children],
  );
}

const num = (id: string): string => id.slice(0, 2);

function objectives(s: GameState): HTMLElement {
  return section('objectives', [
    el('p', { class: 'cl-note' }, [t('guide.obj.head')]),
    el(
      'dl',
      { class: 'cl-dl' },
      CAMPAIGN.flatMap((id) => [
        el('dt', {}, [`${num(id)} · ${s.levels[id]?.title ?? id}`]),
        el('dd', {}, [tk(`guide.obj.${num(id)}`)]),
      ]),
    ),
  ]);
}

function table(head: string[], rows: (string | Node)[][], cls: string): HTMLTableElement {
  return el('table', { class: `cl-table ${cls}` }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((h) => el('th', { scope: 'col' }, [h])),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el(
          'tr',
          {},
          r.map((c) => el('td', {}, [c])),
        ),
      ),
    ),
  ]);
}

function lesson(): HTMLElement {
  return section('lesson', [
    el('p', {}, [t('guide.lesson.intro')]),
    el(
      'ol',
      { class: 'cl-steps' },
      numbered('guide.lesson.', '.time').map((n) =>
        el('li', {}, [el('strong', {}, [tk(`guide.lesson.${n}.time`)]), ' ', tk(`guide.lesson.${n}.text`)]),
      ),
    ),
  ]);
}

function unit(): HTMLElement {
  return section(
    'unit',
    numbered('guide.unit.', '.title').flatMap((n) => [
      el('h4', {}, [tk(`guide.unit.${n}.title`)]),
      el('p', {}, [tk(`guide.unit.${n}.text`)]),
    ]),
  );
}

function answers(s: GameState): HTMLElement {
  const perLevel = CAMPAIGN.flatMap((id) => {
    const level = s.levels[id];
    if (!level) return [];
    return [
      el('h4', {}, [`${num(id)} · ${level.title}`]),
      el(
        'ol',
        { class: 'cl-answers' },
        level.texts.questions.map((q, i) =>
          el('li', {}, [el('p', { class: 'cl-q' }, [q]), el('p', {}, [tk(`guide.ans.${num(id)}.${i + 1}`)])]),
        ),
      ),
    ];
  });
  return section('answers', [
    el('p', { class: 'cl-note' }, [t('guide.ans.help')]),
    ...perLevel,
    el('h4', {}, [t('guide.ans.sort.title')]),
    el('p', {}, [t('guide.ans.sort')]),
  ]);
}

function worksheet(): HTMLElement {
  const blank = (n: number, cols: number): string[][] =>
    Array.from({ length: n }, (_, i) => [String(i + 1), ...Array<string>(cols - 1).fill('')]);
  const sortRows = numbered('guide.ws.sort.').map((n) => [`${n}. ${tk(`guide.ws.sort.${n}`)}`, '☐', '☐']);
  return section('worksheet', [
    el('p', { class: 'cl-ws-names' }, [t('guide.ws.names')]),
    el('h4', {}, [t('guide.ws.log.title')]),
    table(
      ['leg', 'to', 'alt', 'sensors', 'km', 'finding'].map((k) => tk(`guide.ws.log.${k}`)),
      blank(6, 6),
      'cl-ws-log',
    ),
    el('h4', {}, [t('guide.ws.sort.title')]),
    el('p', { class: 'cl-note' }, [t('guide.ws.sort.help')]),
    table(
      [t('guide.ws.sort.statement'), t('guide.ws.sort.treaty'), t('guide.ws.sort.host')],
      sortRows,
      'cl-ws-sort',
    ),
    el('h4', {}, [t('guide.ws.args.title')]),
    el('p', { class: 'cl-note' }, [t('guide.ws.args.help')]),
    table(
      [t('guide.ws.args.us'), t('guide.ws.args.ru')],
      Array.from({ length: 5 }, () => ['', '']),
      'cl-ws-args',
    ),
  ]);
}

function glossary(): HTMLElement {
  return section('glossary', [
    el(
      'dl',
      { class: 'cl-dl' },
      numbered('guide.gl.', '.term').flatMap((n) => [
        el('dt', {}, [tk(`guide.gl.${n}.term`)]),
        el('dd', {}, [tk(`guide.gl.${n}.def`)]),
      ]),
    ),
  ]);
}

function timeline(): HTMLElement {
  return section('timeline', [
    table(
      [t('guide.tl.h.date'), t('guide.tl.h.event'), t('guide.tl.h.source')],
      numbered('guide.tl.', '.date').map((n) => [
        el('strong', {}, [tk(`guide.tl.${n}.date`)]),
        tk(`guide.tl.${n}.text`),
        el('span', { class: 'cl-note' }, [tk(`guide.tl.${n}.src`)]),
      ]),
      'cl-timeline',
    ),
  ]);
}

const list = (prefix: string): HTMLElement =>
  el(
    'ul',
    {},
    numbered(prefix).map((n) => el('li', {}, [tk(`${prefix}${n}`)])),
  );

export function guideDocument(s: GameState): HTMLElement {
  const toc = el('nav', { class: 'cl-toc no-print', 'aria-label': t('cl.teachers.contents') }, [
    el(
      'ol',
      {},
      GUIDE_SECTIONS.map((id) =>
        el('li', {}, [el('a', { href: `#guide-${id}` }, [tk(`guide.s.${id}`).replace(/^\d+\.\s*/, '')])]),
      ),
    ),
  ]);
  return el('article', { class: 'cl-guide', id: 'cl-guide', 'aria-labelledby': 'guide-title' }, [
    el('h2', { id: 'guide-title', tabindex: '-1' }, [t('guide.title')]),
    el('p', {}, [t('guide.intro')]),
    toc,
    objectives(s),
    lesson(),
    unit(),
    answers(s),
    worksheet(),
    glossary(),
    timeline(),
    section('values', [el('p', {}, [t('guide.val.intro')]), list('guide.val.')]),
    section('codes', [list('guide.codes.')]),
    section('sources', [list('guide.sources.')]),
  ]);
}

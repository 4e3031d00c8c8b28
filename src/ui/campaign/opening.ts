/**
 * The opening card before mission 01: what the treaty was for (confidence by mutual
 * observation), its origin (Eisenhower 1955, Bush 1989, Helsinki 1992, 34 parties), what
 * sharing the pictures meant (Art. IX), and that both sides left. Open until 01 is flown;
 * afterwards folded, one click away. Every fact comes from OPENING_SOURCES.
 */
import { sourceById } from '../../rules/level/sources';
import { h } from '../mission/dom';
import { tx } from '../mission/text';
import { sourceLine } from '../debrief/history-card';

/** The paragraphs of the card, in order (keys of the string table). */
export const OPENING_KEYS = [
  'open.idea',
  'open.1955',
  'open.1989',
  'open.1992',
  'open.share',
  'open.end',
] as const;

/** levels/sources.json entries that back the card. */
export const OPENING_SOURCES = ['crs-in10502-2020', 'osce-signing', 'treaty-text', 'tass-2021-exit'] as const;

export function openingCard(open: boolean): HTMLElement {
  const sources = OPENING_SOURCES.map((id) => sourceById(id)).filter((s) => s !== undefined);
  const card = h('details', { class: 'cp-opening', id: 'cp-opening' }, [
    h('summary', {}, [
      h('strong', {}, [tx('open.title')]),
      h('span', { class: 'ms-muted' }, [` — ${tx('open.summary')}`]),
    ]),
    ...OPENING_KEYS.map((k) => h('p', {}, [tx(k)])),
    h('h3', {}, [tx('open.sources')]),
    h('ul', { class: 'db-sources' }, sources.map(sourceLine)),
  ]);
  if (open) card.setAttribute('open', '');
  return card;
}

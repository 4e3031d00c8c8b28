/**
 * The debrief's "what really happened" card: the history, the game values (labelled as such),
 * each side's reading in its own words with its source, and the sources with publisher and date.
 */
import type { Level, Source } from '../../rules';
import { h } from '../mission/dom';
import { tx } from '../mission/text';

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "Title — Publisher, 2017-09-29", the title linked when the source has an address. */
export function sourceLine(src: Source): HTMLElement {
  const href = safeUrl(src.url);
  const title = href
    ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, [src.title])
    : src.title;
  const meta = [src.publisher, src.date].filter(Boolean).join(', ');
  return h('li', {}, [title, meta ? h('span', { class: 'ms-muted' }, [` — ${meta}`]) : null]);
}

export function historyCard(level: Level): HTMLElement {
  const card = level.texts.whatHappened;
  const voices = card.voices ?? [];
  return h('section', { class: 'db-history', 'aria-labelledby': 'db-hist-title' }, [
    h('h3', { id: 'db-hist-title' }, [tx('db.whatHappened')]),
    h('p', {}, [card.text]),
    voices.length > 0
      ? h('div', { class: 'db-voices' }, [
          h('h4', {}, [tx('hist.voices')]),
          ...voices.map((v) =>
            h('blockquote', { class: 'db-voice' }, [
              h('p', {}, [h('strong', {}, [tx('hist.says', { who: v.who })]), ` ${v.says}`]),
              h('p', { class: 'ms-muted small' }, [
                tx('hist.voiceSource', {
                  source: [v.source.publisher, v.source.date].filter(Boolean).join(', ') || v.source.title,
                }),
              ]),
            ]),
          ),
        ])
      : null,
    card.approximations
      ? h('p', { class: 'ms-muted small db-game-values' }, [
          h('strong', { class: 'db-game-value-label' }, [tx('hist.gameValues')]),
          ` ${card.approximations}`,
        ])
      : null,
    h('h4', {}, [tx('db.sources')]),
    h('ul', { class: 'db-sources' }, card.sources.map(sourceLine)),
  ]);
}

/**
 * End of the campaign: the trust story 2002–2020. The player's trust after each mission, set
 * in the missions' historical years between the treaty's real milestones (dates and sources
 * from levels/sources.json), their stars, and a closing that gives each side's argument with
 * its sources. The chart has a table with every value beside it.
 */
import { addEnglish, formatDate, localLevel } from '../../i18n';
import { enLate } from '../../i18n/en-late';
import { own } from '../../rules';
import { sourceById } from '../../rules/level/sources';
import { TREATY_MILESTONES, type StoryEvent } from '../../rules/campaign-story';
import { quitToCampaign } from '../../state/actions/mission';
import { campaignStory } from '../../state/campaign-story';
import { CAMPAIGN } from '../../state/selectors';
import { button, h } from '../mission/dom';
import { state } from '../mission/store-view';
import { tx } from '../mission/text';
import { sourceLine } from '../debrief/history-card';
import { starsText } from './campaign';
import { milestoneLetter, storyChart } from './story-chart';
import '../debrief/debrief.css';
import './campaign-end.css';

// The screen's English words come with it (this module is a chunk of its own: main.ts).
addEnglish(enLate);

/** The closing paragraphs, in order (keys of the string table), and the sources behind them. */
export const CLOSING_KEYS = [
  'end.close.us',
  'end.close.russia',
  'end.close.europe',
  'end.close.shared',
] as const;
export const CLOSING_SOURCES = [
  'crs-in10502-2021',
  'defenseone-2020',
  'sputnik-2017-kaliningrad',
  'urdupoint-lavrov-2020',
  'tass-2020-guarantees',
  'interfax-2021',
  'eu-regret-2020',
  'state-analysis',
  'crs-in10502-2020',
] as const;

/** "2010", "Jun 2015" or "22 Nov 2020" (in the language in use), as precise as the date is. */
function fmtStoryDate(date: string): string {
  if (date.length <= 4) return date;
  const ms = Date.parse(date.length === 7 ? `${date}-01T00:00:00Z` : `${date.slice(0, 10)}T00:00:00Z`);
  return date.length === 7
    ? formatDate(ms, { month: 'short', year: 'numeric' })
    : formatDate(ms, { day: 'numeric', month: 'short', year: 'numeric' });
}

const missionNumber = (id: string): string => String(CAMPAIGN.indexOf(id) + 1).padStart(2, '0');

function sourcesOf(ids: readonly string[]): HTMLElement {
  return h(
    'ul',
    { class: 'db-sources' },
    ids.map((id) => sourceById(id)).flatMap((s) => (s ? [sourceLine(s)] : [])),
  );
}

function row(
  e: StoryEvent,
  letters: Map<string, string>,
  titleOf: (id: string, fallback: string) => string,
): HTMLTableRowElement {
  if (e.kind === 'milestone') {
    const letter = letters.get(e.milestone.id) ?? '';
    return h('tr', { class: 'end-row-milestone' }, [
      h('td', { class: 'num' }, [fmtStoryDate(e.date)]),
      h('td', {}, [
        h('strong', {}, [tx('end.row.milestone', { letter })]),
        ` ${tx(`end.m.${e.milestone.id}`)}`,
      ]),
      h('td', {}, ['—']),
      h('td', { class: 'num' }, ['—']),
      h('td', {}, ['—']),
    ]);
  }
  const sign = e.delta > 0 ? '+' : e.delta < 0 ? '−' : '±';
  return h(
    'tr',
    { class: e.flown ? 'end-row-mission' : 'end-row-mission unflown', 'data-level': e.levelId },
    [
      h('td', { class: 'num' }, [fmtStoryDate(e.date.slice(0, 7))]),
      h('td', {}, [
        tx('end.row.mission', { num: missionNumber(e.levelId), title: titleOf(e.levelId, e.title) }),
      ]),
      h('td', { class: 'num' }, [e.flown ? `${sign}${Math.abs(e.delta)}` : tx('end.row.notFlown')]),
      h('td', { class: 'num' }, [e.flown ? String(Math.round(e.trustAfter)) : '—']),
      h('td', {}, [
        e.flown
          ? h('span', { role: 'img', 'aria-label': tx('cp.stars', { n: e.stars }) }, [starsText(e.stars)])
          : '—',
      ]),
    ],
  );
}

export function mountCampaignEnd(root: HTMLElement): () => void {
  const s = state();
  const story = campaignStory(s);
  const letters = new Map(TREATY_MILESTONES.map((m, i) => [m.id, milestoneLetter(i)]));
  const missions = story.events.filter((e) => e.kind === 'mission');
  /** A mission's title in the language in use. */
  const titleOf = (id: string, fallback: string): string => {
    const level = own(s.levels, id);
    return level ? localLevel(level).title : fallback;
  };
  const round = (x: number): number => Math.round(x);
  const doc = h('article', { class: 'ms-screen end', 'aria-labelledby': 'end-title' }, [
    h('header', { class: 'end-head' }, [
      h('p', { class: 'ms-kicker' }, [tx('end.kicker')]),
      h('h2', { id: 'end-title' }, [tx('end.title')]),
      h('p', { class: 'end-lead' }, [
        tx('end.lead', {
          flown: story.missionsFlown,
          total: missions.length,
          stars: story.stars,
          max: story.maxStars,
        }),
        ' ',
        tx(`end.trend.${story.trend}`, { start: round(story.startTrust), end: round(story.endTrust) }),
      ]),
      h('p', {}, [tx('end.history')]),
    ]),
    h('section', { class: 'end-chart-wrap', 'aria-labelledby': 'end-chart-title' }, [
      h('h3', { id: 'end-chart-title' }, [tx('end.chart.title')]),
      h('figure', { class: 'end-figure' }, [
        h(
          'div',
          {
            role: 'img',
            'aria-label': tx('end.chart.alt', {
              start: round(story.startTrust),
              end: round(story.endTrust),
              n: missions.length,
              m: TREATY_MILESTONES.length,
            }),
          },
          [storyChart(story, missionNumber)],
        ),
        h('figcaption', { class: 'ms-muted small' }, [tx('end.chart.note')]),
      ]),
      h('table', { class: 'end-table' }, [
        h('caption', {}, [tx('end.table.caption')]),
        h('thead', {}, [
          h('tr', {}, [
            h('th', { scope: 'col' }, [tx('end.col.date')]),
            h('th', { scope: 'col' }, [tx('end.col.event')]),
            h('th', { scope: 'col' }, [tx('end.col.change')]),
            h('th', { scope: 'col' }, [tx('end.col.trust')]),
            h('th', { scope: 'col' }, [tx('end.col.stars')]),
          ]),
        ]),
        h(
          'tbody',
          {},
          story.events.map((e) => row(e, letters, titleOf)),
        ),
      ]),
    ]),
    h('section', { 'aria-labelledby': 'end-ms-title' }, [
      h('h3', { id: 'end-ms-title' }, [tx('end.milestones')]),
      h(
        'ol',
        { class: 'end-milestones', type: 'A' },
        TREATY_MILESTONES.map((m) =>
          h('li', {}, [h('span', { class: 'num' }, [fmtStoryDate(m.date)]), ` — ${tx(`end.m.${m.id}`)}`]),
        ),
      ),
      h('h4', {}, [tx('end.sources')]),
      sourcesOf([...new Set(TREATY_MILESTONES.flatMap((m) => m.sources))]),
    ]),
    h('section', { class: 'end-close', 'aria-labelledby': 'end-close-title' }, [
      h('h3', { id: 'end-close-title' }, [tx('end.close.title')]),
      ...CLOSING_KEYS.map((k) => h('p', {}, [tx(k)])),
      h('h4', {}, [tx('end.sources')]),
      sourcesOf(CLOSING_SOURCES),
    ]),
    h('footer', { class: 'db-actions no-print' }, [
      button(tx('end.back'), () => quitToCampaign(), { class: 'primary' }),
      button(tx('end.print'), () => window.print()),
    ]),
  ]);
  root.append(doc);
  doc.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
  doc.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  doc.scrollTop = 0;
  return () => doc.remove();
}

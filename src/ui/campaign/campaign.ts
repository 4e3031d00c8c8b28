/**
 * Campaign: the missions in order with their state (locked, open, flown with stars), Continue
 * for the mission in progress, and any level file that could not be loaded, named clearly.
 */
import {
  actionStore,
  dismissMissionNotice,
  quitToMenu,
  resumeMission,
  startMission,
} from '../../state/actions/mission';
import {
  CAMPAIGN,
  COMING_SOON,
  hasFlown,
  isUnlocked,
  missionInProgress,
  playableCampaign,
} from '../../state/selectors';
import type { GameState } from '../../state/store';
import { own } from '../../rules';
import '../mission/mission.css';
import './campaign.css';
import { openingCard } from './opening';
import { button, fmtDate, h } from '../mission/dom';
import { partyName, render, state } from '../mission/store-view';
import { localLevel } from '../../i18n';
import { tx } from '../mission/text';
import { mountOpenPlan } from '../classroom';
import { mountSaveMessages } from '../screens/save-notice';
import { showCampaignEnd } from '../../state/actions/campaign-end';
import { storyEarned } from '../../state/campaign-story';

export function starsText(n: number): string {
  return '★'.repeat(n) + '☆'.repeat(Math.max(0, 3 - n));
}

/** A choice that would replace another mission in progress waits for a confirmation. */
interface CardContext {
  confirming: string | null;
  ask(id: string | null): void;
}

/** A mission's title in the language in use (undefined when its file is missing). */
function levelTitle(s: GameState, id: string): string | undefined {
  const level = own(s.levels, id);
  return level ? localLevel(level).title : undefined;
}

function missionCard(s: GameState, id: string, index: number, ctx: CardContext): HTMLLIElement {
  const found = own(s.levels, id);
  const level = found ? localLevel(found) : undefined;
  const num = String(index + 1).padStart(2, '0');
  if (COMING_SOON.has(id)) {
    return h('li', { class: 'cp-item cp-soon' }, [
      h('span', { class: 'cp-num', 'aria-hidden': 'true' }, [num]),
      h('div', { class: 'cp-body' }, [
        h('h3', {}, [tx('cp.hostDuty')]),
        h('p', { class: 'ms-muted' }, [tx('cp.comingSoon')]),
      ]),
    ]);
  }
  if (!level) {
    const err = s.levelErrors.find((e) => e.file.includes(id));
    return h('li', { class: 'cp-item cp-missing' }, [
      h('span', { class: 'cp-num', 'aria-hidden': 'true' }, [num]),
      h('div', { class: 'cp-body' }, [
        h('h3', {}, [id]),
        h('p', { class: 'ms-muted' }, [
          err ? tx('cp.broken', { file: err.file, msg: err.errors[0]?.message ?? '' }) : tx('cp.missing'),
        ]),
      ]),
    ]);
  }
  const open = isUnlocked(s, id);
  const flown = hasFlown(s, id);
  const result = own(s.progress.results, id);
  const order = playableCampaign(s);
  const prev = order[order.indexOf(id) - 1];
  const state = flown ? 'flown' : open ? 'open' : 'locked';
  const stars = result?.stars ?? 0;
  // The mission in progress continues where it was; starting it afresh is Retry in its debrief.
  const inProgress = s.mission?.levelId === id && missionInProgress(s);
  const label = inProgress ? tx('cp.continue') : flown ? tx('cp.flyAgain') : tx('cp.fly');
  const other =
    s.mission && missionInProgress(s) && !inProgress ? own(s.levels, s.mission.levelId) : undefined;
  const fly = (): void => {
    if (inProgress) resumeMission();
    else if (other) ctx.ask(id);
    else startMission(id);
  };
  let action: HTMLElement = open
    ? button(label, fly, {
        class: flown && !inProgress ? 'secondary' : 'primary',
        'aria-label': `${label}: ${level.title}`,
      })
    : h('p', { class: 'cp-lock' }, [
        tx(prev && hasFlown(s, prev) ? 'campaign.needStar' : 'cp.locked', {
          prev: prev ? (levelTitle(s, prev) ?? prev) : '',
        }),
      ]);
  if (open && other && ctx.confirming === id) {
    action = h('div', { class: 'cp-confirm', role: 'alertdialog', 'aria-labelledby': `cp-confirm-${id}` }, [
      h('p', { id: `cp-confirm-${id}` }, [tx('cp.replace', { title: other.title })]),
      button(tx('cp.replaceYes'), () => startMission(id), { class: 'primary', 'data-autofocus': 'true' }),
      button(tx('cp.replaceNo'), () => ctx.ask(null), { class: 'secondary' }),
    ]);
  }
  return h('li', { class: `cp-item cp-${state}`, 'data-level': id }, [
    h('span', { class: 'cp-num', 'aria-hidden': 'true' }, [num]),
    h('div', { class: 'cp-body' }, [
      h('h3', {}, [level.title]),
      h('p', { class: 'ms-muted' }, [
        `${fmtDate(level.arrivalUtc)} · ${partyName(s, level.observer)} → ${partyName(s, level.host)}`,
      ]),
      h('p', { class: 'cp-status' }, [
        h('span', { class: 'cp-stars', role: 'img', 'aria-label': tx('cp.stars', { n: stars }) }, [
          starsText(stars),
        ]),
        ' ',
        h('span', {}, [tx(`cp.state.${state}`)]),
        result ? h('span', { class: 'ms-muted' }, [` · ${tx('cp.best', { score: result.score })}`]) : null,
      ]),
    ]),
    h('div', { class: 'cp-action' }, [action]),
  ]);
}

export function mountCampaign(root: HTMLElement): () => void {
  const wrap = h('div', { class: 'ms-screen cp' });
  // Built once: what the player pasted survives the redraws.
  const openPlan = mountOpenPlan();
  root.append(wrap);
  // The save banner lives outside the redrawn list so a redraw never moves focus from it.
  const [messages, offMessages] = mountSaveMessages(actionStore(), { notice: true });
  let first = true;
  const ctx: CardContext = {
    confirming: null,
    ask(id) {
      ctx.confirming = id;
      draw(state());
      wrap.querySelector<HTMLElement>(id ? '.cp-confirm [data-autofocus]' : `[data-level] button`)?.focus();
    },
  };
  const draw = (s: GameState): void => {
    const notice = s.missionNotice
      ? h('div', { class: 'cp-notice', role: 'alert' }, [
          h('p', {}, [tx(s.missionNotice.key, s.missionNotice.params)]),
          button(tx('common.ok'), () => dismissMissionNotice()),
        ])
      : null;
    const m = s.mission;
    const cont =
      m && missionInProgress(s)
        ? h('div', { class: 'cp-continue' }, [
            h('p', {}, [
              tx('cp.inProgress', {
                title: levelTitle(s, m.levelId) ?? m.levelId,
                phase: tx(`phase.${m.phase}`),
              }),
            ]),
            button(tx('cp.continue'), () => resumeMission(), { class: 'primary big', id: 'cp-continue' }),
          ])
        : null;
    // Once the last mission has a result, the trust story is one click away.
    const story = storyEarned(s)
      ? h('div', { class: 'cp-story' }, [
          h('p', {}, [tx('end.openHint')]),
          button(tx('end.open'), () => showCampaignEnd(), { class: 'primary', id: 'cp-story' }),
        ])
      : null;
    const list = h(
      'ol',
      { class: 'cp-list', 'aria-label': tx('cp.list') },
      CAMPAIGN.map((id, i) => missionCard(s, id, i, ctx)),
    );
    const loading = Object.keys(s.levels).length === 0 && s.levelErrors.length === 0;
    const hadFocus = wrap.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).textContent
      : null;
    const parts: (Node | null)[] = [
      h('header', { class: 'cp-head' }, [
        h('h2', { id: 'cp-title' }, [tx('cp.title')]),
        h('p', { class: 'ms-muted' }, [tx('cp.trust', { trust: Math.round(s.progress.trust) })]),
        button(tx('cp.back'), () => quitToMenu(), { class: 'secondary' }),
      ]),
      messages,
      notice,
      cont,
      story,
      openingCard(!s.progress.results['01-training-flight']),
      openPlan,
      loading ? h('p', { role: 'status' }, [tx('cp.loading')]) : list,
    ];
    wrap.replaceChildren(...parts.filter((x): x is Node => x !== null));
    wrap.setAttribute('aria-labelledby', 'cp-title');
    const again = hadFocus
      ? [...wrap.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === hadFocus)
      : null;
    if (again) again.focus();
    else if (first)
      wrap.querySelector<HTMLElement>('#cp-continue, .cp-open button, .cp-flown button')?.focus();
    first = false;
  };
  const off = render(
    [
      (s) => s.levels,
      (s) => s.levelErrors,
      (s) => s.progress,
      (s) => s.mission,
      (s) => s.missionNotice,
      (s) => s.world,
    ],
    draw,
  );
  return () => {
    off();
    offMessages();
    wrap.remove();
  };
}

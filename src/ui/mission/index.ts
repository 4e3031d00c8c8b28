/**
 * mountMissionUi(): the mission's DOM panels per phase and the Handbook (the campaign screen is
 * mounted by main.ts's screen router through mountCampaign).
 * Panels mount into the page's regions (#topbar, #left-panel, #right-panel, #bottom-bar,
 * #screen, #modal-root) when their phase starts and unmount when it ends; below ~900 px the
 * side panels become drawers opened from the top bar.
 */
import './mission.css';
import '../debrief/debrief.css';
import { actionStore, refreshVerdict } from '../../state/actions/mission';
import { isReducedMotion } from '../../state/actions/settings';
import type { GameState } from '../../state/store';
import { subscribeSlice } from '../../state/subscribe';
import { own } from '../../rules';
import { mountDebrief } from '../debrief/debrief';
import { mountHandbook } from '../handbook/handbook';
import { mountBriefing } from './briefing';
import { region } from './dom';
import { mountFindings } from './findings';
import { mountFlightBar, mountFlightLog } from './flight';
import { mountPlanningBar } from './planning-bar';
import { mountReview } from './review';
import { mountRouteTable } from './route-table';
import { planningKeys } from './shortcuts';
import { mountTopbar } from './topbar';
import {
  mountHandOver,
  mountHostDebrief,
  mountHostReview,
  mountHotSeatAnswer,
  mountHotSeatBar,
  mountHotSeatDebrief,
  mountHotSeatHost,
  mountSandboxBar,
} from '../host';
import { hotSeat, hotSeatKey } from '../../state/actions/hot-seat';

type Unmount = () => void;

/** Below ~900 px the side panels are drawers (mission.css uses the same width). */
const isNarrow = (): boolean => typeof matchMedia === 'function' && matchMedia('(max-width: 900px)').matches;

/** Which view the state asks for: a key that changes only when the panels must be rebuilt. */
function viewKey(s: GameState): string {
  if (s.screen !== 'mission' || !s.mission) return 'none';
  const ready = s.world !== null && own(s.levels, s.mission.levelId) !== undefined;
  // A hot-seat game changes panels between players within the review (issue 14).
  const seat = s.mission.phase === 'review' ? hotSeatKey(s) : '';
  return ready ? `mission:${s.mission.levelId}:${s.mission.phase}:${s.flight ? 'f' : ''}:${seat}` : 'waiting';
}

export function mountMissionUi(): void {
  const store = actionStore();
  const top = region('topbar');
  const left = region('left-panel');
  const right = region('right-panel');
  const bottom = region('bottom-bar');
  const screen = region('screen');
  const modal = region('modal-root');
  const app = document.getElementById('app') ?? document.body;
  let unmounts: Unmount[] = [];
  let current = '';

  const setDrawer = (which: 'left' | 'right' | null): void => {
    app.dataset.drawer = which ?? '';
    left.classList.toggle('open', which === 'left');
    right.classList.toggle('open', which === 'right');
    for (const b of top.querySelectorAll<HTMLElement>('[aria-controls]')) {
      b.setAttribute('aria-expanded', String(b.getAttribute('aria-controls') === `${which}-panel`));
    }
  };
  const toggleDrawer = (which: 'left' | 'right'): void => {
    const open = app.dataset.drawer === which;
    setDrawer(open ? null : which);
    if (!open) (which === 'left' ? left : right).querySelector<HTMLElement>('h2')?.focus();
  };

  const teardown = (): void => {
    unmounts.forEach((u) => u());
    unmounts = [];
    for (const r of [top, left, right, bottom]) {
      r.hidden = true;
      r.classList.remove('ms-region', 'open');
    }
    setDrawer(null);
  };

  const use = (r: HTMLElement, mount: (el: HTMLElement) => Unmount): void => {
    r.hidden = false;
    r.classList.add('ms-region');
    unmounts.push(mount(r));
  };

  const sync = (): void => {
    const s = store.getState();
    const key = viewKey(s);
    if (key === current) return;
    current = key;
    teardown();
    app.dataset.missionPhase = s.screen === 'mission' && s.mission ? s.mission.phase : '';
    if (!key.startsWith('mission:') || !s.mission) return;
    refreshVerdict();
    use(top, (el) => mountTopbar(el, toggleDrawer));
    const hostDuty = s.levels[s.mission.levelId]?.hostDuty !== undefined;
    switch (s.mission.phase) {
      case 'briefing':
        unmounts.push(mountBriefing(screen));
        break;
      case 'planning':
        use(left, mountRouteTable);
        use(right, mountFindings);
        use(bottom, mountPlanningBar);
        unmounts.push(mountSandboxBar(right));
        unmounts.push(mountHotSeatBar(right));
        break;
      case 'review': {
        const seat = hotSeat(s)?.stage;
        if (seat === 'to-host' || seat === 'to-observer') {
          // The hand-over covers everything: no panel of the next player's until they continue.
          unmounts.push(mountHandOver(screen));
          break;
        }
        const panel =
          seat === 'host' || seat === 'review-code'
            ? mountHotSeatHost
            : seat === 'answer'
              ? mountHotSeatAnswer
              : hostDuty
                ? mountHostReview
                : mountReview;
        use(right, panel);
        // The host's answer is the point of this phase: on small screens open its drawer.
        if (isNarrow()) setDrawer('right');
        break;
      }
      case 'flight':
        use(right, mountFlightLog);
        use(bottom, (el) => mountFlightBar(el, () => isReducedMotion(store.getState())));
        break;
      case 'debrief':
        unmounts.push(hostDuty ? mountHostDebrief(screen) : mountDebrief(screen));
        if (hotSeat(s)) unmounts.push(mountHotSeatDebrief(screen));
        break;
    }
    landFocus(s.mission.phase);
  };

  /** After a phase change the focused control is gone: put keyboard focus where the work is. */
  const landFocus = (phase: string): void => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const narrow = isNarrow();
    const target =
      phase === 'planning'
        ? narrow
          ? top.querySelector<HTMLElement>('[aria-controls="left-panel"]')
          : left.querySelector<HTMLElement>('#rt-title')
        : phase === 'flight'
          ? bottom.querySelector<HTMLElement>('.fl-buttons button')
          : null;
    target?.focus({ preventScroll: true });
  };

  sync();
  subscribeSlice(store, viewKey, sync);
  mountHandbook(modal);
  document.addEventListener('keydown', planningKeys);
  // Drawers close with Escape (the Handbook handles its own Escape).
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && app.dataset.drawer) setDrawer(null);
  });
}

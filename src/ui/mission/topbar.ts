/** Mission top bar: name, date, observer → host, quota left, phase steps, Handbook and Menu. */
import { openHandbook, quitToMenu } from '../../state/actions/mission';
import { PHASES, type Phase } from '../../state/schema';
import { quotaLeft } from '../../state/selectors';
import { currentLevel, partyName, render } from './store-view';
import { button, fmtDate, h } from './dom';
import { tx } from './text';

export function mountTopbar(root: HTMLElement, onDrawer: (which: 'left' | 'right') => void): () => void {
  const title = h('h1', { class: 'ms-title' });
  const meta = h('p', { class: 'ms-meta' });
  const steps = h('ol', { class: 'ms-steps', 'aria-label': tx('phase.label') });
  const items = new Map<Phase, HTMLLIElement>();
  for (const p of PHASES) {
    const li = h('li', { 'data-phase': p }, [tx(`phase.${p}`)]);
    items.set(p, li);
    steps.append(li);
  }
  const routeBtn = button(tx('drawer.route'), () => onDrawer('left'), {
    class: 'ms-drawer-btn',
    'aria-controls': 'left-panel',
    'aria-expanded': 'false',
  });
  const findBtn = button(tx('drawer.findings'), () => onDrawer('right'), {
    class: 'ms-drawer-btn',
    'aria-controls': 'right-panel',
    'aria-expanded': 'false',
  });
  const actions = h('div', { class: 'ms-top-actions' }, [
    routeBtn,
    findBtn,
    button(tx('top.handbook'), () => openHandbook(null), { 'aria-haspopup': 'dialog' }),
    button(tx('top.menu'), () => quitToMenu()),
  ]);
  const bar = h('div', { class: 'ms-topbar' }, [
    h('div', { class: 'ms-heading' }, [title, meta]),
    steps,
    actions,
  ]);
  root.append(bar);

  const off = render(
    [(s) => s.mission?.levelId, (s) => s.mission?.phase, (s) => s.levels, (s) => s.world, (s) => s.progress],
    (s) => {
      const level = currentLevel(s);
      if (!level || !s.mission) return;
      title.textContent = level.title;
      meta.textContent = tx('top.meta', {
        date: fmtDate(level.arrivalUtc),
        observer: partyName(s, level.observer),
        host: partyName(s, level.host),
        // After the mission, its ledger line as stored when it ended (a save from before v3 and
        // host duty have none: a flown mission is on the ledger too).
        quota:
          s.mission.outcome?.quota?.left ??
          Math.max(0, quotaLeft(s, level) - (s.mission.outcome?.kind === 'flown' ? 1 : 0)),
        active: level.quota.active,
      });
      const phase = s.mission.phase;
      const at = PHASES.indexOf(phase);
      PHASES.forEach((p, i) => {
        const li = items.get(p) as HTMLLIElement;
        li.classList.toggle('done', i < at);
        if (p === phase) li.setAttribute('aria-current', 'step');
        else li.removeAttribute('aria-current');
      });
      const drawers = phase === 'planning' || phase === 'review' || phase === 'flight';
      routeBtn.hidden = phase !== 'planning';
      findBtn.hidden = !drawers;
      findBtn.textContent =
        phase === 'flight'
          ? tx('drawer.log')
          : phase === 'review'
            ? tx('drawer.review')
            : tx('drawer.findings');
    },
  );
  return () => {
    off();
    bar.remove();
  };
}

/**
 * The route table: one entry per waypoint (lat, lon, altitude, sensors of the leg that ends
 * there), fully editable by keyboard, mirroring the map both ways (edits go through actions;
 * map edits arrive through the store). Values commit on change (Enter or leaving the field).
 */
import { interpolate, worstFindingByLeg, type Plan, type SensorKind } from '../../rules';
import {
  addWaypoint,
  insertWaypoint,
  moveWaypoint,
  redo,
  selectWaypoint,
  setEndAirfield,
  toggleRouteLock,
  undo,
} from '../../state/actions/mission';
import { currentPlan } from '../../state/selectors';
import { currentLevel, render, state } from './store-view';
import type { GameState } from '../../state/store';
import { button, h } from './dom';
import { tx } from './text';
import { makeRouteRow, numberInput, paintRouteRow, parseCoordinate, type Row } from './route-row';

const focused = (el: HTMLElement): boolean => document.activeElement === el;

export function mountRouteTable(root: HTMLElement): () => void {
  const s0 = state();
  const level = currentLevel(s0);
  const world = s0.world;
  if (!level || !world) return () => {};
  const sensorKinds: SensorKind[] = world.aircraft.get(level.aircraft)?.sensors.map((x) => x.kind) ?? [
    'optical',
  ];
  // The plan's take-off airfield (the sandbox lets the player choose one other than the first).
  const startId = currentPlan(s0)?.airfield ?? level.airfields[0]?.id ?? '';
  const startName = world.airfields.get(startId)?.name ?? startId;

  const list = h('ol', { class: 'rt-list', 'aria-label': tx('rt.label') });
  const rows: Row[] = [];
  const endSelect = h('select', { id: 'rt-end', class: 'rt-end' });
  for (const a of level.airfields) {
    endSelect.append(h('option', { value: a.id }, [world.airfields.get(a.id)?.name ?? a.id]));
  }
  endSelect.addEventListener('change', () => setEndAirfield(endSelect.value));

  // "Add a waypoint" by typing coordinates: the keyboard twin of clicking the map.
  const addLat = numberInput(tx('rt.lat'), { id: 'rt-add-lat', placeholder: '50.45' });
  const addLon = numberInput(tx('rt.lon'), { id: 'rt-add-lon', placeholder: '30.52' });
  const addMsg = h('p', { class: 'rt-error', role: 'alert' });
  const addForm = h('form', { class: 'rt-add', 'aria-labelledby': 'rt-add-title' }, [
    h('h3', { id: 'rt-add-title' }, [tx('rt.addTitle')]),
    h('div', { class: 'rt-fields' }, [
      h('label', {}, [tx('rt.latShort'), addLat]),
      h('label', {}, [tx('rt.lonShort'), addLon]),
      h('button', { type: 'submit', class: 'primary' }, [tx('rt.add')]),
    ]),
    addMsg,
  ]);
  addForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const lat = parseCoordinate(addLat.value, 90);
    const lon = parseCoordinate(addLon.value, 180);
    addLat.setAttribute('aria-invalid', String(lat === null));
    addLon.setAttribute('aria-invalid', String(lon === null));
    if (lat === null || lon === null) {
      addMsg.textContent = tx('rt.badCoord');
      return;
    }
    addMsg.textContent = '';
    addWaypoint(lat, lon);
    addLat.value = '';
    addLon.value = '';
    addLat.focus();
  });

  const undoBtn = button(tx('plan.undo'), () => undo(), {
    'aria-keyshortcuts': 'Control+Z',
    title: tx('plan.undoKey'),
  });
  const redoBtn = button(tx('plan.redo'), () => redo(), {
    'aria-keyshortcuts': 'Control+Shift+Z Control+Y',
    title: tx('plan.redoKey'),
  });
  const lockBtn = button(tx('plan.lock'), () => toggleRouteLock(), {
    'aria-pressed': 'false',
    class: 'toggle rt-lock',
  });
  const panel = h('section', { class: 'ms-panel rt', 'aria-labelledby': 'rt-title' }, [
    h('div', { class: 'rt-head' }, [
      h('h2', { id: 'rt-title', tabindex: -1 }, [tx('rt.title')]),
      h('div', { class: 'rt-tools', role: 'toolbar', 'aria-label': tx('rt.tools') }, [
        undoBtn,
        redoBtn,
        lockBtn,
      ]),
    ]),
    h('p', { class: 'rt-start' }, [tx('rt.from', { airfield: startName })]),
    list,
    h('p', { class: 'rt-empty ms-muted' }, [tx('rt.empty')]),
    h('div', { class: 'rt-endrow' }, [h('label', { for: 'rt-end' }, [tx('rt.end')]), endSelect]),
    addForm,
  ]);
  const empty = panel.querySelector('.rt-empty') as HTMLElement;
  root.append(panel);

  const makeRow = (i: number): Row => makeRouteRow(i, sensorKinds, { insertBefore, move: moveAndBreak });

  /** What each row shows now (its waypoint object, leg length, flag, selection). */
  const drawn: (
    { wp: unknown; legKm: number | undefined; sev: string | undefined; selected: boolean } | undefined
  )[] = [];
  let lockedShown: boolean | null = null;
  let rowsAtLock = -1;
  const draw = (s: GameState): void => {
    const plan: Plan | null = currentPlan(s);
    if (!plan) return;
    while (rows.length < plan.waypoints.length) {
      const r = makeRow(rows.length);
      rows.push(r);
      list.append(r.li);
    }
    while (rows.length > plan.waypoints.length) rows.pop()?.li.remove();
    drawn.length = Math.min(drawn.length, rows.length);
    empty.hidden = plan.waypoints.length > 0;
    const legs = s.verdict?.legs ?? [];
    // Each leg's most serious finding (a notice only where there is nothing worse).
    const worst = worstFindingByLeg(s.verdict?.findings ?? [], plan.waypoints.length);
    plan.waypoints.forEach((wp, i) => {
      const r = rows[i] as Row;
      const leg = legs[i];
      const sev = worst[i]?.severity;
      const selected = s.selectedWaypoint === i;
      // A drag changes one waypoint and two legs: rows whose inputs did not change are left alone.
      const shown = drawn[i];
      const legKm = leg?.lengthKm;
      if (
        shown &&
        shown.wp === wp &&
        shown.legKm === legKm &&
        shown.sev === sev &&
        shown.selected === selected
      )
        return;
      drawn[i] = paintRouteRow(r, i, wp, legKm, sev, selected, panel)
        ? { wp, legKm, sev, selected }
        : undefined;
    });
    if (!focused(endSelect)) endSelect.value = plan.endAirfield ?? plan.airfield;
    const locked = s.routeLocked;
    if (locked !== lockedShown || rows.length !== rowsAtLock) {
      lockedShown = locked;
      rowsAtLock = rows.length;
      panel.classList.toggle('locked', locked);
      for (const el of panel.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>(
        'input, button, select',
      )) {
        // Lock itself stays live: it is how the route is unlocked again.
        el.disabled = locked && el !== lockBtn;
      }
    }
    lockBtn.setAttribute('aria-pressed', String(locked));
  };

  function insertBefore(i: number): void {
    const leg = state().verdict?.legs[i];
    if (!leg) return;
    const mid = interpolate(leg.from, leg.to, 0.5);
    insertWaypoint(i, mid.lat, mid.lon);
    queueMicrotask(() => rows[i]?.lat.focus());
  }

  function moveAndBreak(i: number, lat: number, lon: number): void {
    // A typed move is one undo step (selectWaypoint ends a drag chain before and after).
    selectWaypoint(i);
    moveWaypoint(i, lat, lon);
    selectWaypoint(i);
  }

  const off = render(
    [(s) => s.mission?.present, (s) => s.verdict, (s) => s.selectedWaypoint, (s) => s.routeLocked],
    draw,
  );
  return () => {
    off();
    panel.remove();
  };
}

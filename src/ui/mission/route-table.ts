/**
 * The route table: one entry per waypoint (lat, lon, altitude, sensors of the leg that ends
 * there), fully editable by keyboard, mirroring the map both ways (edits go through actions;
 * map edits arrive through the store). Values commit on change (Enter or leaving the field).
 */
import { interpolate, worstFindingByLeg, type Plan, type SensorKind } from '../../rules';
import {
  addWaypoint,
  deleteWaypoint,
  insertWaypoint,
  moveWaypoint,
  redo,
  selectWaypoint,
  setEndAirfield,
  setLegAltitude,
  setLegSensors,
  toggleRouteLock,
  undo,
} from '../../state/actions/mission';
import { currentPlan } from '../../state/selectors';
import { currentLevel, render, state } from './store-view';
import type { GameState } from '../../state/store';
import { button, fmtInt, h } from './dom';
import { tx } from './text';

interface Row {
  li: HTMLLIElement;
  legend: HTMLElement;
  lat: HTMLInputElement;
  lon: HTMLInputElement;
  alt: HTMLInputElement;
  sensors: Map<SensorKind, HTMLInputElement>;
  flag: HTMLElement;
}

const focused = (el: HTMLElement): boolean => document.activeElement === el;

function numberInput(label: string, attrs: Record<string, string | number>): HTMLInputElement {
  return h('input', {
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-label': label,
    ...attrs,
  });
}

/** Parses a coordinate typed by a player ("54.7", "54,7"); null when out of range. */
export function parseCoordinate(text: string, limit: number): number | null {
  const v = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(v) && Math.abs(v) <= limit ? v : null;
}

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

  const makeRow = (i: number): Row => {
    const lat = numberInput(tx('rt.latOf', { n: i + 1 }), { class: 'rt-lat' });
    const lon = numberInput(tx('rt.lonOf', { n: i + 1 }), { class: 'rt-lon' });
    const alt = h('input', {
      type: 'number',
      min: 0,
      max: 15000,
      step: 100,
      class: 'rt-alt',
      'aria-label': tx('rt.altOf', { n: i + 1 }),
    });
    const commitPos = (): void => {
      const p = currentPlan(state())?.waypoints[i];
      const la = parseCoordinate(lat.value, 90);
      const lo = parseCoordinate(lon.value, 180);
      lat.setAttribute('aria-invalid', String(la === null));
      lon.setAttribute('aria-invalid', String(lo === null));
      if (!p || la === null || lo === null) return;
      if (la !== p.lat || lo !== p.lon) moveAndBreak(i, la, lo);
    };
    lat.addEventListener('change', commitPos);
    lon.addEventListener('change', commitPos);
    alt.addEventListener('change', () => {
      const v = Number(alt.value);
      if (alt.value.trim() !== '' && Number.isFinite(v) && v >= 0) setLegAltitude(i, v);
      selectWaypoint(i); // ends the altitude edit chain: next change is a new undo step
    });
    const sensors = new Map<SensorKind, HTMLInputElement>();
    const sensorBox = h('fieldset', { class: 'rt-sensors' }, [
      h('legend', { class: 'visually-hidden' }, [tx('rt.sensorsOf', { n: i + 1 })]),
    ]);
    for (const kind of sensorKinds) {
      const cb = h('input', { type: 'checkbox', value: kind });
      cb.addEventListener('change', () => {
        const on = [...sensors.entries()].filter(([, c]) => c.checked).map(([k]) => k);
        setLegSensors(i, on);
      });
      sensors.set(kind, cb);
      sensorBox.append(
        h('label', { class: 'rt-chip', title: tx(`sensor.${kind}`) }, [cb, tx(`sensor.short.${kind}`)]),
      );
    }
    const legend = h('legend', {});
    const flag = h('span', { class: 'rt-flag' });
    const li = h('li', { class: 'rt-row' }, [
      h('fieldset', {}, [
        legend,
        h('div', { class: 'rt-fields' }, [
          h('label', {}, [tx('rt.latShort'), lat]),
          h('label', {}, [tx('rt.lonShort'), lon]),
          h('label', {}, [tx('rt.altShort'), alt]),
        ]),
        h('div', { class: 'rt-line2' }, [
          sensorBox,
          flag,
          button('+', () => insertBefore(i), {
            class: 'icon',
            'aria-label': tx('rt.insertBefore', { n: i + 1 }),
            title: tx('rt.insertBefore', { n: i + 1 }),
          }),
          button('×', () => deleteWaypoint(i), {
            class: 'icon danger',
            'aria-label': tx('rt.delete', { n: i + 1 }),
            title: tx('rt.delete', { n: i + 1 }),
          }),
        ]),
      ]),
    ]);
    li.addEventListener('focusin', () => {
      if (state().selectedWaypoint !== i) selectWaypoint(i);
    });
    return { li, legend, lat, lon, alt, sensors, flag };
  };

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
      drawn[i] = { wp, legKm, sev, selected };
      setText(r.legend, tx('rt.legend', { n: i + 1, km: leg ? fmtInt(leg.lengthKm) : '–' }));
      if (!focused(r.lat)) r.lat.value = String(wp.lat);
      if (!focused(r.lon)) r.lon.value = String(wp.lon);
      if (!focused(r.alt)) r.alt.value = String(wp.altitudeM);
      // A field being typed in is written on a later draw.
      if (focused(r.lat) || focused(r.lon) || focused(r.alt)) drawn[i] = undefined;
      for (const [kind, cb] of r.sensors) cb.checked = wp.sensors.includes(kind);
      const wasSelected = r.li.classList.contains('selected');
      r.li.classList.toggle('selected', selected);
      // Picked on the map: bring its row into view (not while the player works in the table).
      if (selected && !wasSelected && !panel.contains(document.activeElement)) {
        r.li.scrollIntoView({ block: 'nearest' });
      }
      if (selected) r.li.setAttribute('aria-current', 'true');
      else r.li.removeAttribute('aria-current');
      r.li.dataset.severity = sev ?? '';
      setText(r.flag, sev ? tx(`sev.letter.${sev}`) : '');
      r.flag.title = sev ? tx(`sev.${sev}`) : '';
      if (sev) {
        r.flag.setAttribute('role', 'img');
        r.flag.setAttribute('aria-label', tx('rt.legHas', { sev: tx(`sev.${sev}`) }));
        r.flag.removeAttribute('aria-hidden');
      } else {
        r.flag.removeAttribute('role');
        r.flag.removeAttribute('aria-label');
        r.flag.setAttribute('aria-hidden', 'true');
      }
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

  function setText(el: HTMLElement, text: string): void {
    if (el.textContent !== text) el.textContent = text;
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

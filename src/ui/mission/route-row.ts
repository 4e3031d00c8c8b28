/**
 * One row of the route table (route-table.ts): a waypoint's lat, lon and altitude fields, the
 * sensors of the leg that ends there, its finding flag, insert and delete, built once and
 * repainted only when what it shows changes.
 */
import type { PlanWaypoint, Severity, SensorKind } from '../../rules';
import { deleteWaypoint, selectWaypoint, setLegAltitude, setLegSensors } from '../../state/actions/mission';
import { currentPlan } from '../../state/selectors';
import { state } from './store-view';
import { button, fmtInt, h } from './dom';
import { tx } from './text';

export interface Row {
  li: HTMLLIElement;
  legend: HTMLElement;
  lat: HTMLInputElement;
  lon: HTMLInputElement;
  alt: HTMLInputElement;
  sensors: Map<SensorKind, HTMLInputElement>;
  flag: HTMLElement;
}

const focused = (el: HTMLElement): boolean => document.activeElement === el;

export function numberInput(label: string, attrs: Record<string, string | number>): HTMLInputElement {
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

export function makeRouteRow(
  i: number,
  sensorKinds: readonly SensorKind[],
  on: { insertBefore(i: number): void; move(i: number, lat: number, lon: number): void },
): Row {
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
    if (la !== p.lat || lo !== p.lon) on.move(i, la, lo);
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
        button('+', () => on.insertBefore(i), {
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
}

/** Writes one row: its waypoint, leg length, worst finding and selection (fields being typed in wait). */
export function paintRouteRow(
  r: Row,
  i: number,
  wp: PlanWaypoint,
  legKm: number | undefined,
  sev: Severity | undefined,
  selected: boolean,
  panel: HTMLElement,
): boolean {
  setText(r.legend, tx('rt.legend', { n: i + 1, km: legKm !== undefined ? fmtInt(legKm) : '–' }));
  if (!focused(r.lat)) r.lat.value = String(wp.lat);
  if (!focused(r.lon)) r.lon.value = String(wp.lon);
  if (!focused(r.alt)) r.alt.value = String(wp.altitudeM);
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
  // A field being typed in is written on a later draw.
  return !(focused(r.lat) || focused(r.lon) || focused(r.alt));
}

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * Planning sandbox (issue 14), on the free-flight screen: pick observer, host, year (2002–2021:
 * the parties in force and the airfield distances of that year), airfield and aircraft, then plan
 * with the live verdict. In planning, a sandbox bar exports the plan file (the plan code is the
 * classroom's Share plan); `npm run check-plan` checks the file.
 */
import {
  SANDBOX_FIRST_YEAR,
  SANDBOX_LAST_YEAR,
  hostTerritoryOf,
  sandboxAirfields,
  sandboxParties,
} from '../../rules/level';
import { SANDBOX_DATA, isSandboxId, startSandbox } from '../../state/actions/sandbox';
import { currentPlan } from '../../state/selectors';
import { actionStore } from '../../state/actions/mission';
import { requestRouteFit } from '../../state/actions/view';
import { button, fmtInt, h } from '../mission/dom';
import { downloadPlanFile } from '../download';
import { state } from '../mission/store-view';
import { tx } from '../mission/text';
import './host.css';

function options(sel: HTMLSelectElement, items: { value: string; label: string }[], keep: string): void {
  const value = items.some((i) => i.value === keep) ? keep : (items[0]?.value ?? '');
  sel.replaceChildren(...items.map((i) => h('option', { value: i.value }, [i.label])));
  sel.value = value;
}

/** The sandbox form; returns the element (the free-flight screen appends it). */
export function sandboxForm(): HTMLElement {
  const year = h('input', {
    id: 'sb-year',
    type: 'number',
    min: SANDBOX_FIRST_YEAR,
    max: SANDBOX_LAST_YEAR,
    step: 1,
    value: 2019,
  });
  const observer = h('select', { id: 'sb-observer' });
  const host = h('select', { id: 'sb-host' });
  const airfield = h('select', { id: 'sb-airfield' });
  const aircraft = h('select', { id: 'sb-aircraft' });
  const error = h('p', { class: 'hd-error', role: 'alert', hidden: true });
  const sync = (): void => {
    const y = Math.round(Number(year.value));
    const parties = sandboxParties(SANDBOX_DATA, y).map((p) => ({ value: p.iso3, label: p.name }));
    options(observer, parties, observer.value || 'USA');
    const hosts = parties.filter((p) => !hostTerritoryOf(SANDBOX_DATA, p.value).includes(observer.value));
    options(host, hosts, host.value || 'RUS');
    const fields = sandboxAirfields(SANDBOX_DATA, host.value, y).map((a) => ({
      value: a.id,
      label: `${SANDBOX_DATA.airfields.find((x) => x.id === a.id)?.name ?? a.id} (${fmtInt(a.maxDistanceKm)} km)`,
    }));
    options(airfield, fields, airfield.value);
    const planes = SANDBOX_DATA.aircraft.map((a) => ({ value: a.id, label: a.name }));
    const own = SANDBOX_DATA.aircraft.find((a) => a.operator.includes(observer.value))?.id ?? '';
    options(aircraft, planes, aircraft.dataset.touched ? aircraft.value : own);
  };
  for (const el of [year, observer, host]) el.addEventListener('change', sync);
  aircraft.addEventListener('change', () => (aircraft.dataset.touched = 'true'));
  sync();
  const field = (label: string, input: HTMLElement): HTMLElement =>
    h('label', { class: 'hd-field' }, [h('span', {}, [label]), input]);
  const go = button(
    tx('sb.start'),
    () => {
      const problem = startSandbox({
        observer: observer.value,
        host: host.value,
        year: Math.round(Number(year.value)),
        airfield: airfield.value,
        aircraft: aircraft.value,
      });
      error.textContent = problem ?? '';
      error.hidden = problem === null;
    },
    { class: 'primary', id: 'sb-start' },
  );
  return h('section', { class: 'sb hd-box', 'aria-labelledby': 'sb-title' }, [
    h('h3', { id: 'sb-title' }, [tx('sb.title')]),
    h('p', { class: 'ms-muted small' }, [tx('sb.help')]),
    h('div', { class: 'sb-grid' }, [
      field(tx('sb.year'), year),
      field(tx('sb.observer'), observer),
      field(tx('sb.host'), host),
      field(tx('sb.airfield'), airfield),
      field(tx('sb.aircraft'), aircraft),
    ]),
    error,
    go,
  ]);
}

function downloadPlan(): void {
  const plan = currentPlan(state());
  if (plan) downloadPlanFile(plan);
}

/** In planning a sandbox plan: export the plan file (mounted beside the planning bar). */
export function mountSandboxBar(root: HTMLElement): () => void {
  const s = state();
  if (!s.mission || !isSandboxId(s.mission.levelId)) return () => {};
  const bar = h('div', { class: 'sb-bar' }, [
    button(tx('sb.export'), downloadPlan, { class: 'secondary', id: 'sb-export' }),
    // The map never refits by itself while the route grows; this frames the whole route once.
    button(tx('sb.fitRoute'), () => requestRouteFit(actionStore()), {
      class: 'secondary',
      id: 'sb-fit-route',
    }),
  ]);
  root.append(bar);
  return () => bar.remove();
}

/**
 * The timeline strip: notice, plan submission and take-off against the deterministic forecast
 * (cloud over the planned route and daylight per 6-hour slot of the 96-hour window).
 * Clicking a slot (or pressing Enter on it) sets the take-off to the start of that slot.
 */
import {
  DEFAULT_TIMELINE,
  forecastSummary,
  routePointsOfVerdict,
  WINDOW_H,
  type PlanTimeline,
} from '../../rules';
import { setTimeline } from '../../state/actions/mission';
import { forecastOf } from '../../state/actions/mission-engine';
import { currentPlan } from '../../state/selectors';
import { currentLevel, render, state } from './store-view';
import type { GameState } from '../../state/store';
import { fmt1, h } from './dom';
import { formatDate } from '../../i18n';
import { tx } from './text';
import { weatherStrip } from './weather-strip';

const FIELDS: { key: keyof PlanTimeline; min: number; step: number }[] = [
  { key: 'noticeH', min: 0, step: 12 },
  { key: 'submitAfterArrivalH', min: 1, step: 1 },
  { key: 'takeoffAfterSubmitH', min: 0, step: 6 },
];

export function mountTimeline(root: HTMLElement): () => void {
  const inputs = new Map<keyof PlanTimeline, HTMLInputElement>();
  const controls = h('div', { class: 'tl-controls' });
  for (const f of FIELDS) {
    const input = h('input', {
      type: 'number',
      min: f.min,
      max: 240,
      step: f.step,
      id: `tl-${f.key}`,
      class: 'tl-input',
    });
    input.addEventListener('change', () => {
      const v = Number(input.value);
      if (input.value.trim() !== '' && Number.isFinite(v)) setTimeline({ [f.key]: v });
    });
    inputs.set(f.key, input);
    controls.append(h('label', { for: `tl-${f.key}` }, [tx(`tl.${f.key}`), input]));
  }
  const stripHost = h('div', { class: 'tl-strip' });
  const markers = h('div', { class: 'tl-markers', 'aria-hidden': 'true' });
  const readout = h('p', { class: 'tl-readout' });
  // A disclosure: open on desktop, folded on small screens so the map keeps its room.
  const wrap = h('details', { class: 'tl' }, [
    h('summary', { class: 'bar-label', id: 'tl-title' }, [tx('tl.title')]),
    controls,
    h('div', { class: 'tl-track' }, [stripHost, markers]),
    readout,
  ]);
  wrap.open = typeof matchMedia !== 'function' || !matchMedia('(max-width: 900px)').matches;
  root.append(wrap);

  let lastRoute: unknown = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const drawStrip = (): void => {
    const s = state();
    const level = currentLevel(s);
    if (!level || !s.verdict) return;
    const route = routePointsOfVerdict(s.verdict);
    const slots = forecastSummary(forecastOf(level), route.length ? route : []);
    // Each slot is a button: pick the take-off time by the weather.
    const strip = weatherStrip(slots, Date.parse(level.arrivalUtc), (slot) => {
      const t = currentPlan(state())?.timeline ?? DEFAULT_TIMELINE;
      setTimeline({ takeoffAfterSubmitH: Math.max(0, slot.fromH - t.submitAfterArrivalH) });
    });
    stripHost.replaceChildren(strip);
  };

  const draw = (s: GameState): void => {
    const plan = currentPlan(s);
    const v = s.verdict;
    if (!plan || !v) return;
    const t = plan.timeline ?? DEFAULT_TIMELINE;
    for (const f of FIELDS) {
      const input = inputs.get(f.key) as HTMLInputElement;
      if (document.activeElement !== input) input.value = String(t[f.key]);
    }
    const pct = (atH: number): string => `${Math.min(100, Math.max(0, (atH / WINDOW_H) * 100)).toFixed(2)}%`;
    const span = Math.max(0.5, v.endAfterArrivalH - v.takeoffAfterArrivalH);
    markers.replaceChildren(
      h('span', {
        class: 'tl-mark tl-submit',
        style: `left:${pct(t.submitAfterArrivalH)}`,
        title: tx('tl.submit'),
      }),
      h('span', {
        class: `tl-flight${v.endAfterArrivalH > WINDOW_H ? ' over' : ''}`,
        style: `left:${pct(v.takeoffAfterArrivalH)};width:${((span / WINDOW_H) * 100).toFixed(2)}%`,
      }),
      h('span', { class: 'tl-axis tl-axis-start' }, [tx('tl.arrive')]),
      h('span', { class: 'tl-axis tl-flight-label', style: `left:${pct(v.takeoffAfterArrivalH)}` }, [
        tx('tl.flight'),
      ]),
      h('span', { class: 'tl-axis tl-axis-end' }, [tx('tl.windowEnd')]),
    );
    const level = currentLevel(s);
    const takeoffMs = level ? Date.parse(level.arrivalUtc) + v.takeoffAfterArrivalH * 3_600_000 : 0;
    const said = tx('tl.readout', {
      takeoff: fmt1(v.takeoffAfterArrivalH),
      land: fmt1(v.endAfterArrivalH),
      clock: formatDate(takeoffMs, {
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    });
    readout.textContent = said;
    readout.title = said;
    // The forecast over the route costs a few ms: redraw it after the route settles (a drag on a
    // slow machine pauses for a few hundred ms between frames: not settled yet).
    const routeKey = v.legs;
    if (routeKey !== lastRoute) {
      lastRoute = routeKey;
      if (timer) clearTimeout(timer);
      timer = setTimeout(drawStrip, stripHost.childElementCount ? 800 : 0);
    }
  };
  const off = render([(s) => s.verdict, (s) => s.mission?.present], draw);
  return () => {
    off();
    if (timer) clearTimeout(timer);
    wrap.remove();
  };
}

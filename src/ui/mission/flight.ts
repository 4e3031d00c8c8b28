/**
 * Flight: the clock (time bar, pause, 1–16×) advanced with requestAnimationFrame through
 * setFlightTime, and the log of escort remarks, captures and zone entries up to now.
 * At 1× one second of play is one minute of flight.
 */
import { positionAt } from '../../rules';
import { finishFlight, setFlightTime, setPaused, setTimeSpeed } from '../../state/actions/mission';
import { answerDeviation, pendingDeviation, syncDeviation } from '../../state/actions/mission-deviation';
import { currentLevel, render, state } from './store-view';
import { TIME_SPEEDS } from '../../state/schema';
import type { GameState } from '../../state/store';
import { button, fmt1, fmtClock, fmtDuration, fmtInt, fmtUtc, h } from './dom';
import { tx } from './text';

const FLIGHT_H_PER_SEC_AT_1X = 1 / 60;

interface LogEntry {
  tH: number;
  kind: 'remark' | 'capture' | 'zone' | 'deviation';
  text: string;
}

function clockOf(arrivalMs: number, tH: number): string {
  return fmtClock(arrivalMs + tH * 3_600_000);
}

/** The host's request, waiting for the player's answer (the clock holds meanwhile). */
function deviationPrompt(): { el: HTMLElement; draw(s: GameState): void } {
  const reason = h('p', { class: 'fl-dev-reason' });
  const accept = button(tx('fl.devAccept'), () => answerDeviation('accepted'), { class: 'primary' });
  const refuse = button(tx('fl.devRefuse'), () => answerDeviation('refused'));
  // Styled as a notice (dotted rule, VISUAL.md) with the finding card's padding.
  const el = h(
    'section',
    { class: 'fl-dev-prompt finding-notice', role: 'group', 'aria-labelledby': 'fl-dev-title' },
    [
      h('h3', { id: 'fl-dev-title' }, [tx('fl.devTitle')]),
      reason,
      h('p', { class: 'ms-muted small' }, [tx('fl.devRule')]),
      h('div', { class: 'rev-actions' }, [accept, refuse]),
    ],
  );
  el.hidden = true;
  el.style.padding = 'var(--space)';
  el.style.marginBlock = 'var(--space)';
  el.style.background = 'rgba(255, 255, 255, 0.03)';
  el.style.borderRadius = '4px';
  return {
    el,
    draw(s) {
      const req = pendingDeviation(s);
      const was = !el.hidden;
      el.hidden = !req;
      if (!req) return;
      reason.textContent = tx('fl.devReason', { reason: req.reason });
      if (!was) {
        accept.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'nearest' });
      }
    },
  };
}

function logEntries(s: GameState): LogEntry[] {
  const f = s.flight;
  const level = currentLevel(s);
  if (!f || !level) return [];
  const name = (id: string): string => level.targets.find((t) => t.id === id)?.name ?? id;
  const out: LogEntry[] = [];
  for (const r of f.remarks) {
    const params: Record<string, string | number> = { ...r.params };
    if (typeof params.targetId === 'string') params.name = name(params.targetId);
    if (typeof params.airfield === 'string')
      params.airfield = s.world?.airfields.get(params.airfield)?.name ?? params.airfield;
    const captured = r.key === 'escort.passing-target' ? (params.captured ? '.captured' : '.missed') : '';
    out.push({ tH: r.tH, kind: 'remark', text: tx(`${r.key}${captured}.${r.variant % 3}`, params) });
  }
  for (const c of f.captures) {
    out.push({
      tH: c.tH,
      kind: 'capture',
      text: tx('fl.capture', {
        name: name(c.targetId),
        sensor: tx(`sensor.${c.sensor}`),
        res: fmt1(c.resolutionM),
      }),
    });
  }
  if (f.deviationRequest) {
    out.push({
      tH: f.deviationRequest.tH,
      kind: 'deviation',
      text: tx('fl.deviation', { reason: f.deviationRequest.reason }),
    });
  }
  const d = f.deviation;
  if (d && f.deviationRequest) {
    const arrival = Date.parse(level.arrivalUtc);
    out.push({
      tH: f.deviationRequest.tH + 1e-6,
      kind: 'deviation',
      text:
        d.answer === 'accepted'
          ? tx('fl.devAccepted', { until: clockOf(arrival, d.sensorsOffToH ?? f.deviationRequest.tH) })
          : tx(d.lawful ? 'fl.devRefusedLawful' : 'fl.devRefusedUnlawful'),
    });
  }
  return out.sort((a, b) => a.tH - b.tH || a.kind.localeCompare(b.kind));
}

export function mountFlightLog(root: HTMLElement): () => void {
  const list = h('ol', {
    class: 'fl-log',
    'aria-label': tx('fl.log'),
  });
  const status = h('p', { class: 'fl-status' });
  const prompt = deviationPrompt();
  const panel = h('section', { class: 'ms-panel flight-log', 'aria-labelledby': 'fl-title' }, [
    h('h2', { id: 'fl-title' }, [tx('fl.title')]),
    status,
    list,
    prompt.el,
  ]);
  root.append(panel);
  // A reload mid-flight rebuilds the flight without the answer already given.
  syncDeviation();
  let entries: LogEntry[] = [];
  let shown = -1;
  let flightRef: unknown = null;
  const draw = (s: GameState): void => {
    if (s.flight !== flightRef) {
      flightRef = s.flight;
      entries = logEntries(s);
      shown = -1;
      list.replaceChildren();
    }
    prompt.draw(s);
    const tH = s.mission?.flight?.tH ?? 0;
    const upTo = entries.filter((e) => e.tH <= tH + 1e-9).length;
    if (upTo === shown) return;
    if (upTo < shown) list.replaceChildren();
    const from = upTo < shown ? 0 : Math.max(0, shown);
    const level = currentLevel(s);
    const arrival = level ? Date.parse(level.arrivalUtc) : 0;
    for (const e of entries.slice(from, upTo)) {
      const time = fmtClock(arrival + e.tH * 3_600_000);
      list.append(
        h('li', { class: `fl-${e.kind}` }, [
          h('span', { class: 'num fl-time' }, [time]),
          h('span', {}, [e.text]),
        ]),
      );
    }
    shown = upTo;
    // While the host waits for an answer, its question stays in view.
    (prompt.el.hidden ? list.lastElementChild : prompt.el)?.scrollIntoView({ block: 'nearest' });
    const caps = s.flight?.captures.filter((c) => c.tH <= tH).length ?? 0;
    status.textContent = tx('fl.status', { caps, total: level?.targets.length ?? 0 });
  };
  const off = render([(s) => s.flight, (s) => s.mission?.flight?.tH], draw);
  return () => {
    off();
    panel.remove();
  };
}

export function mountFlightBar(root: HTMLElement, reducedMotion: () => boolean): () => void {
  const range = h('input', {
    type: 'range',
    id: 'fl-time',
    min: 0,
    max: 1,
    step: 0.001,
    'aria-label': tx('fl.timeBar'),
  });
  const clock = h('p', { class: 'fl-clock num', 'aria-live': 'off' });
  const pauseBtn = button(tx('fl.pause'), () => setPaused(!(state().mission?.flight?.paused ?? false)), {
    class: 'toggle',
    'aria-pressed': 'false',
  });
  const speeds = h('div', { class: 'fl-speeds', role: 'radiogroup', 'aria-label': tx('fl.speed') });
  const speedBtns = TIME_SPEEDS.map((sp) => {
    const b = button(`${sp}×`, () => setTimeSpeed(sp), {
      role: 'radio',
      'aria-checked': 'false',
      'data-speed': sp,
    });
    speeds.append(b);
    return b;
  });
  speeds.addEventListener('keydown', (ev) => {
    const i = TIME_SPEEDS.indexOf(state().settings.timeSpeed);
    const d =
      ev.key === 'ArrowRight' || ev.key === 'ArrowUp'
        ? 1
        : ev.key === 'ArrowLeft' || ev.key === 'ArrowDown'
          ? -1
          : 0;
    if (!d) return;
    ev.preventDefault();
    const next = TIME_SPEEDS[Math.min(TIME_SPEEDS.length - 1, Math.max(0, i + d))] ?? 1;
    setTimeSpeed(next);
    speedBtns[TIME_SPEEDS.indexOf(next)]?.focus();
  });
  const landBtn = button(tx('fl.toDebrief'), () => finishFlight(), { class: 'primary' });
  const bar = h('div', { class: 'ms-bottom flight-bar' }, [
    h('div', { class: 'fl-time-wrap' }, [
      h('label', { for: 'fl-time', class: 'bar-label' }, [tx('fl.timeBar')]),
      range,
      clock,
    ]),
    h('div', { class: 'fl-buttons' }, [pauseBtn, speeds, landBtn]),
  ]);
  root.append(bar);
  range.addEventListener('input', () => setFlightTime(Number(range.value)));

  const draw = (s: GameState): void => {
    const f = s.flight;
    const m = s.mission;
    if (!f || !m?.flight) return;
    const from = f.takeoffAfterArrivalH;
    const to = Math.max(from, f.landingAfterArrivalH);
    range.min = String(from);
    range.max = String(to);
    if (document.activeElement !== range) range.value = String(m.flight.tH);
    const level = currentLevel(s);
    const arrival = level ? Date.parse(level.arrivalUtc) : 0;
    const pos = positionAt(f, m.flight.tH);
    clock.textContent = tx('fl.clock', {
      elapsed: fmtDuration(m.flight.tH - from),
      total: fmtDuration(to - from),
      utc: fmtUtc(arrival + m.flight.tH * 3_600_000),
      alt: pos ? fmtInt(pos.altitudeM) : '–',
    });
    range.setAttribute('aria-valuetext', clock.textContent);
    pauseBtn.textContent = m.flight.paused ? tx('fl.play') : tx('fl.pause');
    pauseBtn.setAttribute('aria-pressed', String(m.flight.paused));
    speedBtns.forEach((b, i) => {
      const on = TIME_SPEEDS[i] === s.settings.timeSpeed;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
    });
    const ended = f.status === 'grounded' || m.flight.tH >= to - 1e-9;
    landBtn.textContent = ended ? tx('fl.toDebrief') : tx('fl.skip');
  };
  const off = render([(s) => s.flight, (s) => s.mission?.flight, (s) => s.settings.timeSpeed], draw);

  // The clock: real seconds × speed → flight hours. Reduced motion still runs (the aircraft
  // steps instead of gliding; that is the map's business), the clock itself is information.
  let raf = 0;
  let last = 0;
  let endedAt = 0;
  const tick = (now: number): void => {
    raf = requestAnimationFrame(tick);
    const s = state();
    const m = s.mission;
    const f = s.flight;
    const dt = last ? Math.min(0.25, (now - last) / 1000) : 0;
    last = now;
    if (!m || m.phase !== 'flight' || !m.flight || !f) return;
    if (f.status === 'grounded') return;
    const end = f.landingAfterArrivalH;
    if (m.flight.tH >= end - 1e-9) {
      // Landed: a short pause so the last log lines can be read, then the debrief.
      endedAt ||= now;
      if (now - endedAt > (reducedMotion() ? 400 : 1500)) finishFlight();
      return;
    }
    endedAt = 0;
    // Time stands still while a dialog (Handbook, settings) is open: no pressure while reading.
    if (m.flight.paused || s.panel !== null || dt === 0) return;
    setFlightTime(m.flight.tH + dt * s.settings.timeSpeed * FLIGHT_H_PER_SEC_AT_1X);
  };
  raf = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(raf);
    off();
    bar.remove();
  };
}

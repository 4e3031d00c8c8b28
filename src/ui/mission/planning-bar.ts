/**
 * Planning bottom bar: distance budget (used / maximum), flight time, the selected leg's
 * ground resolution and swath per sensor, the timeline strip, and Submit.
 */
import { submitPlan } from '../../state/actions/mission';
import { currentPlan } from '../../state/selectors';
import type { GameState } from '../../state/store';
import { countBySeverity, worstProblem } from '../../rules';
import { button, fmt1, fmtDuration, fmtInt, h } from './dom';
import { render } from './store-view';
import { tx } from './text';
import { tn } from '../../i18n';
import { mountTimeline } from './timeline';
import { sharePlanButton } from '../classroom';
import { mountPreview } from './preview';

export function mountPlanningBar(root: HTMLElement): () => void {
  const fill = h('span', { class: 'db-fill' });
  const meter = h(
    'div',
    { class: 'db-meter', role: 'meter', 'aria-valuemin': 0, 'aria-labelledby': 'db-label' },
    [fill, h('span', { class: 'db-max', 'aria-hidden': 'true' })],
  );
  const distText = h('span', { class: 'num' });
  const timeText = h('span', { class: 'num' });
  const legText = h('div', { class: 'leg-metrics', 'aria-live': 'off' });
  const submitBtn = button(tx('plan.submit'), () => submitPlan(), { class: 'primary', id: 'ms-submit' });
  const submitHint = h('p', { class: 'submit-hint', id: 'ms-submit-hint' });
  submitBtn.setAttribute('aria-describedby', 'ms-submit-hint');

  // The budget column scrolls when the preview is long: focusable, so the keyboard can scroll it.
  const budget = h('section', { class: 'db', 'aria-labelledby': 'db-label', tabindex: '0' }, [
    h('h3', { id: 'db-label', class: 'bar-label' }, [tx('plan.distance')]),
    meter,
    h('p', { class: 'db-read' }, [distText]),
    h('p', { class: 'db-time' }, [tx('plan.time'), ' ', timeText]),
  ]);
  const actions = h('div', { class: 'plan-actions' }, [submitBtn, submitHint, sharePlanButton()]);
  const bar = h('div', { class: 'ms-bottom planning-bar' }, [budget]);
  root.append(bar);
  const offPreview = mountPreview(budget);
  budget.append(legText);
  const offTimeline = mountTimeline(bar);
  bar.append(actions);

  const draw = (s: GameState): void => {
    const v = s.verdict;
    const plan = currentPlan(s);
    const m = s.mission;
    if (!v || !plan || !m) return;
    const ratio = v.maxDistanceKm > 0 ? v.distanceKm / v.maxDistanceKm : 0;
    const over = v.distanceKm > v.maxDistanceKm;
    fill.style.width = `${Math.min(100, ratio * 100).toFixed(1)}%`;
    meter.classList.toggle('over', over);
    meter.setAttribute('aria-valuemax', String(Math.round(v.maxDistanceKm)));
    meter.setAttribute('aria-valuenow', String(Math.round(v.distanceKm)));
    meter.setAttribute(
      'aria-valuetext',
      tx('plan.distanceOf', { used: fmtInt(v.distanceKm), max: fmtInt(v.maxDistanceKm) }),
    );
    distText.textContent = tx('plan.distanceOf', {
      used: fmtInt(v.distanceKm),
      max: fmtInt(v.maxDistanceKm),
    });
    distText.classList.toggle('over', over);
    timeText.textContent = fmtDuration(v.flightDurationH);

    const sel = s.selectedWaypoint;
    const leg = sel !== null ? v.legs[sel] : undefined;
    if (!leg) {
      legText.textContent = plan.waypoints.length ? tx('plan.pickLeg') : tx('plan.startHint');
    } else if (leg.sensors.length === 0) {
      legText.textContent = tx('plan.legNoSensors', {
        n: sel! + 1,
        km: fmtInt(leg.lengthKm),
        alt: fmtInt(leg.altitudeM),
      });
    } else {
      legText.replaceChildren(
        h('span', {}, [
          tx('plan.legHead', { n: sel! + 1, km: fmtInt(leg.lengthKm), alt: fmtInt(leg.altitudeM) }),
        ]),
        ...leg.sensors.map((x) =>
          h('span', { class: 'leg-sensor' }, [
            h('strong', {}, [tx(`sensor.${x.kind}`)]),
            ' ',
            h('span', { class: 'num' }, [tx('plan.res', { res: fmt1(x.resolutionM) })]),
            ' · ',
            h('span', { class: 'num' }, [tx('plan.swath', { km: fmt1(x.swathKm) })]),
          ]),
        ),
      );
    }
    const { violation: nv, restriction: nr } = countBySeverity(v.findings);
    submitBtn.disabled = plan.waypoints.length === 0;
    submitHint.textContent =
      plan.waypoints.length === 0
        ? tx('plan.hintEmpty')
        : nv
          ? tn('plan.hintViolations', nv)
          : nr
            ? tn('plan.hintRestrictions', nr)
            : tx('plan.hintOk');
    submitHint.dataset.state = worstProblem(v.findings) ?? 'ok';
  };
  const off = render(
    [
      (s) => s.verdict,
      (s) => s.selectedWaypoint,
      (s) => s.routeLocked,
      (s) => s.mission?.past,
      (s) => s.mission?.future,
    ],
    draw,
  );
  return () => {
    off();
    offPreview();
    offTimeline();
    bar.remove();
  };
}

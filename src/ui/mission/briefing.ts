/** Briefing: the mission's situation, objectives, the new rule, aircraft and weather outlook. */
import { forecastSummary } from '../../rules/sim';
import { beginPlanning } from '../../state/actions/mission';
import { forecastOf } from '../../state/actions/mission-engine';
import { quotaLeft } from '../../state/selectors';
import { currentLevel, partyName, state } from './store-view';
import { button, fmtDate, fmt1, h } from './dom';
import { miniMap } from './minimap';
import { tx } from './text';
import { weatherStrip } from './weather-strip';
import { hotSeatButton } from '../host/hotseat-bar';

export function mountBriefing(root: HTMLElement): () => void {
  const s = state();
  const level = currentLevel(s);
  if (!level || !s.world) return () => {};
  const world = s.world;
  const aircraft = world.aircraft.get(level.aircraft);
  const airfield = world.airfields.get(level.airfields[0]?.id ?? '');
  const objectives = level.targets.filter((t) => t.objective);
  const others = level.targets.filter((t) => !t.objective);

  const targetItem = (t: (typeof level.targets)[number]): HTMLElement =>
    h('li', {}, [
      h('span', { class: 'ms-target-num', 'aria-hidden': 'true' }, [String(level.targets.indexOf(t) + 1)]),
      h('span', {}, [
        h('strong', {}, [t.name]),
        ` — ${tx(`kind.${t.kind}`)}, `,
        tx('brief.needs', { res: fmt1(t.resolutionNeededM) }),
        t.note ? h('span', { class: 'ms-muted' }, [` ${t.note}`]) : null,
      ]),
    ]);

  const points = [
    ...(airfield ? [{ lat: airfield.lat, lon: airfield.lon }] : []),
    ...level.targets.map((t) => ({ lat: t.lat, lon: t.lon })),
  ];
  const slots = forecastSummary(forecastOf(level), points);
  const start = button(tx('brief.start'), () => beginPlanning(), { class: 'primary big' });

  const facts = h('dl', { class: 'ms-facts' }, [
    h('dt', {}, [tx('brief.date')]),
    h('dd', {}, [fmtDate(level.arrivalUtc)]),
    h('dt', {}, [tx('brief.parties')]),
    h('dd', {}, [`${partyName(s, level.observer)} → ${partyName(s, level.host)}`]),
    h('dt', {}, [tx('brief.quota')]),
    h('dd', {}, [tx('brief.quotaValue', { left: quotaLeft(s, level), active: level.quota.active })]),
    h('dt', {}, [tx('brief.aircraft')]),
    h('dd', {}, [aircraft ? aircraft.name : level.aircraft]),
    h('dt', {}, [tx('brief.airfield')]),
    h('dd', {}, [
      airfield ? airfield.name : (level.airfields[0]?.id ?? ''),
      ` · ${tx('brief.maxDistance', { km: level.airfields[0]?.maxDistanceKm ?? 0 })}`,
    ]),
  ]);
  const sensors = aircraft
    ? h('section', {}, [
        h('h3', {}, [tx('brief.sensors')]),
        h(
          'ul',
          { class: 'ms-sensors' },
          aircraft.sensors.map((sp) =>
            h('li', {}, [
              h('strong', {}, [tx(`sensor.${sp.kind}`)]),
              ` ${tx('brief.sensorSpec', { limit: sp.limitM, min: sp.minAltitudeM })}`,
            ]),
          ),
        ),
      ])
    : null;
  const card = h('article', { class: 'ms-briefing', 'aria-labelledby': 'ms-brief-title' }, [
    h('div', { class: 'ms-brief-grid' }, [
      h('header', { class: 'ms-brief-head' }, [
        h('p', { class: 'ms-kicker' }, [tx('phase.briefing')]),
        h('h2', { id: 'ms-brief-title' }, [level.title]),
        facts,
      ]),
      miniMap(
        level,
        world,
        tx('brief.mapLabel', { host: partyName(s, level.host), n: level.targets.length }),
      ),
      h('div', { class: 'ms-brief-text' }, [
        h('p', {}, [level.texts.briefing]),
        h('section', { class: 'ms-bulletin', 'aria-labelledby': 'ms-bulletin-title' }, [
          h('h3', { id: 'ms-bulletin-title' }, [tx('brief.bulletin'), ': ', level.texts.bulletin.title]),
          h('p', {}, [level.texts.bulletin.text]),
        ]),
        sensors,
      ]),
      h('div', { class: 'ms-brief-side' }, [
        h('h3', {}, [tx('brief.objectives')]),
        h('ol', { class: 'ms-targets' }, objectives.map(targetItem)),
        others.length ? h('h3', {}, [tx('brief.others')]) : null,
        others.length ? h('ul', { class: 'ms-targets' }, others.map(targetItem)) : null,
        h('section', {}, [
          h('h3', {}, [tx('brief.weather')]),
          weatherStrip(slots, Date.parse(level.arrivalUtc)),
        ]),
        h('p', { class: 'ms-muted small' }, [tx('brief.weatherHint')]),
      ]),
    ]),
    h('footer', {}, [hotSeatButton(s), start]),
  ]);
  const wrap = h('div', { class: 'ms-screen ms-briefing-wrap' }, [card]);
  root.append(wrap);
  start.focus({ preventScroll: true });
  return () => wrap.remove();
}

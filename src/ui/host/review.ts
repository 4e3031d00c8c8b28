/**
 * Host duty review panel (08): the plan under review (route legs, distance), the rules engine's
 * findings behind a button, the three decisions (accept, propose a change, refuse citing an
 * article), the computer observer's answer and, after a protest, give way or insist.
 */
import {
  answerProtest,
  hostDecide,
  hostDutyState,
  incomingPlan,
  isSettled,
  nextIncoming,
  proposeHostChange,
  recordScore,
  revealFindings,
  suggestedDetour,
} from '../../state/actions/host-duty';
import type { HostDecisionRecord } from '../../state/schema';
import { currentLevel } from '../../state/selectors';
import type { GameState } from '../../state/store';
import type { Level, Plan, Verdict } from '../../rules/types';
import { button, fmtInt, fmt1, h } from '../mission/dom';
import { findingItem } from '../mission/findings';
import { partyName, render } from '../mission/store-view';
import { tx } from '../mission/text';
import './host.css';

export function decisionText(rec: HostDecisionRecord): string {
  const a = rec.action;
  if (a.kind === 'accept') return tx('host.decision.accept');
  if (a.kind === 'refuse') return tx('host.decision.refuse', { article: a.article });
  return tx('host.decision.change', { what: tx(`host.changeKind.${a.what}`) });
}

export function observerText(s: GameState, rec: HostDecisionRecord): string {
  const level = currentLevel(s);
  const lost = rec.reply.lostTargets
    .map((id) => level?.targets.find((t) => t.id === id)?.name ?? id)
    .join(', ');
  return tx(`host.observer.${rec.reply.reason}`, { article: rec.reply.article, lost });
}

function routeList(s: GameState, plan: Plan, verdict: Verdict | null): HTMLElement {
  const name = (id: string): string => s.world?.airfields.get(id)?.name ?? id;
  const n = plan.waypoints.length;
  // What the host's team reads off the plan itself; distances come with the findings.
  const items = [...plan.waypoints, null].map((w, i) => {
    const from = i === 0 ? name(plan.airfield) : tx('host.wp', { n: i });
    const to = w ? tx('host.wp', { n: i + 1 }) : name(plan.endAirfield ?? plan.airfield);
    const sensors = w?.sensors.map((x) => tx(`sensor.${x}`)).join(', ') || tx('host.route.noSensors');
    const at = w ? tx('host.route.at', { lat: fmt1(w.lat), lon: fmt1(w.lon) }) : '';
    return h('li', {}, [
      tx('host.route.leg', {
        n: i + 1,
        from,
        to,
        at,
        alt: fmtInt(w?.altitudeM ?? plan.waypoints[n - 1]?.altitudeM ?? 0),
        sensors,
      }),
      verdict?.legs[i] ? ` · ${tx('host.route.km', { km: fmtInt(verdict.legs[i].lengthKm) })}` : '',
    ]);
  });
  const t = plan.timeline;
  return h('section', { class: 'hd-route', 'aria-labelledby': 'hd-route-h' }, [
    h('h3', { id: 'hd-route-h' }, [tx('host.route')]),
    h('ol', {}, items),
    h('p', { class: 'ms-muted' }, [
      tx('host.route.takeoff', {
        takeoff: fmt1((t?.submitAfterArrivalH ?? 2) + (t?.takeoffAfterSubmitH ?? 24)),
      }),
      verdict
        ? ` ${tx('host.route.total', { km: fmtInt(verdict.distanceKm), max: fmtInt(verdict.maxDistanceKm), airfield: name(plan.airfield) })}`
        : '',
    ]),
  ]);
}

function findingsBlock(verdict: Verdict | null, plan: Plan, revealed: boolean): HTMLElement {
  const body = !revealed
    ? [
        h('p', { class: 'ms-muted' }, [tx('host.findings.hidden')]),
        button(tx('host.findings.reveal'), () => revealFindings(), { class: 'secondary', id: 'hd-reveal' }),
      ]
    : verdict && verdict.findings.length > 0
      ? [
          h(
            'ul',
            { class: 'findings' },
            verdict.findings.map((f) => findingItem(f, plan.waypoints.length)),
          ),
        ]
      : [h('p', {}, [tx('host.findings.none')])];
  return h('section', { class: 'hd-findings', 'aria-labelledby': 'hd-find-h' }, [
    h('h3', { id: 'hd-find-h' }, [tx('host.findings')]),
    ...body,
  ]);
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'hd-field' }, [h('span', {}, [label]), input]);
}

function changeForm(s: GameState, level: Level, plan: Plan): HTMLElement {
  const what = h('select', { id: 'hd-change-what' }, [
    h('option', { value: 'altitude' }, [tx('host.change.altitude')]),
    h('option', { value: 'time' }, [tx('host.change.time')]),
    h('option', { value: 'route' }, [tx('host.change.route')]),
  ]);
  const leg = h(
    'select',
    { id: 'hd-change-leg' },
    plan.waypoints.map((w, i) => h('option', { value: String(i) }, [`${i + 1} (${fmtInt(w.altitudeM)} m)`])),
  );
  const alt = h('input', {
    id: 'hd-change-alt',
    type: 'number',
    min: 100,
    max: 15000,
    step: 100,
    value: 3000,
  });
  const delay = h('input', { id: 'hd-change-delay', type: 'number', min: 0.5, max: 48, step: 0.5, value: 2 });
  const detour = suggestedDetour(plan, level, s.mission?.seed ?? 0, s);
  const detourText =
    detour?.kind === 'route'
      ? tx('host.change.detour', {
          lat: fmt1(detour.waypoint.lat),
          lon: fmt1(detour.waypoint.lon),
          n: detour.insertAt + 1,
          km: fmtInt(detour.addedKm),
        })
      : tx('host.change.noDetour');
  const parts = {
    altitude: h('div', { class: 'hd-part' }, [
      field(tx('host.change.leg'), leg),
      field(tx('host.change.altitudeM'), alt),
    ]),
    time: h('div', { class: 'hd-part', hidden: true }, [field(tx('host.change.delayH'), delay)]),
    route: h('div', { class: 'hd-part', hidden: true }, [h('p', {}, [detourText])]),
  };
  const go = button(
    tx('host.change.propose'),
    () => {
      const kind = what.value as 'altitude' | 'time' | 'route';
      if (kind === 'altitude')
        proposeHostChange({ what: 'altitude', waypoint: Number(leg.value), altitudeM: Number(alt.value) });
      else if (kind === 'time') proposeHostChange({ what: 'time', delayH: Number(delay.value) });
      else proposeHostChange({ what: 'route' });
    },
    { class: 'secondary', id: 'hd-change-go' },
  );
  const sync = (): void => {
    for (const [k, el] of Object.entries(parts)) el.hidden = k !== what.value;
    go.toggleAttribute('disabled', what.value === 'route' && !detour);
  };
  what.addEventListener('change', sync);
  return h('fieldset', { class: 'hd-box' }, [
    h('legend', {}, [tx('host.change')]),
    h('p', { class: 'ms-muted small' }, [tx('host.change.help')]),
    field(tx('host.change.what'), what),
    parts.altitude,
    parts.time,
    parts.route,
    go,
  ]);
}

function refuseForm(): HTMLElement {
  const input = h('input', {
    id: 'hd-refuse-article',
    type: 'text',
    placeholder: tx('host.refuse.help'),
    autocomplete: 'off',
  });
  const error = h('p', { class: 'hd-error', role: 'alert', hidden: true }, [tx('host.refuse.needArticle')]);
  const go = button(
    tx('host.refuse.go'),
    () => {
      const article = input.value.trim().slice(0, 80);
      error.hidden = article.length > 0;
      if (article) hostDecide({ kind: 'refuse', article });
    },
    { class: 'secondary', id: 'hd-refuse-go' },
  );
  return h('fieldset', { class: 'hd-box' }, [
    h('legend', {}, [tx('host.refuse')]),
    field(tx('host.refuse.article'), input),
    error,
    go,
  ]);
}

function answerBlock(s: GameState, rec: HostDecisionRecord, last: boolean): HTMLElement {
  const sc = recordScore(rec);
  const settled = isSettled(rec);
  return h('section', { class: 'hd-answer', 'aria-live': 'polite' }, [
    h('p', { class: 'hd-you' }, [tx('host.yourDecision', { decision: decisionText(rec) })]),
    h('h3', {}, [tx('host.observerSays')]),
    h('p', { class: `hd-reply hd-reply-${rec.reply.kind}`, 'data-reason': rec.reply.reason }, [
      observerText(s, rec),
    ]),
    rec.reply.kind === 'protest' && !rec.after
      ? h('div', { class: 'hd-actions' }, [
          h('p', {}, [tx('host.afterProtest')]),
          button(tx('host.giveWay'), () => answerProtest('give-way'), {
            class: 'primary',
            id: 'hd-give-way',
          }),
          button(tx('host.insist'), () => answerProtest('insist'), { class: 'secondary', id: 'hd-insist' }),
        ])
      : null,
    rec.after ? h('p', {}, [tx(rec.after === 'give-way' ? 'host.gaveWay' : 'host.insisted')]) : null,
    settled
      ? h('p', { class: 'hd-points' }, [
          tx('host.points', {
            points: sc.points,
            trust: sc.trustDelta >= 0 ? `+${sc.trustDelta}` : String(sc.trustDelta),
          }),
          ' · ',
          tx(rec.reply.lawful ? 'host.lawful' : 'host.contested'),
        ])
      : null,
    settled
      ? button(tx(last ? 'host.toDebrief' : 'host.next'), () => nextIncoming(), {
          class: 'primary big',
          id: 'hd-next',
        })
      : null,
  ]);
}

export function mountHostReview(root: HTMLElement): () => void {
  const wrap = h('div', { class: 'hd', 'aria-labelledby': 'hd-title' });
  root.append(wrap);
  const draw = (s: GameState): void => {
    const level = currentLevel(s);
    const duty = hostDutyState(s);
    const incoming = level && duty ? incomingPlan(level, duty.index) : null;
    if (!level || !duty || !incoming) {
      wrap.replaceChildren();
      return;
    }
    const total = level.hostDuty?.incoming.length ?? 0;
    const plan = incoming.plan;
    const af = s.world?.airfields.get(plan.airfield)?.name ?? plan.airfield;
    wrap.replaceChildren(
      h('h2', { id: 'hd-title', tabindex: '-1' }, [
        tx('host.title', { n: duty.index + 1, total, title: incoming.title }),
      ]),
      h('p', {}, [
        tx('host.intro', {
          observer: partyName(s, level.observer),
          host: partyName(s, level.host),
          airfield: af,
        }),
      ]),
      routeList(s, plan, s.verdict),
      findingsBlock(s.verdict, plan, duty.revealed),
      duty.current
        ? answerBlock(s, duty.current, duty.index + 1 >= total)
        : h('section', { class: 'hd-decide', 'aria-labelledby': 'hd-decide-h' }, [
            h('h3', { id: 'hd-decide-h' }, [tx('host.decide')]),
            button(tx('host.accept'), () => hostDecide({ kind: 'accept' }), {
              class: 'primary',
              id: 'hd-accept',
            }),
            changeForm(s, level, plan),
            refuseForm(),
          ]),
    );
  };
  const off = render([(s) => s.mission, (s) => s.verdict, (s) => s.world], draw);
  return () => {
    off();
    wrap.remove();
  };
}

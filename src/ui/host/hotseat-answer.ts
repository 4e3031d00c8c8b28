/**
 * The observer's answer in a two-player game (issue 14): the host's decision on the submitted
 * plan (what a change changes, also drawn on the map), then comply, protest citing an article,
 * or decline, judged by the rules as on the solo side (src/rules/host/hot-seat.ts).
 */
import { observerChoices, type HostAction, type HotSeatProtest } from '../../rules';
import type { Plan } from '../../rules/types';
import { hotSeat, hotSeatAnswer, hotSeatProtest, judge } from '../../state/actions/hot-seat';
import { missionContext } from '../../state/actions/mission-core';
import type { GameState } from '../../state/store';
import { button, fmt1, fmtInt, h } from '../mission/dom';
import { currentLevel, partyName, render } from '../mission/store-view';
import { tx } from '../mission/text';
import './host.css';

const takeoffH = (p: Plan): number =>
  (p.timeline?.submitAfterArrivalH ?? 2) + (p.timeline?.takeoffAfterSubmitH ?? 24);

/** What the host's changed plan changes, line by line (waypoints added, altitudes, take-off). */
export function changeLines(submitted: Plan, changed: Plan): string[] {
  const lines: string[] = [];
  const old = submitted.waypoints;
  const added = changed.waypoints.findIndex(
    (w, i) => old[i] === undefined || w.lat !== old[i]?.lat || w.lon !== old[i]?.lon,
  );
  if (changed.waypoints.length > old.length && added >= 0) {
    const w = changed.waypoints[added];
    if (w) lines.push(tx('hotseat.answer.added', { n: added + 1, lat: fmt1(w.lat), lon: fmt1(w.lon) }));
  }
  changed.waypoints.forEach((w, i) => {
    const before = old[changed.waypoints.length > old.length && added >= 0 && i > added ? i - 1 : i];
    if (before && i !== added && before.altitudeM !== w.altitudeM)
      lines.push(
        tx('hotseat.answer.alt', { n: i + 1, from: fmtInt(before.altitudeM), to: fmtInt(w.altitudeM) }),
      );
  });
  if (takeoffH(changed) !== takeoffH(submitted))
    lines.push(tx('hotseat.answer.time', { from: takeoffH(submitted), to: takeoffH(changed) }));
  return lines;
}

function decisionBlock(host: HostAction, submitted: Plan): HTMLElement {
  if (host.kind === 'accept') return h('p', { class: 'hd-reply' }, [tx('hotseat.answer.accept')]);
  if (host.kind === 'refuse')
    return h('p', { class: 'hd-reply hd-reply-protest' }, [
      tx('hotseat.answer.refuse', { article: host.article }),
    ]);
  return h('div', { class: 'hd-reply hs-change' }, [
    h('p', {}, [tx('hotseat.answer.change', { what: tx(`host.changeKind.${host.what}`) })]),
    h(
      'ul',
      {},
      changeLines(submitted, host.plan).map((l) => h('li', {}, [l])),
    ),
    h('p', { class: 'ms-muted small' }, [tx('hotseat.answer.mapHint')]),
  ]);
}

const signed = (n: number): string => (n >= 0 ? `+${n}` : String(n));

export function protestText(p: HotSeatProtest): string {
  return tx(p.key, { article: p.article, governing: p.governing.join(', '), trust: signed(p.trustDelta) });
}

function protestForm(): HTMLElement {
  const input = h('input', {
    id: 'hs-protest-article',
    type: 'text',
    placeholder: tx('hotseat.answer.protestHelp'),
    autocomplete: 'off',
  });
  const error = h('p', { class: 'hd-error', role: 'alert', hidden: true }, [
    tx('hotseat.answer.needArticle'),
  ]);
  const go = button(
    tx('hotseat.answer.protestGo'),
    () => {
      const article = input.value.trim();
      error.hidden = article.length > 0;
      if (article) hotSeatProtest(article);
    },
    { class: 'secondary', id: 'hs-protest-go' },
  );
  return h('fieldset', { class: 'hd-box' }, [
    h('legend', {}, [tx('hotseat.answer.protest')]),
    h('p', { class: 'ms-muted small' }, [tx('hotseat.answer.protestNote')]),
    h('label', { class: 'hd-field' }, [h('span', {}, [tx('host.refuse.article')]), input]),
    error,
    go,
  ]);
}

export function mountHotSeatAnswer(root: HTMLElement): () => void {
  const wrap = h('div', { class: 'hd hs-answer', 'aria-labelledby': 'hs-answer-title' });
  root.append(wrap);
  let focused = false;
  const draw = (s: GameState): void => {
    const hs = hotSeat(s);
    const level = currentLevel(s);
    const mc = missionContext(s);
    const j = hs && mc ? judge(hs, mc.ctx) : null;
    if (!hs?.host || !hs.submitted || !level || !j || hs.stage !== 'answer') {
      wrap.replaceChildren();
      return;
    }
    const choices = observerChoices(hs.host, j.protest);
    const yielded = j.protest?.result === 'host-yields';
    const comply = yielded ? 'yielded' : hs.host.kind;
    const parts: (HTMLElement | null)[] = [
      h('h2', { id: 'hs-answer-title', tabindex: '-1' }, [
        tx('hotseat.answer.title', { host: partyName(s, level.host) }),
      ]),
      decisionBlock(hs.host, hs.submitted),
      j.protest
        ? h('p', { class: `hd-reply hs-protest-${j.protest.result}`, 'data-reason': j.protest.reason }, [
            protestText(j.protest),
          ])
        : null,
      h('section', { class: 'hd-decide', 'aria-labelledby': 'hs-yours-h' }, [
        h('h3', { id: 'hs-yours-h' }, [tx('hotseat.answer.yours')]),
        choices.comply
          ? button(tx(`hotseat.answer.comply.${comply}`), () => hotSeatAnswer('comply'), {
              class: 'primary',
              id: 'hs-comply',
            })
          : null,
        choices.protest ? protestForm() : null,
        choices.decline
          ? button(tx('hotseat.answer.decline'), () => hotSeatAnswer('decline'), {
              class: 'secondary',
              id: 'hs-decline',
            })
          : null,
      ]),
    ];
    wrap.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    if (!focused) {
      focused = true;
      wrap.querySelector<HTMLElement>('#hs-answer-title')?.focus();
    }
  };
  const off = render([(s) => s.mission, (s) => s.world], draw);
  return () => {
    off();
    wrap.remove();
  };
}

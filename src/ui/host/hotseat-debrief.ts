/**
 * The debrief of a two-player game (issue 14): beside the observer's usual debrief, a table with
 * both players — what each decided, what the treaty says about it, and each score (the observer's
 * as the mission scored it, the host's from src/rules/host/host-score.ts).
 */
import { hotSeat, judge } from '../../state/actions/hot-seat';
import { missionContext } from '../../state/actions/mission-core';
import { h } from '../mission/dom';
import { currentLevel, partyName, state } from '../mission/store-view';
import { findingTitle } from '../../i18n';
import { tx } from '../mission/text';
import { hostActionText } from './hotseat-host';
import { protestText } from './hotseat-answer';

const signed = (n: number): string => (n >= 0 ? `+${n}` : String(n));

export function mountHotSeatDebrief(root: HTMLElement): () => void {
  const s = state();
  const hs = hotSeat(s);
  const level = currentLevel(s);
  const mc = missionContext(s);
  const outcome = s.mission?.outcome ?? null;
  const j = hs && mc ? judge(hs, mc.ctx) : null;
  if (!hs?.host || !level || !j || !outcome) return () => {};
  const host = j.result.hostTotal;
  const findings = [...new Set(j.verdict.findings.map((f) => findingTitle(f.code)))];
  const observerDid = [
    tx('hotseat.debrief.submitted'),
    hs.protest ? tx('hotseat.debrief.protested', { article: hs.protest.article }) : null,
    hs.answer ? tx(`hotseat.debrief.answer.${hs.answer}`) : null,
  ].filter((x): x is string => x !== null);
  const score = (n: number, stars: number, trust: number): string =>
    tx('hotseat.debrief.score', {
      score: n,
      stars: tx('hotseat.debrief.stars', { n: stars }),
      trust: signed(trust),
    });
  const row = (who: 'observer' | 'host', cells: (string | HTMLElement)[]): HTMLElement =>
    h('tr', { 'data-player': who }, [
      h('th', { scope: 'row' }, [
        tx(`hotseat.debrief.${who}`, { party: partyName(s, who === 'host' ? level.host : level.observer) }),
      ]),
      ...cells.map((c) => h('td', {}, [c])),
    ]);
  const section = h('section', { class: 'hs-debrief', 'aria-labelledby': 'hs-db-title' }, [
    h('h3', { id: 'hs-db-title' }, [tx('hotseat.debrief.title')]),
    h('p', {}, [tx(`hotseat.debrief.flight.${j.result.flight}`)]),
    h('table', { class: 'hd-table' }, [
      h('thead', {}, [
        h('tr', {}, [
          h('th', { scope: 'col' }, [tx('hotseat.debrief.col.player')]),
          h('th', { scope: 'col' }, [tx('hotseat.debrief.col.decision')]),
          h('th', { scope: 'col' }, [tx('hotseat.debrief.col.treaty')]),
          h('th', { scope: 'col' }, [tx('hotseat.debrief.col.score')]),
        ]),
      ]),
      h('tbody', {}, [
        row('observer', [
          observerDid.join(' · '),
          [
            tx('hotseat.debrief.observerTreaty', {
              findings: findings.length ? findings.join(', ') : tx('hotseat.debrief.noFindings'),
            }),
            j.protest ? ` ${protestText(j.protest)}` : '',
          ].join(''),
          score(outcome.score, outcome.stars, outcome.trustDelta),
        ]),
        row('host', [
          hostActionText(hs.host),
          tx(`hotseat.treaty.${j.reply.reason}`, {
            article: j.reply.article,
            lost: j.reply.lostTargets
              .map((id) => level.targets.find((t) => t.id === id)?.name ?? id)
              .join(', '),
          }),
          score(host.score, host.stars, host.trustDelta),
        ]),
      ]),
    ]),
  ]);
  const doc = root.querySelector('.debrief');
  const head = doc?.querySelector('.db-head');
  if (head) head.after(section);
  else (doc ?? root).append(section);
  return () => section.remove();
}

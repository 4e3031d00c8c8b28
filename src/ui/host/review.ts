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
} from '../../state/actions/host-duty';
import type { HostDecisionRecord } from '../../state/schema';
import { currentLevel, partyName, render } from '../mission/store-view';
import type { GameState } from '../../state/store';
import { button, h } from '../mission/dom';
import { tx } from '../mission/text';
import { incomingTitle } from '../../i18n';
import { changeForm, findingsBlock, refuseForm, routeList } from './tools';
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
        tx('host.title', {
          n: duty.index + 1,
          total,
          title: incomingTitle(level.id, incoming.id, incoming.title),
        }),
      ]),
      h('p', {}, [
        tx('host.intro', {
          observer: partyName(s, level.observer),
          host: partyName(s, level.host),
          airfield: af,
        }),
      ]),
      routeList(s, plan, s.verdict),
      findingsBlock(s.verdict, plan, duty.revealed, revealFindings),
      duty.current
        ? answerBlock(s, duty.current, duty.index + 1 >= total)
        : h('section', { class: 'hd-decide', 'aria-labelledby': 'hd-decide-h' }, [
            h('h3', { id: 'hd-decide-h' }, [tx('host.decide')]),
            button(tx('host.accept'), () => hostDecide({ kind: 'accept' }), {
              class: 'primary',
              id: 'hd-accept',
            }),
            changeForm(s, level, plan, (spec) => void proposeHostChange(spec)),
            refuseForm(hostDecide),
          ]),
    );
  };
  const off = render([(s) => s.mission, (s) => s.verdict, (s) => s.world], draw);
  return () => {
    off();
    wrap.remove();
  };
}

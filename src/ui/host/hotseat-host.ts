/**
 * The host's side of a two-player game (issue 14): the friend's plan with the 08 host tools
 * (route, findings behind a button, accept / propose a change / refuse citing an article). On two
 * devices the decision ends in the review code to send back, in a copy box like "Share plan".
 */
import {
  hotSeat,
  hotSeatDecide,
  hotSeatProposeChange,
  hotSeatReveal,
  type HotSeatState,
} from '../../state/actions/hot-seat';
import { reviewCodeOf } from '../../state/actions/hot-seat-remote';
import { quitToCampaign } from '../../state/actions/mission';
import type { GameState } from '../../state/store';
import type { HostAction } from '../../rules';
import { codeBox } from '../classroom/code-box';
import { button, h } from '../mission/dom';
import { currentLevel, partyName, render } from '../mission/store-view';
import { tx } from '../mission/text';
import { changeForm, findingsBlock, refuseForm, routeList } from './tools';
import './host.css';

export function hostActionText(a: HostAction): string {
  if (a.kind === 'accept') return tx('host.decision.accept');
  if (a.kind === 'refuse') return tx('host.decision.refuse', { article: a.article });
  return tx('host.decision.change', { what: tx(`host.changeKind.${a.what}`) });
}

function codeSection(s: GameState, hs: HotSeatState): HTMLElement | null {
  const code = reviewCodeOf(s);
  if (!code || !hs.host) return null;
  return h('section', { class: 'hs-code', 'aria-labelledby': 'hs-code-h' }, [
    h('h3', { id: 'hs-code-h', tabindex: '-1' }, [tx('hotseat.code.title')]),
    h('p', { class: 'hd-you' }, [tx('hotseat.code.decision', { decision: hostActionText(hs.host) })]),
    h('p', { class: 'ms-muted small' }, [tx('hotseat.code.help')]),
    codeBox(code, 'hs-review-code'),
    button(tx('hotseat.code.done'), () => quitToCampaign(), { class: 'secondary', id: 'hs-code-done' }),
  ]);
}

export function mountHotSeatHost(root: HTMLElement): () => void {
  const wrap = h('div', { class: 'hd hs-host', 'aria-labelledby': 'hs-host-title' });
  root.append(wrap);
  let shown = '';
  const draw = (s: GameState): void => {
    const hs = hotSeat(s);
    const level = currentLevel(s);
    const plan = hs?.submitted;
    if (!hs || !level || !plan || (hs.stage !== 'host' && hs.stage !== 'review-code')) {
      wrap.replaceChildren();
      return;
    }
    const names = {
      observer: partyName(s, level.observer),
      host: partyName(s, level.host),
      airfield: s.world?.airfields.get(plan.airfield)?.name ?? plan.airfield,
    };
    const deciding = hs.stage === 'host';
    const parts: (HTMLElement | null)[] = [
      h('h2', { id: 'hs-host-title', tabindex: '-1' }, [tx('hotseat.host.title', names)]),
      h('p', {}, [tx(hs.mode === 'host-remote' ? 'hotseat.host.remoteIntro' : 'hotseat.host.intro', names)]),
      routeList(s, plan, deciding && hs.revealed ? s.verdict : null),
      deciding ? findingsBlock(s.verdict, plan, hs.revealed, hotSeatReveal) : null,
      deciding
        ? h('section', { class: 'hd-decide', 'aria-labelledby': 'hs-decide-h' }, [
            h('h3', { id: 'hs-decide-h' }, [tx('host.decide')]),
            button(tx('host.accept'), () => hotSeatDecide({ kind: 'accept' }), {
              class: 'primary',
              id: 'hd-accept',
            }),
            changeForm(s, level, plan, (spec) => void hotSeatProposeChange(spec)),
            refuseForm(hotSeatDecide),
          ])
        : codeSection(s, hs),
    ];
    wrap.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    // A new turn: the keyboard and the screen reader start at its heading (the code's, once made).
    if (shown !== hs.stage) {
      shown = hs.stage;
      wrap.querySelector<HTMLElement>(deciding ? '#hs-host-title' : '#hs-code-h')?.focus();
    }
  };
  const off = render([(s) => s.mission, (s) => s.verdict, (s) => s.world], draw);
  return () => {
    off();
    wrap.remove();
  };
}

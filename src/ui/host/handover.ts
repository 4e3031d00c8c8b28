/**
 * The hand-over screen of a hot-seat game (issue 14): it covers the map and every panel, says who
 * plays what and whose turn it is, and shows none of the next player's tools until they press
 * continue. Two of them: to the host after the observer submits, and back to the observer.
 */
import { continueHandOver, hotSeat, hotSeatBackToPlanning } from '../../state/actions/hot-seat';
import { button, h } from '../mission/dom';
import { currentLevel, partyName, state } from '../mission/store-view';
import { tx } from '../mission/text';

export function mountHandOver(root: HTMLElement): () => void {
  const s = state();
  const hs = hotSeat(s);
  const level = currentLevel(s);
  if (!hs || !level || (hs.stage !== 'to-host' && hs.stage !== 'to-observer')) return () => {};
  const toHost = hs.stage === 'to-host';
  const names = { observer: partyName(s, level.observer), host: partyName(s, level.host) };
  const go = button(tx(toHost ? 'hotseat.toHost.go' : 'hotseat.toObserver.go'), () => continueHandOver(), {
    class: 'primary big',
    id: 'hs-continue',
  });
  const role = (who: 'observer' | 'host', next: boolean): HTMLElement =>
    h('li', { class: `hs-role${next ? ' hs-next' : ''}`, 'data-role': who }, [
      h('strong', {}, [tx(`hotseat.role.${who}`, names)]),
      h('span', {}, [tx(`hotseat.role.${who}Does`)]),
    ]);
  const card = h('article', { class: 'hs-card', 'aria-labelledby': 'hs-title' }, [
    h('p', { class: 'ms-kicker' }, [tx('hotseat.kicker')]),
    h('p', { class: 'hs-icon', 'aria-hidden': 'true' }, [toHost ? 'A → B' : 'B → A']),
    h('h2', { id: 'hs-title', tabindex: '-1' }, [
      tx(toHost ? 'hotseat.toHost.title' : 'hotseat.toObserver.title'),
    ]),
    h('p', {}, [tx(toHost ? 'hotseat.toHost.body' : 'hotseat.toObserver.body', names)]),
    h('section', { 'aria-labelledby': 'hs-roles' }, [
      h('h3', { id: 'hs-roles' }, [tx('hotseat.roles')]),
      h('ul', { class: 'hs-roles' }, [role('observer', !toHost), role('host', toHost)]),
    ]),
    h('footer', { class: 'hs-actions' }, [
      go,
      toHost
        ? button(tx('hotseat.toHost.back'), () => hotSeatBackToPlanning(), {
            class: 'secondary',
            id: 'hs-back',
          })
        : null,
    ]),
  ]);
  const wrap = h('div', { class: 'ms-screen hs-handover', 'data-stage': hs.stage }, [card]);
  root.append(wrap);
  go.focus({ preventScroll: true });
  return () => wrap.remove();
}

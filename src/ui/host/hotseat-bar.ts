/**
 * The hot-seat entry in planning (issue 14): "Play with a friend" when playing alone, and while
 * player A plans for a friend, who plays what and the way back to a solo game.
 */
import { hotSeat, hotSeatKey, leaveHotSeat, startHotSeat } from '../../state/actions/hot-seat';
import type { GameState } from '../../state/store';
import { button, h } from '../mission/dom';
import { currentLevel, partyName, render } from '../mission/store-view';
import { tx } from '../mission/text';

/** The briefing's second way in: plan for a friend who hosts (not in 08, where you are the host). */
export function hotSeatButton(s: GameState): HTMLElement | null {
  if (currentLevel(s)?.hostDuty) return null;
  return button(tx('hotseat.play'), () => startHotSeat(), {
    class: 'secondary big',
    id: 'hs-play',
    title: tx('hotseat.play.help'),
  });
}

export function mountHotSeatBar(root: HTMLElement): () => void {
  const bar = h('section', { class: 'hs-bar', 'aria-live': 'polite' });
  root.append(bar);
  const draw = (s: GameState): void => {
    const level = currentLevel(s);
    const hs = hotSeat(s);
    if (!level || level.hostDuty || s.mission?.phase !== 'planning') {
      bar.replaceChildren();
      return;
    }
    if (!hs) {
      const play = hotSeatButton(s);
      bar.replaceChildren(...(play ? [play] : []));
      return;
    }
    bar.replaceChildren(
      h('h3', {}, [tx('hotseat.bar.title')]),
      h('p', { class: 'small' }, [
        tx('hotseat.bar.text', { observer: partyName(s, level.observer), host: partyName(s, level.host) }),
      ]),
      button(tx('hotseat.bar.solo'), () => leaveHotSeat(), { class: 'secondary', id: 'hs-solo' }),
    );
  };
  const off = render([(s) => s.mission?.phase, hotSeatKey], draw);
  return () => {
    off();
    bar.remove();
  };
}

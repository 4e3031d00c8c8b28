/**
 * The classroom kit's layer over the game (SHARE-CODES.md, GAME.md "Classroom"): presenter mode,
 * the practice badge, and the screens and buttons other views hook in.
 */
import './classroom.css';
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { t } from '../../i18n';
import { h as el } from '../dom';
import { mountPresenter } from './presenter';
import { isSandboxId } from '../../rules/level';

export { mountOpenPlan } from './open-plan';
export { handInButton, sharePlanButton } from './share';

/** "Practice": a mission opened from a plan code on a level the campaign has not unlocked. */
function mountPracticeBadge(store: GameStore): () => void {
  const badge = el('p', { id: 'cl-practice', class: 'cl-practice', role: 'status' });
  badge.hidden = true;
  document.getElementById('ui-root')?.append(badge);
  const draw = (): void => {
    const s = store.getState();
    const on = s.screen === 'mission' && s.mission?.practice === true;
    badge.hidden = !on;
    const why = isSandboxId(s.mission?.levelId ?? '') ? 'cl.practice.sandbox' : 'cl.practice.note';
    badge.replaceChildren(...(on ? [el('strong', {}, [t('cl.practice')]), ' ', t(why)] : []));
  };
  draw();
  const off = watch(
    store,
    [(s) => s.screen, (s) => s.mission?.practice, (s) => s.mission?.levelId, (s) => s.settings.language],
    draw,
  );
  return () => {
    off();
    badge.remove();
  };
}

export function mountClassroom(store: GameStore): () => void {
  const offs = [mountPresenter(store), mountPracticeBadge(store)];
  return () => offs.forEach((off) => off());
}

/** "Share plan" (planning, debrief) and "Hand in" (debrief): the buttons and their dialogs. */
import { encodePlanCode, encodeResultCode, cleanName, MAX_NAME_CHARS } from '../../rules/share';
import { missionResult, planToShare } from '../../state/actions/classroom';
import { hotSeat } from '../../state/actions/hot-seat';
import { t } from '../../i18n';
import { button, h as el } from '../dom';
import { codeBox } from './code-box';
import { openDialog } from './dialog';

export function openSharePlan(): void {
  const plan = planToShare();
  if (!plan) return;
  const code = encodePlanCode(plan);
  openDialog('cl-share', t('cl.sharePlan.title'), (body) => {
    body.append(el('p', {}, [t('cl.sharePlan.help')]), codeBox(code, 'cl-share-code'));
  });
}

export function openHandIn(): void {
  openDialog('cl-handin', t('cl.handIn.title'), (body) => {
    const name = el('input', {
      id: 'cl-handin-name',
      type: 'text',
      maxlength: String(MAX_NAME_CHARS),
      autocomplete: 'name',
      'data-autofocus': 'true',
    });
    const problem = el('p', { class: 'cl-error', role: 'alert' });
    const out = el('div', { class: 'cl-handin-out' });
    const make = (): void => {
      const who = cleanName(name.value);
      if (!who) {
        problem.textContent = t('cl.handIn.needName');
        name.focus();
        return;
      }
      const result = missionResult(who, new Date().toISOString());
      if (!result) {
        problem.textContent = t(hotSeat() ? 'hotseat.handIn.unavailable' : 'cl.handIn.unavailable');
        return;
      }
      problem.textContent = '';
      out.replaceChildren(codeBox(encodeResultCode(result), 'cl-handin-code'));
      out.querySelector<HTMLElement>('button')?.focus();
    };
    const form = el('form', { class: 'cl-row' }, [
      el('label', { for: 'cl-handin-name' }, [t('cl.handIn.name')]),
      name,
      button(t('cl.handIn.make'), () => undefined, {
        class: 'primary',
        type: 'submit',
        id: 'cl-handin-make',
      }),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      make();
    });
    body.append(el('p', {}, [t('cl.handIn.help')]), form, problem, out);
  });
}

/** The hook the planning bar and the debrief use: one button each. */
export function sharePlanButton(): HTMLButtonElement {
  return button(t('cl.sharePlan'), openSharePlan, { class: 'secondary', id: 'cl-share-plan' });
}

export function handInButton(): HTMLButtonElement {
  return button(t('cl.handIn'), openHandIn, { class: 'primary', id: 'cl-hand-in' });
}

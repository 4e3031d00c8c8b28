/** Saving a file the game made (a plan, class results, a broken save): one way to do it. */
import type { Plan } from '../rules';
import { h } from './dom';

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The plan as a plan file (PLAN-FILE.md) to hand in; `npm run check-plan` reads it. */
export function downloadPlanFile(plan: Plan): void {
  downloadText(`${plan.level}.plan.json`, `${JSON.stringify(plan, null, 2)}\n`, 'application/json');
}

/** Which edges of the canvas the DOM panels cover, so the map frames the party in what is left. */
import { addPanelInset } from '../insets';
import { NO_INSETS, type Insets } from '../view';

const PANELS = ['topbar', 'left-panel', 'right-panel', 'bottom-bar'];

/** Canvas edges covered by the visible DOM panels (free-flight bar, mission panels), device px. */
export function domInsets(dpr: number): Insets {
  const game = document.getElementById('game')?.getBoundingClientRect();
  if (!game) return NO_INSETS;
  let ins: Insets = { ...NO_INSETS };
  const bar = document.querySelector<HTMLElement>('#screen .scr-bar');
  for (const el of [...PANELS.map((id) => document.getElementById(id)), bar]) {
    if (!el || el.hidden) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) ins = addPanelInset(ins, r, game);
  }
  return { top: ins.top * dpr, right: ins.right * dpr, bottom: ins.bottom * dpr, left: ins.left * dpr };
}

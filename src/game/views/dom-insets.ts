/** Which edges of the canvas the DOM panels cover, so the map frames the party in what is left. */
import { NO_INSETS, type Insets } from '../view';

/** Canvas edges covered by the visible DOM panels (free-flight bar, mission panels), device px. */
export function domInsets(dpr: number): Insets {
  const game = document.getElementById('game')?.getBoundingClientRect();
  if (!game) return NO_INSETS;
  const ins = { top: 0, right: 0, bottom: 0, left: 0 };
  const panels = ['topbar', 'left-panel', 'right-panel', 'bottom-bar'].map((id) =>
    document.getElementById(id),
  );
  const bar = document.querySelector<HTMLElement>('#screen .scr-bar');
  for (const el of [...panels, bar]) {
    if (!el || el.hidden) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Attach each panel to the edge it hugs: wide ones to top/bottom, tall ones to left/right.
    if (r.width > game.width * 0.6) {
      if (r.top - game.top < game.height / 2) ins.top = Math.max(ins.top, r.bottom - game.top);
      else ins.bottom = Math.max(ins.bottom, game.bottom - r.top);
    } else if (r.left - game.left < game.width / 2) ins.left = Math.max(ins.left, r.right - game.left);
    else ins.right = Math.max(ins.right, game.right - r.left);
  }
  return { top: ins.top * dpr, right: ins.right * dpr, bottom: ins.bottom * dpr, left: ins.left * dpr };
}

/**
 * Which edge of the map a panel takes away. A panel near a corner could count against either of
 * two edges: it counts against the one that loses the least map. Pure (CSS px in, CSS px out).
 */
import type { Insets } from './view';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function addPanelInset(ins: Insets, panel: Box, area: Box): Insets {
  const w = area.right - area.left;
  const h = area.bottom - area.top;
  const pw = Math.min(panel.right, area.right) - Math.max(panel.left, area.left);
  const ph = Math.min(panel.bottom, area.bottom) - Math.max(panel.top, area.top);
  if (pw <= 0 || ph <= 0) return ins;
  const horizontal: keyof Insets = panel.left - area.left < w / 2 ? 'left' : 'right';
  const vertical: keyof Insets = panel.top - area.top < h / 2 ? 'top' : 'bottom';
  const side = horizontal === 'left' ? panel.right - area.left : area.right - panel.left;
  const cap = vertical === 'top' ? panel.bottom - area.top : area.bottom - panel.top;
  // Map area lost either way: a strip the panel's depth deep along the whole edge.
  const next = { ...ins };
  if (side * h <= cap * w) next[horizontal] = Math.max(next[horizontal], side);
  else next[vertical] = Math.max(next[vertical], cap);
  return next;
}

/**
 * The forecast as a strip of 6-hour slots over the 96-hour window: cloud over the route (bar
 * height + hatching) and light for optical work (sun or moon glyph + words for screen readers).
 */
import type { ForecastSlot } from '../../rules/sim';
import { fmtClock, h } from './dom';
import { tx } from './text';

export function cloudWord(share: number): string {
  if (share < 0.2) return tx('wx.clear');
  if (share < 0.5) return tx('wx.some');
  if (share < 0.8) return tx('wx.cloudy');
  return tx('wx.overcast');
}

/**
 * One cell per slot; the caller positions markers over the strip (0..96 h → 0..100 %).
 * With `onPick`, each cell is a button (pick the take-off slot by the weather).
 */
export function weatherStrip(
  slots: readonly ForecastSlot[],
  arrivalMs: number,
  onPick?: (slot: ForecastSlot) => void,
): HTMLElement {
  const list = h('ol', { class: 'wx-strip', 'aria-label': tx('wx.label') });
  for (const slot of slots) {
    const day = slot.daylightShare >= 0.5;
    const when = new Date(arrivalMs + slot.fromH * 3_600_000);
    const clock = fmtClock(when.getTime());
    const cloud = Math.round(slot.cloudShare * 100);
    const text = tx('wx.slot', {
      from: slot.fromH,
      to: slot.toH,
      clock,
      cloud: cloudWord(slot.cloudShare),
      pct: cloud,
      light: day ? tx('wx.day') : tx('wx.night'),
    });
    const visuals = [
      h('span', { class: 'visually-hidden' }, [onPick ? tx('wx.pick', { slot: text }) : text]),
      h('span', { class: 'wx-cloud', style: `--cloud:${slot.cloudShare.toFixed(2)}`, 'aria-hidden': 'true' }),
      h('span', { class: 'wx-light', 'aria-hidden': 'true' }, [day ? '☀' : '☾']),
    ];
    let cell: HTMLElement;
    if (onPick) {
      cell = h('button', { type: 'button', class: 'wx-pick', title: text }, visuals);
      cell.addEventListener('click', () => onPick(slot));
    } else {
      cell = h('span', { class: 'wx-cell', title: text }, visuals);
    }
    list.append(h('li', { class: `wx-slot ${day ? 'wx-day' : 'wx-night'}` }, [cell]));
  }
  return list;
}

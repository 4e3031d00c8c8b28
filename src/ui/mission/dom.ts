/**
 * DOM helpers of the mission UI; the builder itself (h, append, button) is the UI's one
 * builder in ../dom.ts. Text always goes in through textContent; no innerHTML.
 */
export { h, button } from '../dom';
import type { Attrs } from '../dom';
import { formatDate, formatFixed, formatNumber } from '../../i18n';

export function region(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Open Skies: the page has no #${id} region.`);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, String(v));
  }
  return el;
}

// Numbers and dates in the player's language (src/i18n/format.ts keeps one formatter per
// language and pattern: toLocaleString builds a new one per call, which showed up as the most
// expensive code while dragging a waypoint of a 50-waypoint route).

/** 1234.5 → "1,235" (de "1.235"; tabular in CSS). */
export function fmtInt(x: number): string {
  return formatNumber(x, 0);
}

/** 3 → "3.0" (de "3,0"). */
export function fmt1(x: number): string {
  return formatFixed(x, 1);
}

/** Hours as "5 h 07 min". */
export function fmtDuration(h: number): string {
  const total = Math.round(h * 60);
  const hh = Math.floor(total / 60);
  const mm = total % 60;
  return `${hh} h ${String(mm).padStart(2, '0')} min`;
}

/** A UTC instant as "12 Dec 2002, 14:05 UTC" (de "12. Dez. 2002, 14:05 UTC"). */
export function fmtUtc(ms: number): string {
  const date = formatDate(ms, { day: 'numeric', month: 'short', year: 'numeric' });
  return `${date}, ${fmtClock(ms)} UTC`;
}

/** The UTC time of day, "14:05". */
export function fmtClock(ms: number): string {
  return formatDate(ms, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

export function fmtDate(iso: string): string {
  return formatDate(Date.parse(iso), { day: 'numeric', month: 'long', year: 'numeric' });
}

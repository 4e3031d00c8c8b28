/**
 * DOM helpers of the mission UI; the builder itself (h, append, button) is the UI's one
 * builder in ../dom.ts. Text always goes in through textContent; no innerHTML.
 */
export { h, button } from '../dom';
import type { Attrs } from '../dom';

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

// One formatter each, made once: toLocaleString builds a new one per call, which showed up as
// the most expensive code while dragging a waypoint of a 50-waypoint route.
const INT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234.5 → "1,235" (tabular in CSS). */
export function fmtInt(x: number): string {
  return INT.format(Math.round(x));
}

export function fmt1(x: number): string {
  return ONE_DECIMAL.format(Math.round(x * 10) / 10);
}

/** Hours as "5 h 07 min". */
export function fmtDuration(h: number): string {
  const total = Math.round(h * 60);
  const hh = Math.floor(total / 60);
  const mm = total % 60;
  return `${hh} h ${String(mm).padStart(2, '0')} min`;
}

/** A UTC instant as "12 Dec 2002, 14:05 UTC". */
export function fmtUtc(ms: number): string {
  const d = new Date(ms);
  const date = d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${date}, ${time} UTC`;
}

export function fmtDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

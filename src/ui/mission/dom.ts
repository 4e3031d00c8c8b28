/**
 * Tiny DOM builders. Text always goes in through textContent (level texts and saves are
 * untrusted); there is no innerHTML anywhere in the mission UI.
 */
type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'style') setStyle(el, String(v));
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/**
 * Inline styles through the CSSOM (`style.setProperty`), never the style attribute: the page's
 * Content-Security-Policy (index.html) refuses style attributes but allows the CSSOM.
 */
export function setStyle(el: HTMLElement, css: string): void {
  for (const decl of css.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    el.style.setProperty(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
  }
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** A real button with a visible label (and an optional accessible name when it is an icon). */
export function button(
  label: string,
  onClick: (ev: MouseEvent) => void,
  attrs: Attrs = {},
): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, [label]);
  b.addEventListener('click', onClick);
  return b;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Keeps a region's content only while `show` is true (hidden attribute for the rest). */
export function showRegion(el: HTMLElement | null, show: boolean): void {
  if (!el) return;
  el.hidden = !show;
}

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

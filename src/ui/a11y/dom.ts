/**
 * The access panels' DOM helpers over the UI's one builder (../dom.ts): text always goes through
 * textContent, never innerHTML
 * (the only markup inserted is the packaged Lucide icons, which are static files of ours).
 */
import { h, type Attrs, type Child } from '../dom';

export interface ElOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>>;
}

/** The UI's one builder (../dom.ts) with the access panels' options (class, text, attrs, on). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const attrs: Attrs = { ...opts.attrs };
  if (opts.className) attrs.class = opts.className;
  if (opts.text !== undefined) attrs.text = opts.text;
  const node = h(tag, attrs, children);
  for (const [type, handler] of Object.entries(opts.on ?? {})) {
    if (handler) node.addEventListener(type, handler);
  }
  return node;
}

/** An icon from lucide-static (trusted, bundled SVG source), hidden from screen readers. */
export function icon(svgSource: string, className = 'icon'): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.setAttribute('aria-hidden', 'true');
  span.innerHTML = svgSource; // static asset shipped with the game, not user text
  return span;
}

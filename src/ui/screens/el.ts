/** Tiny DOM builder for the start, menu and about screens: text only through textContent. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: (Node | string | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children)
    if (c !== null) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function button(
  label: string,
  onClick: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, [label]);
  b.addEventListener('click', onClick);
  return b;
}

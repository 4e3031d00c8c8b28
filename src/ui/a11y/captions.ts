/**
 * Captions: the visible text twin of every sound, in `#captions` ("📷 Shutter — Baltiysk
 * captured"). Sounds arrive as cues (from the audio module, wired in main.ts) and become
 * `state.caption`; this module draws the last few captions and lets them fade. Hidden when the
 * player turns captions off; screen readers get the same news through the live region instead.
 */
import type { GameStore } from '../../state/store';
import { hasKey, t, type Params } from '../i18n';
import { el } from './dom';

/** What the audio module emits for each sound it plays (or would play when muted). */
export interface CaptionCue {
  icon: string;
  captionKey: string;
  params?: Params;
  /** Low-priority captions (UI clicks) never push out an important line still on screen. */
  priority?: 'low' | 'normal';
}

const SHOW_MS = 4000;
const MAX_LINES = 3;

let nextId = 1;
let lastImportantAt = -Infinity;

/** Turns a cue into `state.caption` (text with its icon). */
export function showCaption(store: GameStore, cue: CaptionCue, nowMs: number = Date.now()): void {
  if (!hasKey(cue.captionKey)) return;
  if (cue.priority === 'low' && nowMs - lastImportantAt < 1500) return;
  if (cue.priority !== 'low') lastImportantAt = nowMs;
  const text = `${cue.icon} ${t(cue.captionKey, cue.params)}`;
  store.setState({ caption: { id: nextId++, text } });
}

export function mountCaptions(store: GameStore, host: HTMLElement): () => void {
  const list = el('ul', { className: 'captions-list' });
  host.append(list);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const visibility = (): void => {
    host.hidden = !store.getState().settings.captions;
  };
  const add = (text: string, id: number): void => {
    const item = el('li', { className: 'caption-line', attrs: { 'data-caption-id': id }, text });
    list.append(item);
    while (list.children.length > MAX_LINES) list.firstElementChild?.remove();
    const timer = setTimeout(() => {
      timers.delete(timer);
      item.classList.add('caption-leaving');
      const gone = setTimeout(() => {
        timers.delete(gone);
        item.remove();
      }, 300);
      timers.add(gone);
    }, SHOW_MS);
    timers.add(timer);
  };
  visibility();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.settings.captions !== prev.settings.captions) visibility();
    if (s.caption && s.caption !== prev.caption) add(s.caption.text, s.caption.id);
  });
  return () => {
    unsubscribe();
    timers.forEach((timer) => clearTimeout(timer));
    list.remove();
  };
}

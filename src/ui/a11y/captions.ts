/**
 * Captions: the visible text twin of every sound, in `#captions` (a camera icon and "Shutter —
 * Baltiysk captured"). Sounds arrive as cues (from the audio module, wired in main.ts) and
 * become `state.caption`; this module draws the last few captions and lets them fade. The same
 * line repeated is counted ("Click ×3") rather than stacked. Hidden when the player turns
 * captions off; screen readers get the news through the live region instead (#captions is
 * aria-hidden).
 */
import cameraSvg from 'lucide-static/icons/camera.svg?raw';
import clickSvg from 'lucide-static/icons/mouse-pointer-click.svg?raw';
import alertSvg from 'lucide-static/icons/triangle-alert.svg?raw';
import planeSvg from 'lucide-static/icons/plane.svg?raw';
import musicSvg from 'lucide-static/icons/music.svg?raw';
import type { GameStore } from '../../state/store';
import { subscribeSlice, watch } from '../../state/subscribe';
import { findingTitle, hasKey, t, type Params } from '../../i18n';
import { el, icon } from './dom';
import { currentLevel } from '../mission/store-view';

export type CaptionIcon = 'click' | 'shutter' | 'alert' | 'engine' | 'music';

/** What the audio module emits for each sound it plays (or would play when muted). */
export interface CaptionCue {
  icon: CaptionIcon;
  captionKey: string;
  params?: Params;
  /** Low-priority captions (UI clicks) never push out an important line still on screen. */
  priority?: 'low' | 'normal';
}

const ICON_SVG: Record<CaptionIcon, string> = {
  click: clickSvg,
  shutter: cameraSvg,
  alert: alertSvg,
  engine: planeSvg,
  music: musicSvg,
};

const SHOW_MS = 4000;
/** A UI click's caption only confirms the press: it leaves sooner. */
const SHOW_LOW_MS = 1500;
const MAX_LINES = 3;

let nextId = 1;
let lastImportantAt = -Infinity;
/** Icon and priority of each caption id (the store keeps the text; these are drawn here). */
const iconOf = new Map<number, CaptionIcon>();
const lowIds = new Set<number>();

/** Turns a cue into `state.caption`. */
export function showCaption(store: GameStore, cue: CaptionCue, nowMs: number = Date.now()): void {
  if (!hasKey(cue.captionKey)) return;
  if (cue.priority === 'low' && nowMs - lastImportantAt < 1500) return;
  if (cue.priority !== 'low') lastImportantAt = nowMs;
  const id = nextId++;
  iconOf.set(id, cue.icon);
  if (cue.priority === 'low') lowIds.add(id);
  if (iconOf.size > 50) {
    const oldest = iconOf.keys().next().value as number;
    iconOf.delete(oldest);
    lowIds.delete(oldest);
  }
  // The audio layer speaks no language: an alert names its finding by code, a shutter its site
  // by id. Word them here.
  const params = cue.params ? { ...cue.params } : undefined;
  if (params && typeof params.finding === 'string') params.finding = findingTitle(params.finding);
  if (params && typeof params.targetId === 'string') {
    const id = params.targetId;
    const site = currentLevel(store.getState())?.targets.find((x) => x.id === id);
    if (site) params.target = site.name;
  }
  store.setState({ caption: { id, text: t(cue.captionKey, params) } });
}

export function mountCaptions(store: GameStore, host: HTMLElement): () => void {
  const list = el('ul', { className: 'captions-list' });
  host.append(list);
  const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  const visibility = (): void => {
    host.hidden = !store.getState().settings.captions;
  };
  const retire = (item: HTMLElement, showMs: number): void => {
    const old = timers.get(item);
    if (old) clearTimeout(old);
    timers.set(
      item,
      setTimeout(() => {
        item.classList.add('caption-leaving');
        timers.set(
          item,
          setTimeout(() => {
            timers.delete(item);
            item.remove();
          }, 300),
        );
      }, showMs),
    );
  };
  const add = (text: string, id: number): void => {
    const last = list.lastElementChild as HTMLElement | null;
    if (last && last.dataset.text === text && !last.classList.contains('caption-leaving')) {
      const count = Number(last.dataset.count ?? '1') + 1;
      last.dataset.count = String(count);
      const label = last.querySelector('.caption-text');
      if (label) label.textContent = `${text} ×${count}`;
      retire(last, Number(last.dataset.showMs));
      return;
    }
    const kind = iconOf.get(id);
    const showMs = lowIds.has(id) ? SHOW_LOW_MS : SHOW_MS;
    const item = el(
      'li',
      {
        className: 'caption-line',
        attrs: { 'data-caption-id': id, 'data-text': text, 'data-show-ms': showMs },
      },
      [kind ? icon(ICON_SVG[kind], 'caption-icon') : null, el('span', { className: 'caption-text', text })],
    );
    list.append(item);
    while (list.children.length > MAX_LINES) {
      const first = list.firstElementChild as HTMLElement;
      clearTimeout(timers.get(first));
      timers.delete(first);
      first.remove();
    }
    retire(item, showMs);
  };
  const offs = [
    watch(store, [(s) => s.settings.captions], visibility, { now: true }),
    subscribeSlice(
      store,
      (s) => s.caption,
      (c) => c && add(c.text, c.id),
    ),
  ];
  return () => {
    offs.forEach((off) => off());
    timers.forEach((timer) => clearTimeout(timer));
    list.remove();
  };
}

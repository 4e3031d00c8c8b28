/**
 * Access layer of the front end, mounted once by main.ts: settings applied to the document,
 * the settings panel and shortcut sheet, the corner buttons, keyboard and focus handling,
 * captions, the screen-reader announcer and the map's text alternative.
 */
import './a11y.css';
import '../settings/settings.css';
import type { GameStore } from '../../state/store';
import { applySettings } from '../settings/apply';
import { mountSettingsPanel } from '../settings/panel';
import { mountAnnouncer } from './announce';
import { mountCaptions, showCaption, type CaptionCue } from './captions';
import { mountCornerButtons } from './corner';
import { mountFocus } from './focus';
import { mountKeyboard } from './keyboard';
import { mountMapLabel } from './map-label';
import { mountShortcutSheet } from './sheet';

export interface AccessLayer {
  /** Shows the caption of a sound cue (the audio module calls it for every cue). */
  caption: (cue: CaptionCue) => void;
  unmount: () => void;
}

function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Open Skies: #${id} is missing from index.html`);
  return node;
}

export function mountAccess(store: GameStore): AccessLayer {
  const uiRoot = required('ui-root');
  const modalRoot = required('modal-root');
  const unmounts = [
    applySettings(store),
    mountCornerButtons(store, uiRoot),
    mountSettingsPanel(store, modalRoot),
    mountShortcutSheet(store, modalRoot),
    mountKeyboard(store),
    mountFocus(store),
    mountCaptions(store, required('captions')),
    mountAnnouncer(store, required('live')),
    mountMapLabel(store, required('game')),
  ];
  return {
    caption: (cue) => showCaption(store, cue),
    unmount: () => unmounts.reverse().forEach((u) => u()),
  };
}

export type { CaptionCue };

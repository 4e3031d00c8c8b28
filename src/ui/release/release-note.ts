/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The release layer in the page: registers the service worker (production builds over http(s)
 * only; never in `npm start`, never from file://) and says "updated" on the first visit after a
 * new build. The save is not touched: it lives in localStorage, which a new build reads (and
 * migrates) as before.
 */
import { registerSW } from 'virtual:pwa-register';
import { t, type MessageKey } from '../../i18n';
import { BUILD, noteBuild } from './build-id';
import './release-note.css';

function showNote(root: HTMLElement, key: MessageKey, params?: Record<string, string>): void {
  const note = document.createElement('div');
  note.className = 'release-note';
  note.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = t(key, params);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('release.updatedDismiss');
  close.addEventListener('click', () => note.remove());
  note.append(text, close);
  root.append(note);
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * `whenQuiet` decides when the worker registers: its first install downloads every file of the
 * game, which on a 2-core laptop competes with the boot, so the page registers it once the map
 * has loaded and the game is idle.
 */
export function mountReleaseNote(
  root: HTMLElement,
  whenQuiet: (register: () => void) => void = (register) => register(),
): void {
  const version = BUILD.split('+')[0] ?? BUILD;
  if (noteBuild(localStorageOrNull(), BUILD)) showNote(root, 'release.updated', { version });
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol))
    return;
  whenQuiet(() => {
    try {
      registerSW({
        // Registered after the page's load event: at once, not on the next one.
        immediate: true,
        onNeedRefresh: () => showNote(root, 'release.updateReady'),
        onRegisterError: (e: unknown) => console.warn('Open Skies: offline play is not available here.', e),
      });
    } catch (e) {
      console.warn('Open Skies: offline play is not available here.', e);
    }
  });
}

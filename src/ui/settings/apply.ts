/**
 * Makes the saved settings true in the document: UI scale (`--ui-scale`), palette
 * (`<html data-palette>`), reduced motion (`<html data-reduced-motion>`), language (`lang` and
 * the i18n table). The game reads the same settings from the store for the HUD and tweens.
 */
import type { GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { isReducedMotion, onSystemReducedMotionChange } from '../../state/actions/settings';
import { setLanguage } from '../../i18n';

export function applySettings(store: GameStore, root: HTMLElement = document.documentElement): () => void {
  const apply = (): void => {
    const s = store.getState();
    root.style.setProperty('--ui-scale', String(s.settings.uiScale));
    root.dataset.palette = s.settings.palette;
    root.dataset.reducedMotion = String(isReducedMotion(s));
    root.lang = setLanguage(s.settings.language);
  };
  const unsubscribe = watch(store, [(s) => s.settings], apply, { now: true });
  // "Follow the system": a change of the OS setting while playing applies at once.
  const offSystem = onSystemReducedMotionChange(apply);
  return () => {
    unsubscribe();
    offSystem();
  };
}

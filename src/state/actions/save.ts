/** The player's answers to what the save machinery tells them (title and campaign screens). */
import type { GameStore } from '../store';

/** "Start fresh" / "Continue": the notice goes; the original stays under its backup key. */
export function dismissSaveNotice(store: GameStore): void {
  if (store.getState().saveNotice !== null) store.setState({ saveNotice: null });
}

/** Hides the "cannot save" banner until saving fails again. */
export function dismissSaveBanner(store: GameStore): void {
  if (!store.getState().saveBannerDismissed) store.setState({ saveBannerDismissed: true });
}

/**
 * Actions on the shared view fields (view-state.ts): the map's focus outside a mission, the
 * review change in focus, and the world-map load problem with its Retry.
 */
import type { ProposedChange } from '../../rules/host';
import type { Iso3 } from '../../world/types';
import type { LoadProblem } from '../load-problem';
import type { GameStore } from '../store';
import { get, set } from './mission-core';

/** Which party the map shows when no mission is open. */
export function setMapFocus(store: GameStore, host: Iso3): void {
  if (store.getState().mapFocus !== host) store.setState({ mapFocus: host });
}

/** The host change the review panel points at (null: none); the map highlights its legs. */
export function setReviewFocus(change: ProposedChange | null): void {
  if (get().reviewFocus !== change) set({ reviewFocus: change });
}

/** The world map file did not load: the load-error screen shows why, with Retry. */
export function reportLoadProblem(store: GameStore, problem: LoadProblem): void {
  store.setState({ loadProblem: problem });
}

/** Retry: the message goes and the preloader (which watches loadAttempt) loads again. */
export function retryLoad(store: GameStore): void {
  const s = store.getState();
  store.setState({ loadProblem: null, loadAttempt: s.loadAttempt + 1 });
}

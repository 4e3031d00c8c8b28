/**
 * What two views share that is not game data: the party the map shows outside a mission, the
 * host change the review panel points at, the world-map load problem. Store fields set by
 * actions (state/actions/view.ts), never persisted: each is transient view state, so the save
 * schema (schema.ts) does not know them.
 */
import type { ProposedChange } from '../rules/host';
import type { Iso3 } from '../world/types';
import type { LoadProblem } from './load-problem';

export interface ViewState {
  /** Which party the map shows when no mission is open (menu backdrop, free flight, ?observe=). */
  mapFocus: Iso3;
  /** The host change the player points at in the review panel (hover or keyboard focus). */
  reviewFocus: ProposedChange | null;
  /** Why the world map file did not load, while the message with Retry shows; null otherwise. */
  loadProblem: LoadProblem | null;
  /** Counts the player's Retry presses: the preloader loads the map again when it changes. */
  loadAttempt: number;
}

export function initialViewState(): ViewState {
  return { mapFocus: 'RUS', reviewFocus: null, loadProblem: null, loadAttempt: 0 };
}

/**
 * Actions on the shared view fields (view-state.ts): the map's focus outside a mission, the
 * review change in focus, the world-map load problem with its Retry, and what the map and
 * Hud scenes tell each other. Each sets a field only when its value changes.
 */
import type { ProposedChange } from '../../rules/host';
import type { Iso3 } from '../../world/types';
import type { LoadProblem } from '../load-problem';
import type { GameStore } from '../store';
import type { MapHud, ReviewLegend } from '../view-state';
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

/** The map's scale and legend facts, when its view settles (null: no map). */
export function setMapHud(store: GameStore, hud: MapHud | null): void {
  const a = store.getState().mapHud;
  const same =
    a === hud ||
    (!!a &&
      !!hud &&
      a.kmPerPx === hud.kmPerPx &&
      a.zones === hud.zones &&
      a.targets === hud.targets &&
      a.northDeg === hud.northDeg);
  if (!same) store.setState({ mapHud: hud });
}

/** What the Hud legend must explain while the host's proposal is drawn (null: none). */
export function setReviewLegend(store: GameStore, legend: ReviewLegend | null): void {
  const a = store.getState().reviewLegend;
  const same =
    a === legend ||
    (!!a && !!legend && a.takeoffShiftH === legend.takeoffShiftH && a.marked === legend.marked);
  if (!same) store.setState({ reviewLegend: legend });
}

/** Device px the Hud legend takes above the canvas bottom. */
export function setHudLegendTop(store: GameStore, px: number): void {
  if (store.getState().hudLegendTopPx !== px) store.setState({ hudLegendTopPx: px });
}

/** Which map is up (the subject's key), or null when the map scene shuts down. */
export function setMapSubject(store: GameStore, key: string | null): void {
  if (store.getState().mapSubject !== key) store.setState({ mapSubject: key });
}

/** "Fit route": the map frames the whole route once (it never refits by itself on a click). */
export function requestRouteFit(store: GameStore): void {
  store.setState({ fitRouteSeq: store.getState().fitRouteSeq + 1 });
}

/** A waypoint drag on the map starts (its index) or ends (null). */
export function setRouteDrag(store: GameStore, index: number | null): void {
  if (store.getState().routeDrag !== index) store.setState({ routeDrag: index });
}

/**
 * What two views share that is not game data: the party the map shows outside a mission, the
 * host change the review panel points at, the world-map load problem, and what the map scene
 * tells the Hud scene (scale, legend) and back (legend height). Store fields set by
 * actions (state/actions/view.ts), never persisted: each is transient view state, so the save
 * schema (schema.ts) does not know them.
 */
import type { ProposedChange } from '../rules/host';
import type { Iso3 } from '../world/types';
import type { LoadProblem } from './load-problem';

/** Scale and legend facts the map publishes for the Hud when its view settles. */
export interface MapHud {
  /** Kilometres per device pixel at the centre of the map. */
  kmPerPx: number;
  zones: boolean;
  targets: boolean;
  /** Direction of north at the view centre, degrees clockwise from straight up. */
  northDeg?: number;
}

/** Set by the map while the host's proposal is drawn: what the Hud legend must explain. */
export interface ReviewLegend {
  takeoffShiftH: number;
  /** Legs or waypoints carry change marks. */
  marked: boolean;
}

export interface ViewState {
  /** Which party the map shows when no mission is open (menu backdrop, free flight, ?observe=). */
  mapFocus: Iso3;
  /** The host change the player points at in the review panel (hover or keyboard focus). */
  reviewFocus: ProposedChange | null;
  /** Why the world map file did not load, while the message with Retry shows; null otherwise. */
  loadProblem: LoadProblem | null;
  /** Counts the player's Retry presses: the preloader loads the map again when it changes. */
  loadAttempt: number;
  /** The map's scale and legend facts (null while no map is up). */
  mapHud: MapHud | null;
  /** The review legend while the host's proposal is on the map, else null. */
  reviewLegend: ReviewLegend | null;
  /** Device px the Hud legend takes above the canvas bottom: the map frames clear of it. */
  hudLegendTopPx: number;
  /** Which map is up, e.g. "party:BLR,RUS:2019" (null while none); tests wait for it. */
  mapSubject: string | null;
  /** Counts "Fit route" presses: the map frames the route when it changes (never by itself). */
  fitRouteSeq: number;
  /**
   * The waypoint the player is dragging on the map (null when none). The route on the map
   * follows every move; the DOM panels (route table, findings, preview) draw once it lands.
   */
  routeDrag: number | null;
}

export function initialViewState(): ViewState {
  return {
    mapFocus: 'RUS',
    reviewFocus: null,
    loadProblem: null,
    loadAttempt: 0,
    mapHud: null,
    reviewLegend: null,
    hudLegendTopPx: 0,
    mapSubject: null,
    fitRouteSeq: 0,
    routeDrag: null,
  };
}

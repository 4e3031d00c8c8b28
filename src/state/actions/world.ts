/**
 * Loading the world and the levels into the store: the world-atlas topology (after the
 * preloader fetched it) becomes WorldGeo through src/world; the levels load after the title
 * screen (their files and parsing: ../level-files.ts).
 */
import { levelYear } from '../../rules/level/year';
import type { Iso3 } from '../../rules/types';
import { buildStates, type AtlasTopology } from '../../world';
import { worldInYear } from '../world-year';
import type { StateGeometry } from '../../world/types';
import type { GameStore, Screen } from '../store';
import { currentLevel } from '../selectors';
import { setMapFocus } from './view';

/** The year free flight and the menu backdrop use when no mission says otherwise. */
export const DEFAULT_WORLD_YEAR = 2019;

let states: ReadonlyMap<Iso3, StateGeometry> | null = null;
let statesYear: number | null = null;

function isAtlasTopology(x: unknown): x is AtlasTopology {
  const t = x as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return !!t && t.type === 'Topology' && t.objects?.countries?.type === 'GeometryCollection';
}

/** The year whose parties and airfield distances apply now: the mission's, else the default. */
function yearNow(store: GameStore): number {
  const level = currentLevel(store.getState());
  return level ? levelYear(level) : DEFAULT_WORLD_YEAR;
}

/**
 * Builds WorldGeo from the atlas and stores it. Returns false (and stores nothing) when the
 * topology is not a countries atlas, so the caller can say so.
 */
export function loadWorld(store: GameStore, topology: unknown): boolean {
  if (!isAtlasTopology(topology)) return false;
  states = buildStates(topology);
  statesYear = yearNow(store);
  store.setState({ world: worldInYear(states, statesYear) });
  return true;
}

/**
 * Keeps the world's year (parties in force, modern airfield distances) and the map's focus in
 * step with the mission in progress. Returns the unsubscribe function.
 */
export function followMissionYear(store: GameStore): () => void {
  return store.subscribe((s) => {
    // After a mission the menu's map stays over the party just observed.
    const level = currentLevel(s);
    if (level) setMapFocus(store, level.host);
    if (!states) return;
    const year = yearNow(store);
    if (year !== statesYear || s.world === null) {
      statesYear = year;
      store.setState({ world: worldInYear(states, year) });
    }
  });
}

/**
 * The levels (their JSON and the zod parsing, a few hundred ms) are not on the title screen: they
 * load once the title has painted (`afterPaint`), or at once when the player leaves it (or a
 * link skips it), whichever comes first, and only once. `load` parses them into the store (main.ts
 * imports src/state/level-files.ts on demand, so the levels and their schema are a chunk of their
 * own); a broken file is still listed on the menu. Returns the unsubscribe function.
 */
export function loadLevelsAfterTitle(
  store: GameStore,
  afterPaint: (fn: () => void) => void,
  load: () => void | Promise<void>,
  onError: (error: unknown) => void = (e) => console.error(e),
): () => void {
  let loaded = false;
  const ensure = (): void => {
    if (loaded) return;
    loaded = true;
    off();
    try {
      const done = load();
      if (done) done.catch(onError);
    } catch (e) {
      onError(e);
    }
  };
  const off = store.subscribe((s) => {
    if (s.screen !== 'start') ensure();
  });
  if (store.getState().screen !== 'start') ensure();
  else afterPaint(ensure);
  return off;
}

/** Menu navigation between the DOM screens (start, menu, campaign, free flight, about). */
export function showScreen(store: GameStore, screen: Screen): void {
  if (store.getState().screen !== screen) store.setState({ screen, panel: null });
}

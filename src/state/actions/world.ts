/**
 * Loading the world and the levels into the store: the world-atlas topology (after the
 * preloader fetched it) becomes WorldGeo through src/world; every levels/*.json goes through
 * parseLevel, and a broken file becomes a LevelLoadError the menu shows (file, JSON path,
 * message) instead of a blank screen.
 */
import { parseLevel, levelYear } from '../../rules/level';
import type { Iso3, Level } from '../../rules/types';
import { buildStates, type AtlasTopology } from '../../world';
import { worldInYear } from '../world-year';
import type { StateGeometry } from '../../world/types';
import type { GameStore, LevelLoadError, Screen } from '../store';
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

export interface LevelFiles {
  /** File name (levels/xx.json) → its text (JSON), parsed here so a syntax error is listed too. */
  [file: string]: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return new Error(`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Parses every level file; good levels by id, bad ones as errors naming file and path. */
export function parseLevelFiles(files: LevelFiles): {
  levels: Record<string, Level>;
  errors: LevelLoadError[];
} {
  const levels: Record<string, Level> = {};
  const errors: LevelLoadError[] = [];
  for (const file of Object.keys(files).sort()) {
    const json = parseJson(files[file] ?? '');
    if (json instanceof Error) {
      errors.push({ file, errors: [{ path: '$', message: json.message }] });
      continue;
    }
    const parsed = parseLevel(json);
    if (!parsed.ok) {
      errors.push({ file, errors: parsed.errors.map((e) => ({ path: e.path, message: e.message })) });
      continue;
    }
    const level = parsed.value;
    const base = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (Object.hasOwn(levels, level.id)) {
      errors.push({
        file,
        errors: [{ path: '$.id', message: `Another level file already uses the id "${level.id}".` }],
      });
      continue;
    }
    if (base !== level.id) {
      errors.push({
        file,
        errors: [{ path: '$.id', message: `The id "${level.id}" should match the file name "${base}".` }],
      });
    }
    levels[level.id] = level;
  }
  return { levels, errors };
}

/**
 * Every shipped level, bundled at build time. The schema file that sits beside them is for
 * editors and sources.json is the cards' source list (read by src/rules/level/sources.ts):
 * neither is a level.
 */
const LEVEL_MODULES = import.meta.glob<string>(
  ['/levels/*.json', '!/levels/level.schema.json', '!/levels/sources.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

export function bundledLevelFiles(): LevelFiles {
  const files: LevelFiles = {};
  for (const [path, json] of Object.entries(LEVEL_MODULES)) files[path.replace(/^\//, '')] = json;
  return files;
}

/** Parses the levels into the store: good levels playable, broken ones listed on the menu. */
export function loadLevels(store: GameStore, files: LevelFiles = bundledLevelFiles()): void {
  const { levels, errors } = parseLevelFiles(files);
  store.setState({ levels, levelErrors: errors });
}

/**
 * Parsing the level files (zod) takes a few hundred ms: the title screen does not wait for it.
 * The levels are parsed once the title has painted (`afterPaint`), or at once when the player
 * leaves it (or a link skips it), whichever comes first, and only once; a broken file is still
 * listed on the menu. Returns the unsubscribe function.
 */
export function loadLevelsAfterTitle(
  store: GameStore,
  afterPaint: (fn: () => void) => void,
  files?: () => LevelFiles,
): () => void {
  let loaded = false;
  const ensure = (): void => {
    if (loaded) return;
    loaded = true;
    off();
    loadLevels(store, files ? files() : bundledLevelFiles());
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

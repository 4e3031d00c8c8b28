/**
 * The one store of the game (zustand vanilla). Persisted: settings, progress, the mission in
 * progress. Runtime only: world geometry, parsed levels, the current verdict, screen and panels.
 * Actions live in state/actions/*.ts as module-level functions that call store.setState.
 */
// First: zod may not probe `new Function` (CSP), also when this module's chunk loads first.
import '../rules/zod-config';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, subscribeWithSelector, type PersistStorage } from 'zustand/middleware';
import type {
  FindingCode,
  FlightResult,
  HostResponse,
  Level,
  MissionPreview,
  ProtestOutcome,
  ReviewEffects,
  Verdict,
  WorldGeo,
} from '../rules';
import { DEFAULT_PROGRESS, DEFAULT_SETTINGS, type Persisted } from './schema';
import { sanitize, SAVE_VERSION } from './migrate';
import { readSave, type LoadedSave, type SaveProblem } from './load';
import { browserStorage, createSafeStorage, keepAside, STORAGE_KEY, type SafeStorage } from './storage';
import { browserSchedule, createSaveWriter, type WriteSchedule } from './save-writer';
import { initialViewState, type ViewState } from './view-state';

export type Screen =
  | 'start'
  | 'menu'
  | 'campaign'
  | 'campaign-end'
  | 'free-flight'
  | 'mission'
  | 'about'
  | 'teachers'
  | 'teacher-results';
export type Panel = null | 'settings' | 'handbook' | 'shortcuts' | 'about' | 'level-errors';

export interface LevelLoadError {
  file: string;
  errors: { path: string; message: string }[];
}

/**
 * A message for screen readers or the player, as a key of the UI string table plus parameters:
 * state speaks no language, the UI translates (src/i18n). `seq` makes a repeat a change.
 */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}
export interface Announcement extends Message {
  seq: number;
}

export interface Caption {
  id: number;
  text: string;
}

export interface RuntimeState extends ViewState {
  screen: Screen;
  panel: Panel;
  /** Built once from world-atlas after the preloader; never persisted. */
  world: WorldGeo | null;
  levels: Record<string, Level>;
  levelErrors: LevelLoadError[];
  /** Verdict of the current plan; recomputed by the mission actions when the plan changes. */
  verdict: Verdict | null;
  /** What the current plan would bring home, site by site; recomputed with the verdict. */
  preview: MissionPreview | null;
  /** Text for the aria-live region (verdict changes, captures, phase changes). */
  announcement: Announcement | null;
  /** Visible text twin of the last sound. */
  caption: Caption | null;
  /** False when the browser refuses storage: progress lasts only this visit. */
  saveAvailable: boolean;
  /** The player closed the "cannot save" banner (it comes back if saving fails again). */
  saveBannerDismissed: boolean;
  /** What was wrong with the save found at start-up (told once on the title screen). */
  saveNotice: SaveNotice | null;
  /** Waypoint selected on the map or in the route table (planning). */
  selectedWaypoint: number | null;
  /** "Lock route": the map pans instead of editing (touch). */
  routeLocked: boolean;
  /** The host's answer to the submitted plan (rebuilt from plan + seed + protests on resume). */
  review: HostResponse | null;
  /** The host's first answer, before protests (null outside review/flight/debrief). */
  reviewInitial: HostResponse | null;
  /** What the host's proposed changes would do to the mission (same preview as planning). */
  reviewEffects: ReviewEffects | null;
  /** What each protest achieved, in order. */
  protestOutcomes: ProtestOutcome[];
  /** The simulated flight of the agreed plan (deterministic; rebuilt on resume). */
  flight: FlightResult | null;
  /** A message for the player about the mission (e.g. a broken save that was dropped). */
  missionNotice: Message | null;
  /** Handbook article to open (deep link from a finding), or null for the list. */
  handbookArticle: string | null;
  /** While set, the Handbook is open to pick the article a protest against this finding cites. */
  handbookPick: FindingCode | null;
  /** Presenter mode for a projector (large type, high contrast, side panels collapsed). */
  presenter: boolean;
}

export interface SaveNotice {
  problem: SaveProblem;
  /** Storage key the original text was kept under (null when it could not be kept). */
  backupKey: string | null;
  /** The original text, for "Download the broken save". */
  original: string;
}

export type GameState = Persisted & RuntimeState;

export function initialState(): GameState {
  return {
    settings: { ...DEFAULT_SETTINGS },
    progress: { ...DEFAULT_PROGRESS, results: {}, trustByLevel: {} },
    mission: null,
    screen: 'start',
    panel: null,
    world: null,
    levels: {},
    levelErrors: [],
    verdict: null,
    preview: null,
    announcement: null,
    caption: null,
    saveAvailable: true,
    saveBannerDismissed: false,
    saveNotice: null,
    selectedWaypoint: null,
    routeLocked: false,
    review: null,
    reviewInitial: null,
    reviewEffects: null,
    protestOutcomes: [],
    flight: null,
    missionNotice: null,
    handbookArticle: null,
    handbookPick: null,
    ...initialViewState(),
    presenter: false,
  };
}

/** subscribeWithSelector's extra overload: listen to one slice of the state. */
export interface SliceSubscribe {
  <U>(
    selector: (s: GameState) => U,
    listener: (value: U, previous: U) => void,
    options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
  ): () => void;
}

export type GameStore = StoreApi<GameState> & {
  subscribe: SliceSubscribe;
  persist: { rehydrate: () => Promise<void> | void; hasHydrated: () => boolean; clearStorage: () => void };
};

/**
 * `writes`: when the save is written (save-writer.ts). Without one every change is written at
 * once (tests); the game's store coalesces writes and flushes them when the page goes away.
 */
export function createGameStore(
  storage: SafeStorage = createSafeStorage(browserStorage),
  writes: WriteSchedule | null = null,
): GameStore {
  // The save is read once, by readSave (migration by shape, per-field repair); never throws.
  let loaded: LoadedSave = { persisted: null, problem: null, dropped: [] };
  let original: string | null = null;
  const writer = createSaveWriter(storage, writes);
  const persistStorage: PersistStorage<Persisted> = {
    getItem: (name) => {
      writer.flush();
      original = storage.getItem(name) as string | null;
      loaded = readSave(original);
      return loaded.persisted ? { state: loaded.persisted, version: SAVE_VERSION } : null;
    },
    // Writes are coalesced (one per burst, flushed on pagehide) and the undo history trimmed.
    setItem: (name, value) => writer.setItem(name, value),
    removeItem: (name) => writer.removeItem(name),
  };
  const store = createStore<GameState>()(
    subscribeWithSelector(
      persist(() => initialState(), {
        name: STORAGE_KEY,
        version: SAVE_VERSION,
        storage: persistStorage,
        partialize: (s): Persisted => ({ settings: s.settings, progress: s.progress, mission: s.mission }),
        // Garbage in storage never reaches the game: every field is validated on its own.
        merge: (stored, current) => ({ ...current, ...sanitize(stored), saveAvailable: storage.persistent }),
      }),
    ),
  ) as unknown as GameStore;
  if (loaded.problem && original !== null) {
    // Kept aside before the first write replaces it; the player is told on the title screen.
    const backupKey = keepAside(storage, original);
    console.warn(`Open Skies: the save was ${loaded.problem} (${loaded.dropped.slice(0, 5).join(', ')}).`);
    store.setState({ saveNotice: { problem: loaded.problem, backupKey, original } });
  }
  store.setState({ saveAvailable: storage.persistent });
  storage.onFail(() => store.setState({ saveAvailable: false, saveBannerDismissed: false }));
  storage.onRestore(() => store.setState({ saveAvailable: true }));
  return store;
}

/** The game's store. Tests make their own with createGameStore(). */
export const store: GameStore = createGameStore(createSafeStorage(browserStorage), browserSchedule());

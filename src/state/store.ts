/**
 * The one store of the game (zustand vanilla). Persisted: settings, progress, the mission in
 * progress. Runtime only: world geometry, parsed levels, the current verdict, screen and panels.
 * Actions live in state/actions/*.ts as module-level functions that call store.setState.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, subscribeWithSelector } from 'zustand/middleware';
import type { FindingCode, Level, Verdict, WorldGeo } from '../rules/types';
import type { FlightResult, HostResponse, ProtestOutcome } from './actions/mission-engine';
import { DEFAULT_PROGRESS, DEFAULT_SETTINGS, type Persisted } from './schema';
import { migrateSave, sanitize, SAVE_VERSION } from './migrate';
import { browserStorage, createSafeStorage, STORAGE_KEY, type SafeStorage } from './storage';
import { browserSchedule, createSaveWriter, type WriteSchedule } from './save-writer';

export type Screen = 'start' | 'menu' | 'campaign' | 'free-flight' | 'mission' | 'about';
export type Panel = null | 'settings' | 'handbook' | 'shortcuts' | 'about' | 'level-errors';

export interface LevelLoadError {
  file: string;
  errors: { path: string; message: string }[];
}

/**
 * A message for screen readers or the player, as a key of the UI string table plus parameters:
 * state speaks no language, the UI translates (src/ui/i18n). `seq` makes a repeat a change.
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

export interface RuntimeState {
  screen: Screen;
  panel: Panel;
  /** Built once from world-atlas after the preloader; never persisted. */
  world: WorldGeo | null;
  levels: Record<string, Level>;
  levelErrors: LevelLoadError[];
  /** Verdict of the current plan; recomputed by the mission actions when the plan changes. */
  verdict: Verdict | null;
  /** Text for the aria-live region (verdict changes, captures, phase changes). */
  announcement: Announcement | null;
  /** Visible text twin of the last sound. */
  caption: Caption | null;
  /** False when the browser refuses storage: progress lasts only this visit. */
  saveAvailable: boolean;
  /** Waypoint selected on the map or in the route table (planning). */
  selectedWaypoint: number | null;
  /** "Lock route": the map pans instead of editing (touch). */
  routeLocked: boolean;
  /** The host's answer to the submitted plan (rebuilt from plan + seed + protests on resume). */
  review: HostResponse | null;
  /** The host's first answer, before protests (null outside review/flight/debrief). */
  reviewInitial: HostResponse | null;
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
}

export type GameState = Persisted & RuntimeState;

export function initialState(): GameState {
  return {
    settings: { ...DEFAULT_SETTINGS },
    progress: { ...DEFAULT_PROGRESS, results: {}, quotaUsed: {} },
    mission: null,
    screen: 'start',
    panel: null,
    world: null,
    levels: {},
    levelErrors: [],
    verdict: null,
    announcement: null,
    caption: null,
    saveAvailable: true,
    selectedWaypoint: null,
    routeLocked: false,
    review: null,
    reviewInitial: null,
    protestOutcomes: [],
    flight: null,
    missionNotice: null,
    handbookArticle: null,
    handbookPick: null,
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
  const store = createStore<GameState>()(
    subscribeWithSelector(
      persist(() => initialState(), {
        name: STORAGE_KEY,
        version: SAVE_VERSION,
        storage: createSaveWriter(storage, writes),
        partialize: (s): Persisted => ({ settings: s.settings, progress: s.progress, mission: s.mission }),
        migrate: (stored, version) => migrateSave(stored, version),
        // Garbage in storage never reaches the game: every slice is validated on its own.
        merge: (stored, current) => ({ ...current, ...sanitize(stored), saveAvailable: storage.persistent }),
        onRehydrateStorage: () => (_state, error) => {
          if (error) console.warn('Open Skies: the saved game could not be read and was reset.');
        },
      }),
    ),
  ) as unknown as GameStore;
  store.setState({ saveAvailable: storage.persistent });
  storage.onFail(() => store.setState({ saveAvailable: false }));
  return store;
}

/** The game's store. Tests make their own with createGameStore(). */
export const store: GameStore = createGameStore(createSafeStorage(browserStorage), browserSchedule());

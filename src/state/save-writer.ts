/**
 * When and how the save is written. The store changes many times a second while a waypoint is
 * dragged or a flight runs; writing the whole save (with up to 100 plans of undo history) to
 * localStorage on each change made frames stutter. So writes are coalesced: a burst of changes
 * becomes one write once it pauses for QUIET_MS (or every MAX_WAIT_MS during a long burst), changes that
 * touch no saved slice write nothing, and the pending write is flushed at once when the page
 * may go away (pagehide, tab hidden). The JSON of each plan is cached by object (plans are
 * immutable), so a write re-serialises only the plans that changed.
 *
 * Only the write side lives here; reading, validation and migration are the store's and
 * storage.ts's business and see the same JSON as before.
 */
import {
  createJSONStorage,
  type PersistStorage,
  type StateStorage,
  type StorageValue,
} from 'zustand/middleware';
import type { Persisted } from './schema';

/** A burst of changes is written this long after it pauses (a janky drag may pause 300 ms)… */
export const QUIET_MS = 1000;
/** …or at the latest this long after it began (a flight's clock never pauses). */
export const MAX_WAIT_MS = 5000;
/**
 * The saved undo history is trimmed (oldest steps first, then the farthest redo steps) so a save
 * stays under 500 kB; the history in memory keeps all its steps. The present plan is never cut.
 */
export const SAVE_BUDGET_CHARS = 480 * 1024;

/** The clock and the events a coalescing writer needs (the browser's, or a test's). */
export interface WriteSchedule {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(id: unknown): void;
  now(): number;
  /** Calls `flush` whenever the page may be about to go away (and the write cannot wait). */
  onLeave(flush: () => void): void;
}

type Listenable = Pick<EventTarget, 'addEventListener'>;

/**
 * The browser's schedule: timers, and a flush on `pagehide` and when the tab is hidden (the
 * last moment a mobile browser promises to run script). Null outside a browser.
 */
export function browserSchedule(
  win: Listenable | undefined = typeof window === 'undefined' ? undefined : window,
  doc: (Listenable & { visibilityState: string }) | undefined = typeof document === 'undefined'
    ? undefined
    : document,
): WriteSchedule | null {
  if (!win) return null;
  return {
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    now: () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
    onLeave(flush) {
      win.addEventListener('pagehide', flush);
      doc?.addEventListener('visibilitychange', () => {
        if (doc.visibilityState === 'hidden') flush();
      });
    },
  };
}

const planJson = new WeakMap<object, string>();

function cachedJson(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'null';
  let s = planJson.get(x);
  if (s === undefined) {
    s = JSON.stringify(x);
    planJson.set(x, s);
  }
  return s;
}

/** Closes a JSON object's text with one more member: `{"a":1}` + `"b":[…]` → `{"a":1,"b":[…]}`. */
function withMember(objectJson: string, member: string): string {
  return `${objectJson.slice(0, -1)}${objectJson.length > 2 ? ',' : ''}${member}}`;
}

/**
 * The save's JSON: what JSON.stringify(value) gives (members in another order), with the plans'
 * JSON reused from the cache and the undo history trimmed to the budget.
 */
export function serializeSave(value: StorageValue<Persisted>, budget = SAVE_BUDGET_CHARS): string {
  const { mission, ...slices } = value.state;
  if (!mission) return JSON.stringify(value);
  const { past, future, ...rest } = mission;
  const pastJson = past.map(cachedJson);
  const futureJson = future.map(cachedJson);
  const build = (): string => {
    const m = withMember(
      JSON.stringify(rest),
      `"past":[${pastJson.join(',')}],"future":[${futureJson.join(',')}]`,
    );
    const state = withMember(JSON.stringify(slices), `"mission":${m}`);
    return value.version === undefined
      ? `{"state":${state}}`
      : `{"state":${state},"version":${value.version}}`;
  };
  let json = build();
  if (json.length <= budget) return json;
  let over = json.length - budget;
  while (over > 0 && pastJson.length > 0) over -= (pastJson.shift() as string).length + 1;
  while (over > 0 && futureJson.length > 0) over -= (futureJson.pop() as string).length + 1;
  json = build();
  return json;
}

export interface SaveWriter extends PersistStorage<Persisted> {
  /** Writes the pending save now (no-op when nothing is pending). */
  flush(): void;
}

/**
 * The persist storage of the store: JSON over `inner` (the safe localStorage). With a schedule,
 * writes are coalesced as described above; without one (tests, Node) every change is written
 * at once, as before.
 */
export function createSaveWriter(
  inner: StateStorage<void>,
  schedule: WriteSchedule | null = null,
): SaveWriter {
  const json = createJSONStorage<Persisted>(() => inner) as PersistStorage<Persisted, void>;
  let pending: { name: string; value: StorageValue<Persisted> } | null = null;
  let timer: unknown = null;
  let burstStart = 0;
  let written: StorageValue<Persisted> | null = null;

  const unchanged = (v: StorageValue<Persisted>): boolean =>
    written !== null &&
    written.version === v.version &&
    written.state.settings === v.state.settings &&
    written.state.progress === v.state.progress &&
    written.state.mission === v.state.mission;

  const write = (name: string, value: StorageValue<Persisted>): void => {
    if (unchanged(value)) return;
    written = value;
    inner.setItem(name, serializeSave(value));
  };

  const flush = (): void => {
    if (timer !== null) schedule?.clearTimer(timer);
    timer = null;
    const p = pending;
    pending = null;
    if (p) write(p.name, p.value);
  };
  schedule?.onLeave(flush);

  return {
    flush,
    getItem(name) {
      flush();
      return json.getItem(name);
    },
    setItem(name, value) {
      if (!schedule) {
        write(name, value);
        return;
      }
      pending = { name, value };
      const now = schedule.now();
      if (timer === null) burstStart = now;
      else schedule.clearTimer(timer);
      const wait = Math.max(0, Math.min(QUIET_MS, burstStart + MAX_WAIT_MS - now));
      timer = schedule.setTimer(flush, wait);
    },
    removeItem(name) {
      if (timer !== null) schedule?.clearTimer(timer);
      timer = null;
      pending = null;
      written = null;
      inner.removeItem(name);
    },
  };
}

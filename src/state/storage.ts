/**
 * Storage that never stops the game: private mode, a blocked iframe (itch.io) or a full quota
 * make localStorage throw; we fall back to memory, remember that saving is unavailable, and try
 * again later (a full disk may be cleared, a blocked iframe allowed).
 */
import type { StateStorage } from 'zustand/middleware';

export const STORAGE_KEY = 'open-skies:save';
/** Where a save that could not be read is kept aside: this key, then `-2`, `-3`… */
export const BACKUP_KEY = 'open-skies:save-backup';
const MAX_BACKUPS = 5;
/** Waits between write retries after a failure (the last one repeats). */
export const RETRY_MS: readonly number[] = [5_000, 15_000, 60_000];

export interface SafeStorage extends StateStorage<void> {
  /** False while the real storage is failing; the UI tells the player progress will not last. */
  readonly persistent: boolean;
  /** Called each time the real storage starts failing (at once if it already is). */
  onFail(listener: () => void): void;
  /** Called each time a retry finds the real storage working again. */
  onRestore(listener: () => void): void;
}

type Schedule = (run: () => void, ms: number) => void;

const defaultSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms) as unknown as { unref?: () => void };
  timer.unref?.();
};

export function createSafeStorage(
  getBacking: () => Storage | undefined,
  schedule: Schedule = defaultSchedule,
): SafeStorage {
  const memory = new Map<string, string>();
  let backing: Storage | undefined;
  let persistent = true;
  /** Writes are retried only once a read has worked: we never write over a save we never read. */
  let readOk = false;
  let retrying = false;
  const failListeners: (() => void)[] = [];
  const restoreListeners: (() => void)[] = [];
  try {
    backing = getBacking();
    if (!backing) persistent = false;
  } catch {
    persistent = false;
  }
  const fail = (): void => {
    const wasPersistent = persistent;
    persistent = false;
    backing = undefined;
    // Tell listeners after the current write has finished.
    if (wasPersistent) queueMicrotask(() => failListeners.forEach((l) => l()));
    retryLater(0);
  };
  /** One attempt per wait: write what memory holds; on success the real storage is back. */
  function retryLater(attempt: number): void {
    if (!readOk || retrying) return;
    retrying = true;
    schedule(
      () => {
        retrying = false;
        try {
          const b = getBacking();
          if (!b) throw new Error('no storage');
          for (const [k, v] of memory) b.setItem(k, v);
          backing = b;
          persistent = true;
          restoreListeners.forEach((l) => l());
        } catch {
          retryLater(attempt + 1);
        }
      },
      RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] as number,
    );
  }
  return {
    get persistent() {
      return persistent;
    },
    onFail(listener) {
      failListeners.push(listener);
      if (!persistent) queueMicrotask(listener);
    },
    onRestore(listener) {
      restoreListeners.push(listener);
    },
    getItem(name) {
      if (backing) {
        try {
          const value = backing.getItem(name);
          readOk = true;
          return value;
        } catch {
          fail();
        }
      }
      return memory.get(name) ?? null;
    },
    setItem(name, value) {
      memory.set(name, value);
      if (backing) {
        try {
          backing.setItem(name, value);
        } catch {
          fail();
        }
      }
    },
    removeItem(name) {
      memory.delete(name);
      if (backing) {
        try {
          backing.removeItem(name);
        } catch {
          fail();
        }
      }
    },
  };
}

/**
 * Keeps `raw` aside under the first free backup key, never over another backup (the same text
 * already kept is found again). Returns the key, or null when every backup key is taken.
 */
export function keepAside(storage: SafeStorage, raw: string): string | null {
  for (let i = 1; i <= MAX_BACKUPS; i++) {
    const key = i === 1 ? BACKUP_KEY : `${BACKUP_KEY}-${i}`;
    const there = storage.getItem(key) as string | null;
    if (there === raw) return key;
    if (there === null) {
      storage.setItem(key, raw);
      return key;
    }
  }
  return null;
}

/** The browser's localStorage when there is one (reading the property itself can throw). */
export function browserStorage(): Storage | undefined {
  if (typeof globalThis === 'undefined') return undefined;
  const g = globalThis as { localStorage?: Storage };
  return g.localStorage;
}

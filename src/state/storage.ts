/**
 * Storage that never stops the game: private mode, a blocked iframe (itch.io) or a full quota
 * make localStorage throw; we fall back to memory and remember that saving is unavailable.
 */
import type { StateStorage } from 'zustand/middleware';

export const STORAGE_KEY = 'open-skies:save';

export interface SafeStorage extends StateStorage<void> {
  /** False once the real storage has failed; the UI can tell the player progress will not last. */
  readonly persistent: boolean;
  /** Called once, when the real storage first fails. */
  onFail(listener: () => void): void;
}

export function createSafeStorage(getBacking: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();
  let backing: Storage | undefined;
  let persistent = true;
  const listeners: (() => void)[] = [];
  try {
    backing = getBacking();
    if (!backing) persistent = false;
  } catch {
    persistent = false;
  }
  const fail = (): void => {
    persistent = false;
    backing = undefined;
    // Tell listeners after the current write has finished.
    queueMicrotask(() => listeners.splice(0).forEach((l) => l()));
  };
  return {
    get persistent() {
      return persistent;
    },
    onFail(listener) {
      if (persistent) listeners.push(listener);
      else queueMicrotask(listener);
    },
    getItem(name) {
      if (backing) {
        try {
          return backing.getItem(name);
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

/** The browser's localStorage when there is one (reading the property itself can throw). */
export function browserStorage(): Storage | undefined {
  if (typeof globalThis === 'undefined') return undefined;
  const g = globalThis as { localStorage?: Storage };
  return g.localStorage;
}

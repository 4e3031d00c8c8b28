/** Which build this is, and whether the player last saw another one (the "updated" note). */
declare const __OPEN_SKIES_BUILD__: string | undefined;

const BUILD_KEY = 'open-skies:build';
export const BUILD = typeof __OPEN_SKIES_BUILD__ === 'string' ? __OPEN_SKIES_BUILD__ : 'dev';

/** Remembers this build; returns the one seen before when it differs (null on a first visit). */
export function noteBuild(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  build: string,
): string | null {
  if (!storage) return null;
  try {
    const previous = storage.getItem(BUILD_KEY);
    if (previous !== build) storage.setItem(BUILD_KEY, build);
    return previous !== null && previous !== build ? previous : null;
  } catch {
    return null; // storage blocked (a third-party iframe): no note, no harm
  }
}

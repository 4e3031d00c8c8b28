/**
 * Settings actions (persisted with the store). Values are clamped to the schema's ranges here,
 * so a slider or a test can never write a save the schema would reject. They act on the one
 * bound store (mission-core's actionStore, bound once by main.ts; tests bind a fresh one).
 */
import { DEFAULT_SETTINGS, TIME_SPEEDS, type Settings, type TimeSpeed } from '../schema';
import type { GameState } from '../store';
import { get, set } from './mission-core';

export const UI_SCALE_MIN = 0.75;
export const UI_SCALE_MAX = 2;
/** The steps offered by the settings panel. */
export const UI_SCALE_STEPS: readonly number[] = [0.75, 0.875, 1, 1.125, 1.25, 1.5, 1.75, 2];
export const PALETTES = ['okabe-ito', 'high-contrast'] as const satisfies readonly Settings['palette'][];

function patch(p: Partial<Settings>): void {
  const current = get().settings;
  const changed = (Object.keys(p) as (keyof Settings)[]).some((k) => p[k] !== current[k]);
  if (changed) set({ settings: { ...current, ...p } });
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** Volumes in steps of 0.01 so a slider's 0–100 maps back without drift. */
const volume = (v: number): number => (Number.isFinite(v) ? Math.round(clamp(v, 0, 1) * 100) / 100 : 0);

export function setEffectsVolume(v: number): void {
  patch({ effectsVolume: volume(v) });
}

export function setMusicVolume(v: number): void {
  patch({ musicVolume: volume(v) });
}

export function setMuted(muted: boolean): void {
  patch({ muted });
}

export function toggleMuted(): void {
  setMuted(!get().settings.muted);
}

/** Folds or unfolds the map legend (remembered with the settings). */
export function setMapLegend(open: boolean): void {
  patch({ mapLegend: open });
}

export function setCaptions(captions: boolean): void {
  patch({ captions });
}

export function setUiScale(scale: number): void {
  if (!Number.isFinite(scale)) return;
  patch({ uiScale: Math.round(clamp(scale, UI_SCALE_MIN, UI_SCALE_MAX) * 1000) / 1000 });
}

/** true / false force it; null follows the system's prefers-reduced-motion. */
export function setReducedMotion(reduced: boolean | null): void {
  patch({ reducedMotion: reduced });
}

export function setPalette(palette: string): void {
  if ((PALETTES as readonly string[]).includes(palette)) patch({ palette: palette as Settings['palette'] });
}

/** The flight speed a new flight starts at (the mission's speed buttons change the same value). */
export function setDefaultTimeSpeed(speed: number): void {
  if ((TIME_SPEEDS as readonly number[]).includes(speed)) patch({ timeSpeed: speed as TimeSpeed });
}

export function setLanguage(code: string): void {
  if (/^[a-z]{2}(-[A-Z]{2})?$/.test(code)) patch({ language: code });
}

export function resetSettings(): void {
  patch({ ...DEFAULT_SETTINGS });
}

// ---------------------------------------------------------------- reduced motion
// The one reduced-motion rule: the setting when set, else the system's prefers-reduced-motion.
// Scenes, panels and <html data-reduced-motion> (ui/settings/apply.ts) all ask isReducedMotion.
const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

interface MotionQuery {
  matches: boolean;
  addEventListener?: (type: 'change', listener: () => void) => void;
  removeEventListener?: (type: 'change', listener: () => void) => void;
}
type MediaQueryFn = (query: string) => MotionQuery;

let systemQuery: MediaQueryFn | null =
  typeof globalThis.matchMedia === 'function' ? (q) => globalThis.matchMedia(q) : null;

/** Tests (and Node) swap the system query. */
export function setSystemMediaQuery(fn: MediaQueryFn | null): void {
  systemQuery = fn;
}

export function systemPrefersReducedMotion(): boolean {
  try {
    return systemQuery?.(REDUCED_MOTION_QUERY).matches ?? false;
  } catch {
    return false;
  }
}

/**
 * Should motion be reduced now? The setting when set, else the system preference. Scenes call
 * it before any camera tween or animated flight (then jump / step instead).
 */
export function isReducedMotion(s: Pick<GameState, 'settings'>): boolean {
  return s.settings.reducedMotion ?? systemPrefersReducedMotion();
}

/** Calls `listener` when the system preference changes (while the setting follows it). */
export function onSystemReducedMotionChange(listener: () => void): () => void {
  let query: MotionQuery | null = null;
  try {
    query = systemQuery?.(REDUCED_MOTION_QUERY) ?? null;
  } catch {
    query = null;
  }
  query?.addEventListener?.('change', listener);
  return () => query?.removeEventListener?.('change', listener);
}

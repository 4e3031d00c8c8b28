/**
 * Save migrations. Each step takes the shape of version n and returns version n + 1;
 * whatever cannot be understood is dropped slice by slice, never the whole save.
 */
import {
  DEFAULT_PROGRESS,
  DEFAULT_SETTINGS,
  levelResultSchema,
  missionSchema,
  progressSchema,
  settingsSchema,
  type Persisted,
} from './schema';

export const SAVE_VERSION = 2;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v1 (first playtest builds): one `volume` for everything and `stars` as a map of level id → stars.
 * v2: separate effects/music volumes; `results` with stars and score; trust and quota ledger.
 */
function v1ToV2(old: Json): Json {
  const s = isObject(old.settings) ? old.settings : {};
  const volume = typeof s.volume === 'number' ? s.volume : undefined;
  const settings: Json = { ...s };
  delete settings.volume;
  if (volume !== undefined) {
    settings.effectsVolume ??= volume;
    settings.musicVolume ??= volume;
  }
  const p = isObject(old.progress) ? old.progress : {};
  const results: Json = {};
  if (isObject(p.stars)) {
    for (const [id, stars] of Object.entries(p.stars)) {
      if (typeof stars === 'number') results[id] = { stars, score: 0 };
    }
  }
  return { settings, progress: { ...p, results, stars: undefined }, mission: old.mission ?? null };
}

const STEPS: Record<number, (s: Json) => Json> = { 1: v1ToV2 };

/** Brings any stored value of any version to the current shape, keeping every valid slice. */
export function migrateSave(stored: unknown, fromVersion: number): Persisted {
  let state: Json = isObject(stored) ? stored : {};
  for (let v = Math.max(1, Math.floor(fromVersion)); v < SAVE_VERSION; v++) {
    const step = STEPS[v];
    if (step) state = step(state);
  }
  return sanitize(state);
}

/** Validates each slice on its own: a broken slice falls back to defaults, the rest survives. */
export function sanitize(raw: unknown): Persisted {
  const state = isObject(raw) ? raw : {};
  const settings = settingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(isObject(state.settings) ? state.settings : {}),
  });
  const progressIn = isObject(state.progress) ? state.progress : {};
  const results: Persisted['progress']['results'] = {};
  if (isObject(progressIn.results)) {
    for (const [id, r] of Object.entries(progressIn.results)) {
      const parsed = levelResultSchema.safeParse(r);
      if (parsed.success) results[id] = parsed.data;
    }
  }
  const progress = progressSchema.safeParse({ ...DEFAULT_PROGRESS, ...progressIn, results });
  const mission = missionSchema.safeParse(state.mission);
  return {
    settings: settings.success ? (settings.data as Persisted['settings']) : { ...DEFAULT_SETTINGS },
    progress: progress.success ? progress.data : { ...DEFAULT_PROGRESS, results },
    mission: mission.success ? mission.data : null,
  };
}

/**
 * Save migrations and per-field repair. A migration step runs only when the data has the shape
 * it was written for (the version label alone never selects one: a v2 save labelled 0 stays
 * v2). Whatever cannot be understood is dropped field by field, never the whole save, and each
 * drop is reported so the player can be told.
 */
import { isSlug } from '../rules';
import {
  DEFAULT_PROGRESS,
  DEFAULT_SETTINGS,
  levelResultSchema,
  missionCoreSchema,
  missionPartSchemas,
  PHASES,
  settingsSchema,
  type Persisted,
  type Settings,
} from './schema';

export const SAVE_VERSION = 3;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The v1 shape: one `volume`, `stars` as a map; and none of the v2 fields. */
function looksLikeV1(old: Json): boolean {
  const s = isObject(old.settings) ? old.settings : {};
  const p = isObject(old.progress) ? old.progress : {};
  const v1 = 'volume' in s || 'stars' in p;
  const v2 = 'effectsVolume' in s || 'musicVolume' in s || 'results' in p || 'quotaUsed' in p;
  return v1 && !v2;
}

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
  const results = new Map<string, unknown>();
  if (isObject(p.stars)) {
    for (const [id, stars] of Object.entries(p.stars)) {
      if (typeof stars === 'number') results.set(id, { stars, score: 0 });
    }
  }
  const progress: Json = { ...p, results: Object.fromEntries(results) };
  delete progress.stars;
  return { settings, progress, mission: old.mission ?? null };
}

/** The v2 mission shape: the deviation answer inside `outcome` (alone in flight, beside the result after). */
function looksLikeV2(old: Json): boolean {
  const m = isObject(old.mission) ? old.mission : {};
  return isObject(m.outcome) && 'deviation' in m.outcome;
}

/**
 * v2: `mission.outcome` meant two things: `{ deviation }` in flight, the result (with the answer
 * beside it) at the debrief. v3: the answer is `mission.deviation`, `outcome` only the result.
 * (v3 also stops writing `progress.quotaUsed`: the ledger is counted from the results, so
 * sanitize ignores it.)
 */
function v2ToV3(old: Json): Json {
  const m = isObject(old.mission) ? old.mission : {};
  const { deviation, ...rest } = isObject(m.outcome) ? m.outcome : {};
  const mission: Json = { ...m, deviation };
  if ('kind' in rest) mission.outcome = rest;
  else delete mission.outcome;
  return { ...old, mission };
}

/** Each step with the test that the data fits it. */
const STEPS: ReadonlyMap<number, { fits: (s: Json) => boolean; run: (s: Json) => Json }> = new Map([
  [1, { fits: looksLikeV1, run: v1ToV2 }],
  [2, { fits: looksLikeV2, run: v2ToV3 }],
]);

/**
 * Brings a stored value to the current shape, keeping every valid field. `fromVersion` is a
 * hint: a step runs only when the data fits it. Drops are appended to `report` (JSON paths).
 */
export function migrateSave(stored: unknown, fromVersion: number, report: string[] = []): Persisted {
  let state: Json = isObject(stored) ? stored : {};
  const from = Number.isFinite(fromVersion) ? Math.max(1, Math.floor(fromVersion)) : 1;
  for (let v = from; v < SAVE_VERSION; v++) {
    const step = STEPS.get(v);
    if (step?.fits(state)) state = step.run(state);
  }
  return sanitize(state, report);
}

function sanitizeSettings(raw: unknown, report: string[]): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw !== undefined && !isObject(raw)) report.push('settings');
  const given = isObject(raw) ? raw : {};
  const shape = settingsSchema.shape;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!Object.hasOwn(given, key)) continue;
    const parsed = shape[key].safeParse(given[key]);
    if (parsed.success) out[key] = parsed.data;
    else report.push(`settings.${key}`);
  }
  return out as Settings;
}

function sanitizeProgress(raw: unknown, report: string[]): Persisted['progress'] {
  if (raw !== undefined && !isObject(raw)) report.push('progress');
  const given = isObject(raw) ? raw : {};
  const results = new Map<string, Persisted['progress']['results'][string]>();
  if (isObject(given.results)) {
    for (const [id, r] of Object.entries(given.results)) {
      const parsed = levelResultSchema.safeParse(r);
      if (parsed.success && isSlug(id)) results.set(id, parsed.data);
      else report.push(`progress.results.${isSlug(id) ? id : '?'}`);
    }
  } else if (given.results !== undefined) report.push('progress.results');
  let trust = DEFAULT_PROGRESS.trust;
  if (typeof given.trust === 'number' && given.trust >= 0 && given.trust <= 100) trust = given.trust;
  else if (given.trust !== undefined) report.push('progress.trust');
  // Each mission's last trust change (a retry replaces it): entries stand alone too.
  const byLevel = new Map<string, number>();
  if (isObject(given.trustByLevel)) {
    for (const [id, n] of Object.entries(given.trustByLevel)) {
      if (isSlug(id) && typeof n === 'number' && n >= -100 && n <= 100) byLevel.set(id, n);
      else report.push(`progress.trustByLevel.${isSlug(id) ? id : '?'}`);
    }
  } else if (given.trustByLevel !== undefined) report.push('progress.trustByLevel');
  return {
    results: Object.fromEntries(results),
    trust,
    trustByLevel: Object.fromEntries(byLevel),
  };
}

/** A phase this build does not know: the mission was saved by a newer build. */
export function hasNewerPhase(mission: unknown): boolean {
  return (
    isObject(mission) &&
    typeof mission.phase === 'string' &&
    !(PHASES as readonly string[]).includes(mission.phase)
  );
}

/**
 * The mission: its core (level, phase, seed, plans) or nothing; each other part (review, flight
 * clock, deviation answer, outcome) stands alone and is dropped by itself when broken.
 */
function sanitizeMission(raw: unknown, report: string[]): Persisted['mission'] {
  if (raw === undefined || raw === null) return null;
  const core = missionCoreSchema.safeParse(raw);
  if (!core.success || !isObject(raw)) {
    report.push('mission');
    return null;
  }
  const mission: NonNullable<Persisted['mission']> = core.data;
  for (const key of Object.keys(missionPartSchemas) as (keyof typeof missionPartSchemas)[]) {
    if (raw[key] === undefined) continue;
    const part = missionPartSchemas[key].safeParse(raw[key]);
    if (part.success) Object.assign(mission, { [key]: part.data });
    else report.push(`mission.${key}`);
  }
  return mission;
}

/** Validates each field on its own: a broken field falls back to its default, the rest survives. */
export function sanitize(raw: unknown, report: string[] = []): Persisted {
  const state = isObject(raw) ? raw : {};
  const mission = sanitizeMission(state.mission, report);
  return {
    settings: sanitizeSettings(state.settings, report),
    progress: sanitizeProgress(state.progress, report),
    mission,
  };
}

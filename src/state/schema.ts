/**
 * The persisted part of the game state, as zod schemas: a save is never trusted.
 * Every slice has a default so a broken slice can be replaced without losing the rest.
 */
import { z } from 'zod';
import { isSlug } from '../rules';

export const PHASES = ['briefing', 'planning', 'review', 'flight', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

export const TIME_SPEEDS = [1, 2, 4, 8, 16] as const;
export type TimeSpeed = (typeof TIME_SPEEDS)[number];

export const settingsSchema = z.object({
  effectsVolume: z.number().min(0).max(1),
  musicVolume: z.number().min(0).max(1),
  muted: z.boolean(),
  /** Multiplies all DOM text and the HUD. */
  uiScale: z.number().min(0.75).max(2),
  /** null = follow the system's prefers-reduced-motion. */
  reducedMotion: z.boolean().nullable(),
  palette: z.enum(['okabe-ito', 'high-contrast']),
  timeSpeed: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16)]),
  language: z.string().min(2).max(8),
  /** Captions for sounds (on by default: nothing important is carried by sound alone). */
  captions: z.boolean(),
  /** The map legend is unfolded (the player can fold it away; remembered). */
  mapLegend: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  effectsVolume: 0.8,
  musicVolume: 0.5,
  muted: false,
  uiScale: 1,
  reducedMotion: null,
  palette: 'okabe-ito',
  timeSpeed: 4,
  language: 'en',
  captions: true,
  mapLegend: true,
};

export const levelResultSchema = z.object({
  stars: z.number().int().min(0).max(3),
  score: z.number(),
  completedAtIso: z.string().optional(),
});
export type LevelResult = z.infer<typeof levelResultSchema>;

export const progressSchema = z.object({
  /** Best result per level id. */
  results: z.record(z.string(), levelResultSchema),
  /** Trust between the parties, 0..100. */
  trust: z.number().min(0).max(100),
  /** Flights flown per "observer>host@year" for the quota ledger. */
  quotaUsed: z.record(z.string(), z.number().int().min(0)),
  /** The trust change each mission last counted for (a retry replaces it, never adds). */
  trustByLevel: z.record(z.string(), z.number().min(-100).max(100)).default({}),
});
export type Progress = z.infer<typeof progressSchema>;

export const DEFAULT_PROGRESS: Progress = { results: {}, trust: 50, quotaUsed: {}, trustByLevel: {} };

/** The mission in progress. Plans are validated again by the rules' plan parser on load. */
export const missionSchema = z.object({
  /** A slug (checked at this boundary): every lookup by it goes through rules' own(). */
  levelId: z.string().refine(isSlug, 'expected a level id such as "01-training-flight"'),
  phase: z.enum(PHASES),
  seed: z.number().int(),
  /** Plan history as data: past, present, future (plans checked by parsePlan on resume). */
  past: z.array(z.unknown()),
  present: z.unknown(),
  future: z.array(z.unknown()),
  /** Host review state, flight clock and debrief: owned by the mission actions. */
  review: z.unknown().optional(),
  flight: z.object({ tH: z.number().min(0), paused: z.boolean() }).optional(),
  outcome: z.unknown().optional(),
  /** Opened from a plan code on a level the campaign has not unlocked: progress is not counted. */
  practice: z.boolean().optional(),
  /** Two players share the mission (issue 14): checked by state/actions/hot-seat-state.ts. */
  hotSeat: z.unknown().optional(),
});
export type PersistedMission = z.infer<typeof missionSchema>;

export const persistedSchema = z.object({
  settings: settingsSchema,
  progress: progressSchema,
  mission: missionSchema.nullable(),
});
export type Persisted = z.infer<typeof persistedSchema>;

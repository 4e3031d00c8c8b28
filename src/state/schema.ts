/**
 * The persisted part of the game state, as zod schemas: a save is never trusted.
 * Every slice has a default so a broken slice can be replaced without losing the rest.
 */
import { z } from 'zod/mini';
import '../rules/zod-config';
import { isSlug } from '../rules';
import type { HostAction, ObserverReply, Plan } from '../rules';

export const PHASES = ['briefing', 'planning', 'review', 'flight', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

export const TIME_SPEEDS = [1, 2, 4, 8, 16] as const;
export type TimeSpeed = (typeof TIME_SPEEDS)[number];

export const settingsSchema = z.object({
  effectsVolume: z.number().check(z.gte(0), z.lte(1)),
  musicVolume: z.number().check(z.gte(0), z.lte(1)),
  muted: z.boolean(),
  /** Multiplies all DOM text and the HUD. */
  uiScale: z.number().check(z.gte(0.75), z.lte(2)),
  /** null = follow the system's prefers-reduced-motion. */
  reducedMotion: z.nullable(z.boolean()),
  palette: z.enum(['okabe-ito', 'high-contrast']),
  timeSpeed: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16)]),
  language: z.string().check(z.minLength(2), z.maxLength(8)),
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
  stars: z.number().check(z.int(), z.gte(0), z.lte(3)),
  score: z.number(),
  completedAtIso: z.optional(z.string()),
});
export type LevelResult = z.infer<typeof levelResultSchema>;

export const progressSchema = z.object({
  /** Best result per level id. */
  results: z.record(z.string(), levelResultSchema),
  /** Trust between the parties, 0..100. */
  trust: z.number().check(z.gte(0), z.lte(100)),
  /** The trust change each mission last counted for (a retry replaces it, never adds). */
  trustByLevel: z._default(z.record(z.string(), z.number().check(z.gte(-100), z.lte(100))), {}),
});
export type Progress = z.infer<typeof progressSchema>;

export const DEFAULT_PROGRESS: Progress = { results: {}, trust: 50, trustByLevel: {} };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A plan in the save. Its shape is the rules' plan parser's: resume runs parsePlan on every
 * saved plan (and checks it belongs to the mission's level) and closes the mission with a
 * message naming the broken one, so this schema only keeps out what is not an object.
 */
const savedPlanSchema = z.custom<Plan>(isObject, 'expected a plan object');

/** A protest the player made in the host's review: the finding and the article it cites. */
export const protestSchema = z.object({ code: z.string(), article: z.string() });
export type Protest = z.infer<typeof protestSchema>;

/** One host decision of the player in host duty (08) and the computer observer's answer. */
const hostDecisionSchema = z.object({
  planId: z.string(),
  action: z.custom<HostAction>(
    (v) => isObject(v) && ['accept', 'change', 'refuse'].includes(v.kind as string),
    'expected a host action',
  ),
  reply: z.custom<ObserverReply>(
    (v) =>
      isObject(v) &&
      ['fly', 'comply', 'withdraw', 'protest'].includes(v.kind as string) &&
      typeof v.reason === 'string',
    'expected an observer reply',
  ),
  /** After a protest: gave way or insisted (null until answered, and when there was no protest). */
  after: z.nullable(z.enum(['give-way', 'insist'])),
});
export type HostDecisionRecord = z.infer<typeof hostDecisionSchema>;

/** Host duty (08): which incoming plan is under review and the decisions made so far. */
export const hostDutySchema = z.object({
  /** Index of the plan under review in level.hostDuty.incoming. */
  index: z.number().check(z.int(), z.gte(0)),
  /** The player asked to see the rules engine's findings for this plan. */
  revealed: z.boolean(),
  /** The decision on the plan under review, once made. */
  current: z.nullable(hostDecisionSchema),
  /** Decisions on the plans already done, in order. */
  done: z.array(hostDecisionSchema),
});
export type HostDutyState = z.infer<typeof hostDutySchema>;

/** The host review as the player left it: rebuilt from plan + seed + these decisions on resume. */
export const reviewStateSchema = z.object({
  protests: z.array(protestSchema),
  accepted: z.optional(z.boolean()),
  /** The plan as submitted, kept when the host's changes replaced it (for the debrief). */
  submitted: z.optional(savedPlanSchema),
  /**
   * Objections of earlier submissions the player answered by revising the plan (back to
   * planning from the review), so the debrief keeps every dispute and how it was settled.
   */
  revised: z.optional(
    z.array(z.object({ code: z.string(), severity: z.string(), basis: z.string() })).check(z.maxLength(200)),
  ),
  /** Host duty (08): the player's decisions as host, checked by state/actions/host-duty.ts. */
  hostDuty: z.optional(hostDutySchema),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** The player's answer to the host's deviation request in flight (Art. VIII §II). */
export const deviationSchema = z.enum(['accepted', 'refused']);

/**
 * How the mission ended, with its score as computed once when it ended (the debrief and the
 * result code read it; nothing scores the mission again). The parts after `trustDelta` were
 * added in save version 3: a debrief saved before has only the totals.
 */
export const outcomeSchema = z.object({
  kind: z.enum(['flown', 'declined']),
  score: z.number(),
  stars: z.number().check(z.int(), z.gte(0), z.lte(3)),
  trustDelta: z.number(),
  objectivesCaptured: z.optional(z.number().check(z.int(), z.gte(0))),
  objectivesTotal: z.optional(z.number().check(z.int(), z.gte(0))),
  /** What moved trust, each a key of the UI string table with its change. */
  trustItems: z.optional(z.array(z.object({ key: z.string(), delta: z.number() })).check(z.maxLength(50))),
  /** The quota ledger line of this mission (observer, host, flights before and after). */
  quota: z.optional(
    z.object({
      host: z.string(),
      observer: z.string(),
      counted: z.boolean(),
      basis: z.string(),
      usedBefore: z.number(),
      usedAfter: z.number(),
      active: z.number(),
      left: z.number(),
    }),
  ),
});
export type MissionOutcome = z.infer<typeof outcomeSchema>;

export const flightClockSchema = z.object({ tH: z.number().check(z.gte(0)), paused: z.boolean() });

/**
 * The parts of the mission in progress that must hold together: without them there is no
 * mission to resume. Plans are validated again by the rules' plan parser on resume.
 */
export const missionCoreSchema = z.object({
  /** A slug (checked at this boundary): every lookup by it goes through rules' own(). */
  levelId: z.string().check(z.refine(isSlug, 'expected a level id such as "01-training-flight"')),
  phase: z.enum(PHASES),
  seed: z.number().check(z.int()),
  /** Plan history as data: past, present, future. */
  past: z.array(savedPlanSchema),
  present: savedPlanSchema,
  future: z.array(savedPlanSchema),
  /** Opened from a plan code on a level the campaign has not unlocked: progress is not counted. */
  practice: z.optional(z.boolean()),
});

const hostActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  /** The changed plan is checked again by the rules' plan parser (hotSeatOf). */
  z.object({ kind: z.literal('change'), what: z.enum(['altitude', 'route', 'time']), plan: z.unknown() }),
  z.object({ kind: z.literal('refuse'), article: z.string().check(z.minLength(1), z.maxLength(120)) }),
]);

/**
 * Two players share the mission (issue 14): one device (plan → to-host → host → to-observer →
 * answer) or two devices with plan and review codes (host-remote ends at review-code). Plans
 * inside are checked again, and the stages against them, by hotSeatOf in actions/hot-seat-state.
 */
export const hotSeatSchema = z.object({
  mode: z.enum(['one-device', 'host-remote', 'observer-remote']),
  stage: z.enum(['plan', 'to-host', 'host', 'to-observer', 'answer', 'review-code']),
  /** The host asked to see the rules engine's findings. */
  revealed: z.boolean(),
  /** The plan as the observer submitted it (null while planning). */
  submitted: z.nullable(z.unknown()),
  host: z.nullable(hostActionSchema),
  /** The observer's protest, citing an article (one per decision). */
  protest: z.nullable(z.object({ article: z.string().check(z.maxLength(120)) })),
  answer: z.nullable(z.enum(['comply', 'decline'])),
});

/**
 * The parts that stand alone: a broken one is dropped by itself (migrate.ts sanitize) and the
 * mission resumes without it (no protests, the clock at take-off, back from the debrief).
 */
export const missionPartSchemas = {
  /** Host review decisions (null/absent before the plan is submitted). */
  review: reviewStateSchema,
  /** The flight clock, in hours after arrival. */
  flight: flightClockSchema,
  /** The answer to the host's deviation request, once given (kept through reloads). */
  deviation: deviationSchema,
  /** Set when the mission reached its debrief. */
  outcome: outcomeSchema,
  /** Two players share the mission (absent when solo; a broken one makes it solo). */
  hotSeat: hotSeatSchema,
} as const;

/** The mission in progress, one typed schema (the save's, and the store's). */
export const missionSchema = z.extend(missionCoreSchema, {
  review: z.optional(missionPartSchemas.review),
  flight: z.optional(missionPartSchemas.flight),
  deviation: z.optional(missionPartSchemas.deviation),
  outcome: z.optional(missionPartSchemas.outcome),
  hotSeat: z.optional(missionPartSchemas.hotSeat),
});
export type PersistedMission = z.infer<typeof missionSchema>;

export const persistedSchema = z.object({
  settings: settingsSchema,
  progress: progressSchema,
  mission: z.nullable(missionSchema),
});
export type Persisted = z.infer<typeof persistedSchema>;

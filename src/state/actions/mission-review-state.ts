/**
 * The host review decisions and outcome a saved mission keeps beyond its plans, as schemas and
 * safe readers. Their own file so that resume (mission-saved) and host duty can both read them
 * without importing each other.
 */
import { z } from 'zod';
import type { PersistedMission } from '../schema';

const protestSchema = z.object({ code: z.string(), article: z.string() });

export const reviewStateSchema = z.object({
  protests: z.array(protestSchema),
  accepted: z.boolean().optional(),
  /** The plan as submitted, kept when the host's changes replaced it (for the debrief). */
  submitted: z.unknown().optional(),
  /**
   * Objections of earlier submissions the player answered by revising the plan (back to
   * planning from the review), so the debrief keeps every dispute and how it was settled.
   */
  revised: z
    .array(z.object({ code: z.string(), severity: z.string(), basis: z.string() }))
    .max(200)
    .optional(),
  /** Host duty (08): the player's decisions as host, checked by state/actions/host-duty.ts. */
  hostDuty: z.unknown().optional(),
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

export const outcomeSchema = z.object({
  kind: z.enum(['flown', 'declined']),
  score: z.number(),
  stars: z.number().int().min(0).max(3),
  trustDelta: z.number(),
});
export type MissionOutcome = z.infer<typeof outcomeSchema>;

export function missionReviewState(m: PersistedMission): ReviewState {
  const r = reviewStateSchema.safeParse(m.review);
  return r.success ? r.data : { protests: [] };
}

export function missionOutcome(m: PersistedMission): MissionOutcome | null {
  const r = outcomeSchema.safeParse(m.outcome);
  return r.success ? r.data : null;
}

/** Read-only views of the store that scenes and panels share (no rules are decided here). */
import type { Level, Plan } from '../rules/types';
import { own } from '../rules';
import { unlocksNext } from '../rules/scoring';
import type { PersistedMission, ReviewState } from './schema';
import type { GameState } from './store';

/** Campaign order (GAME.md; level ids are fixed). 08 is the host-duty mission (not an observer flight). */
export const CAMPAIGN: readonly string[] = [
  '01-training-flight',
  '02-first-flight-over-russia',
  '03-kaliningrad-cap',
  '04-bedminster',
  '05-hawaii',
  '06-georgia-corridor',
  '07-exercise-airspace',
  '08-host-duty',
  '09-withdrawal',
];

/** Missions that are not playable in this build (08 host duty is playable since issue 14). */
export const COMING_SOON: ReadonlySet<string> = new Set([]);

export function currentLevel(s: GameState): Level | null {
  if (!s.mission) return null;
  return own(s.levels, s.mission.levelId) ?? null;
}

/** The plan being edited (present of the history), already validated by parsePlan on resume. */
export function currentPlan(s: GameState): Plan | null {
  return s.mission?.present ?? null;
}

const NO_REVIEW: ReviewState = { protests: [] };

/** The host review decisions of the mission: none before the plan is submitted. */
export function missionReviewState(m: PersistedMission): ReviewState {
  return m.review ?? NO_REVIEW;
}

/** Quota ledger key: "observer>host@year" (flights of one observer over one host in one year). */
export function quotaKey(level: Level): string {
  return `${level.observer}>${level.host}@${level.arrivalUtc.slice(0, 4)}`;
}

/** Levels the player has flown (a result is saved only when a flight ends). */
export function hasFlown(s: GameState, levelId: string): boolean {
  return own(s.progress.results, levelId) !== undefined;
}

/**
 * The quota ledger, the one rule for it: flights already used over this host this year are the
 * level's own figure plus the player's other flown missions (progress.results) with the same
 * observer, host and year. Flying a mission again replaces its own flight rather than using the
 * quota twice. Nothing stores the count: it is always this.
 */
export function quotaUsedFor(s: GameState, level: Level): number {
  const key = quotaKey(level);
  let own = 0;
  for (const [id, other] of Object.entries(s.levels)) {
    if (id !== level.id && quotaKey(other) === key && hasFlown(s, id)) own++;
  }
  return level.quota.used + own;
}

export function quotaLeft(s: GameState, level: Level): number {
  return Math.max(0, level.quota.active - quotaUsedFor(s, level));
}

/** Playable campaign ids in order: those whose level loaded and that are not "coming soon". */
export function playableCampaign(s: GameState): string[] {
  return CAMPAIGN.filter((id) => !COMING_SOON.has(id) && own(s.levels, id) !== undefined);
}

/**
 * A mission is open when it is the first playable one or the previous playable one has been
 * flown with at least one star (a 0★ flight brought nothing home and opens nothing).
 */
export function isUnlocked(s: GameState, levelId: string): boolean {
  const order = playableCampaign(s);
  const i = order.indexOf(levelId);
  if (i < 0) return false;
  if (i === 0) return true;
  return unlocksNext(s.progress.results[order[i - 1] as string]?.stars ?? 0);
}

/** The next playable mission after this one in campaign order, or null at the end. */
export function nextLevelId(s: GameState, levelId: string): string | null {
  const order = playableCampaign(s);
  const i = order.indexOf(levelId);
  return i >= 0 && i + 1 < order.length ? (order[i + 1] as string) : null;
}

/** A mission is in progress (Continue) when it is saved and not yet at the debrief. */
export function missionInProgress(s: GameState): boolean {
  return s.mission !== null && s.mission.phase !== 'debrief';
}

/**
 * Shared plumbing of the mission actions: which store they act on, the rules context of the
 * mission in progress, and the one place where the plan changes (history + verdict).
 */
import type { Level, Plan, RulesContext } from '../../rules/types';
import { levelYear } from '../../rules/level/year';
import { worldInYear } from '../world-year';
import type { PersistedMission } from '../schema';
import { currentLevel, currentPlan, quotaUsedFor } from '../selectors';
import { store as defaultStore, type Announcement, type GameState, type GameStore } from '../store';
import { pushPlan, type PlanHistory } from '../../rules';
import { checkedPlan } from './mission-engine';

let target: GameStore = defaultStore;

/** The store the module-level actions act on (tests bind a fresh one). */
export function actionStore(): GameStore {
  return target;
}

export function bindActionStore(s: GameStore): void {
  target = s;
}

export const get = (): GameState => target.getState();
export const set = (patch: Partial<GameState>): void => target.setState(patch);

/** Everything the rules need for the mission in progress, or null outside a mission. */
export function missionContext(s: GameState = get()): { level: Level; plan: Plan; ctx: RulesContext } | null {
  const level = currentLevel(s);
  const plan = currentPlan(s);
  if (!level || !plan || !s.world || !s.mission) return null;
  return {
    level,
    plan,
    ctx: {
      level,
      // The world in the level's year whatever year the map shows (the verdict never depends
      // on the order store listeners run in); the same object as the map's once it follows.
      world: worldInYear(s.world.states, levelYear(level)),
      quotaUsed: quotaUsedFor(s, level),
      seed: s.mission.seed,
    },
  };
}

export function historyOf(m: PersistedMission): PlanHistory {
  return { past: m.past, present: m.present, future: m.future };
}

/** Which edit made the present plan, so a drag of one waypoint becomes one undo step. */
let lastEdit: string | null = null;

/** Replaces the present without a new undo step (a drag of one waypoint is one step). */
function amend(h: PlanHistory, next: Plan): PlanHistory {
  return next === h.present ? h : { past: h.past, present: next, future: [] };
}

export function breakEditChain(): void {
  lastEdit = null;
}

/**
 * Applies a pure edit to the plan in planning. The verdict is recomputed only when the edit
 * returned a new plan (edits return the same object when nothing changed).
 * `chainKey`: consecutive edits with the same key amend the present instead of adding steps.
 */
export function editPlan(edit: (plan: Plan) => Plan, chainKey: string | null = null): boolean {
  const s = get();
  const m = s.mission;
  if (!m || m.phase !== 'planning' || s.routeLocked) return false;
  const mc = missionContext(s);
  if (!mc) return false;
  const next = edit(mc.plan);
  if (next === mc.plan) return false;
  const h = historyOf(m);
  const merged = chainKey !== null && chainKey === lastEdit ? amend(h, next) : pushPlan(h, next);
  lastEdit = chainKey;
  set({
    mission: { ...m, past: merged.past, present: merged.present, future: merged.future },
    ...checkedPlan(next, mc.ctx),
  });
  return true;
}

/** Replaces the history (undo, redo) and recomputes the verdict when the present changed. */
export function setHistory(h: PlanHistory): void {
  const s = get();
  const m = s.mission;
  if (!m) return;
  lastEdit = null;
  if (h.present === m.present) return;
  const mission = { ...m, past: h.past, present: h.present, future: h.future };
  const mc = missionContext({ ...s, mission });
  const n = h.present.waypoints.length;
  const selected = s.selectedWaypoint !== null && s.selectedWaypoint < n ? s.selectedWaypoint : null;
  const checked = mc ? checkedPlan(h.present, mc.ctx) : { verdict: null, preview: null };
  set({ mission, ...checked, selectedWaypoint: selected });
}

/**
 * The announcement field for a patch: goes in the same setState as the change it describes, so
 * the announcer reads one message (not a generic phase line and then this one).
 */
let seq = 0;

/** `key` is a key of the UI string table (`say.*`); the announcer translates it. */
export function said(
  key: string,
  params: Record<string, string | number> = {},
): { announcement: Announcement } {
  // Same message twice still has to be read out: every announcement is a new object.
  return { announcement: { key, params, seq: ++seq } };
}

export function announce(key: string, params: Record<string, string | number> = {}): void {
  set(said(key, params));
}

/** Computes the verdict if the mission has none yet (the world arrived after the mission opened). */
export function refreshVerdict(): void {
  const s = get();
  if (s.verdict || !s.mission) return;
  const mc = missionContext(s);
  if (mc) set(checkedPlan(mc.plan, mc.ctx));
}

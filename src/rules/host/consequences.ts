/**
 * What the host's changes do to the mission, before the player accepts them: for each kind of
 * change (take-off time, altitude, detour) and for all of them together, the objectives the
 * plan would bring home before and after, by the same preview the planning screen uses (the
 * flight's own capture logic). Pure: the caller passes how a plan is checked and previewed.
 */
import type { MissionPreview } from '../sim/preview';
import type { Level, Plan, Verdict } from '../types';
import { applyChanges } from './changes';
import type { ProposedChange } from './types';

export interface ChangeEffect {
  /** The kind of change this is the effect of, or 'all' for every change together. */
  kind: ProposedChange['kind'] | 'all';
  objectives: number;
  coveredBefore: number;
  coveredAfter: number;
  /** Objectives too dark for the camera after the change. */
  dark: number;
  /** Objectives that need a finer resolution than the changed legs give (altitude). */
  coarse: number;
  /** Sites covered before and not after (objectives first, in level order). */
  lost: string[];
  /** take-off-time: the new take-off, UTC ms. */
  takeoffUtcMs?: number;
  /** altitude: the new altitude and the sharpest resolution on the changed legs, m. */
  altitudeM?: number;
  resolutionM?: number;
  /** route: km added by the detours. */
  addedKm?: number;
}

export interface ReviewEffects {
  byKind: ChangeEffect[];
  all: ChangeEffect | null;
}

export type PlanCheck = (plan: Plan) => { verdict: Verdict; preview: MissionPreview };

const KINDS: readonly ProposedChange['kind'][] = ['takeoff-time', 'altitude', 'route'];

function effect(
  kind: ChangeEffect['kind'],
  level: Pick<Level, 'targets' | 'arrivalUtc'>,
  before: MissionPreview,
  changes: readonly ProposedChange[],
  after: { verdict: Verdict; preview: MissionPreview },
): ChangeEffect {
  const objectives = level.targets.filter((t) => t.objective);
  const statusAfter = new Map(after.preview.targets.map((t) => [t.targetId, t.status]));
  const coveredBefore = new Set(before.targets.filter((t) => t.status === 'covered').map((t) => t.targetId));
  const lost = [...level.targets]
    .sort((a, b) => Number(b.objective) - Number(a.objective))
    .filter((t) => coveredBefore.has(t.id) && statusAfter.get(t.id) !== 'covered')
    .map((t) => t.id);
  const out: ChangeEffect = {
    kind,
    objectives: objectives.length,
    coveredBefore: before.objectivesCovered,
    coveredAfter: after.preview.objectivesCovered,
    dark: objectives.filter((t) => statusAfter.get(t.id) === 'dark').length,
    coarse: 0,
    lost,
  };
  const takeoff = changes.find((c) => c.kind === 'takeoff-time');
  if (takeoff)
    out.takeoffUtcMs = Date.parse(level.arrivalUtc) + after.verdict.takeoffAfterArrivalH * 3_600_000;
  const altitude = changes.filter((c) => c.kind === 'altitude');
  if (altitude.length > 0) {
    const legs = new Set(altitude.flatMap((c) => c.waypoints));
    const res = after.verdict.legs
      .filter((l) => legs.has(l.index))
      .flatMap((l) => l.sensors.map((s) => s.resolutionM));
    out.altitudeM = Math.max(...altitude.map((c) => c.toM));
    if (res.length > 0) {
      const best = Math.min(...res);
      out.resolutionM = best;
      out.coarse = objectives.filter((t) => t.resolutionNeededM < best).length;
    }
  }
  const routes = changes.filter((c) => c.kind === 'route');
  if (routes.length > 0)
    out.addedKm = routes.reduce((sum, c) => sum + (c.kind === 'route' ? c.addedKm : 0), 0);
  return out;
}

/** The effect of each kind of change the host asks for, and of all of them together. */
export function reviewEffects(
  plan: Plan,
  changes: readonly ProposedChange[],
  level: Pick<Level, 'targets' | 'arrivalUtc'>,
  check: PlanCheck,
): ReviewEffects {
  if (changes.length === 0) return { byKind: [], all: null };
  const before = check(plan).preview;
  const byKind = KINDS.flatMap((kind) => {
    const some = changes.filter((c) => c.kind === kind);
    return some.length ? [effect(kind, level, before, some, check(applyChanges(plan, some)))] : [];
  });
  const all = effect('all', level, before, changes, check(applyChanges(plan, changes)));
  return { byKind, all };
}

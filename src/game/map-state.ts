/**
 * What the map shows, read from the store: the subject (level or party in focus), whether the
 * route can be edited, the route and flight to draw. Pure selectors over GameState.
 */
import type { GameState } from '../state/store';
import { currentLevel, currentPlan } from '../state/selectors';
import { DEFAULT_WORLD_YEAR } from '../state/actions/world';
import type { FlightResult } from '../rules/sim';
import type { HostResponse } from '../rules/host';
import { localLevel } from '../i18n';
import { subjectForLevel, subjectForParty, type MapSubject } from './subject';
import type { RouteModel } from './views/route-model';
import type { PreviewMark } from './views/PreviewLayer';

export function subjectOf(s: GameState): MapSubject {
  // Free flight shows the party picked there, even with a mission saved in the background.
  const level = s.screen === 'free-flight' ? null : currentLevel(s);
  if (!level) return subjectForParty(s.mapFocus, DEFAULT_WORLD_YEAR);
  // Site names in the language in use; a new language is a new subject (the map redraws).
  const subject = subjectForLevel(localLevel(level));
  return { ...subject, key: `${subject.key}:${s.settings.language}` };
}

/** The pointer edits the route (else it only pans): planning, route not locked, no panel open. */
export const editing = (s: GameState): boolean =>
  s.screen === 'mission' && s.mission?.phase === 'planning' && !s.routeLocked && s.panel === null;

/** The route to draw: the plan in a mission, nothing elsewhere. */
export function routeModelOf(s: GameState): RouteModel {
  return {
    plan: s.screen === 'mission' ? currentPlan(s) : null,
    verdict: s.verdict,
    selected: s.selectedWaypoint,
    editable: s.mission?.phase === 'planning',
    dimmed: reviewProposalOf(s) !== null,
    dragging: s.routeDrag,
  };
}

export function sameRouteModel(a: RouteModel, b: RouteModel): boolean {
  return (
    a.plan === b.plan &&
    a.verdict === b.verdict &&
    a.selected === b.selected &&
    a.editable === b.editable &&
    !!a.dimmed === !!b.dimmed &&
    (a.dragging ?? null) === (b.dragging ?? null)
  );
}

/** The host's answer with a proposed plan, while the player reviews it on the mission screen. */
export function reviewProposalOf(s: GameState): HostResponse | null {
  const r = s.review;
  return s.screen === 'mission' && s.mission?.phase === 'review' && r?.proposedPlan && r.submittedPlan
    ? r
    : null;
}

/** Preview rings per site while planning (what the plan would bring home), else none. */
export function previewMarksOf(s: GameState): PreviewMark[] {
  const level = currentLevel(s);
  if (s.screen !== 'mission' || s.mission?.phase !== 'planning' || !level || !s.preview) return [];
  const byId = new Map(level.targets.map((t) => [t.id, t]));
  return s.preview.targets.flatMap((p) => {
    const t = byId.get(p.targetId);
    return t ? [{ lat: t.lat, lon: t.lon, objective: p.objective, status: p.status }] : [];
  });
}

export function samePreviewMarks(a: readonly PreviewMark[], b: readonly PreviewMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i];
      return o !== undefined && o.lat === m.lat && o.lon === m.lon && o.status === m.status;
    })
  );
}

/**
 * Which "fresh start" the map is at: a screen, or a mission (or retry) at its briefing. When it
 * changes, the view is framed again from scratch (no zoom or pan of the last visit stays).
 */
export function viewSessionOf(s: GameState): string {
  const m = s.mission;
  const fresh = s.screen === 'mission' && m?.phase === 'briefing';
  return fresh ? `mission:${m.levelId}:briefing` : s.screen;
}

/** The flight to draw: during the flight and in the debrief. */
export function flightOf(s: GameState): FlightResult | null {
  return s.mission?.phase === 'flight' || s.mission?.phase === 'debrief' ? s.flight : null;
}

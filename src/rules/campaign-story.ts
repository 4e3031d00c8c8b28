/**
 * The trust story of the campaign (end-of-campaign screen): the missions in their historical
 * order, with the trust each one moved and the stars it earned, between the treaty's real
 * milestones. Every milestone names its sources in levels/sources.json (checked against
 * shared/treaty/FACTS.md); a date the sources do not confirm is not used. Pure: data in, data out.
 */
import { own } from './ids';
import { applyMissionTrust } from './scoring';

/** A treaty milestone: ISO date as precise as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface Milestone {
  id: string;
  date: string;
  /** Ids of levels/sources.json entries that back it. */
  sources: readonly string[];
}

export const TREATY_MILESTONES: readonly Milestone[] = [
  { id: 'in-force', date: '2002-01-01', sources: ['osce-signing', 'crs-in10502-2020'] },
  { id: 'georgia-corridor', date: '2010', sources: ['civil-ge-2020', 'urdupoint-lavrov-2020'] },
  { id: 'kaliningrad-report', date: '2015-06', sources: ['airforcemag-2015'] },
  { id: 'kaliningrad-cap', date: '2017-09-29', sources: ['sputnik-2017-kaliningrad'] },
  { id: 'us-measures', date: '2018-01', sources: ['dayton-2017', 'sputnik-2021-restrictions'] },
  { id: 'no-flights', date: '2018-10-23', sources: ['interfax-2018'] },
  { id: 'kaliningrad-flight', date: '2020-02-19', sources: ['kaliningrad-2020', 'mfa-2020-covid'] },
  { id: 'us-notice', date: '2020-05-22', sources: ['crs-in10502-2021', 'defenseone-2020', 'eu-regret-2020'] },
  { id: 'us-exit', date: '2020-11-22', sources: ['crs-in10502-2021', 'tass-2020-guarantees'] },
  { id: 'russia-exit', date: '2021-12-18', sources: ['tass-2021-exit', 'interfax-2021'] },
];

/** What the story needs of a level. */
export interface StoryLevel {
  id: string;
  title: string;
  arrivalUtc: string;
}

/** What the story needs of the player's progress. */
export interface StoryProgress {
  results: Readonly<Record<string, { stars: number } | undefined>>;
  trustByLevel: Readonly<Record<string, number>>;
}

export interface MissionEvent {
  kind: 'mission';
  levelId: string;
  title: string;
  date: string;
  year: number;
  flown: boolean;
  stars: number;
  /** The trust change this mission counted for (0 when not flown). */
  delta: number;
  /** Trust after this mission, the missions counted in historical order from the start value. */
  trustAfter: number;
}

export interface MilestoneEvent {
  kind: 'milestone';
  milestone: Milestone;
  date: string;
  year: number;
  /** Trust at that moment (the last mission's value before it, or the start value). */
  trustAfter: number;
}

export type StoryEvent = MissionEvent | MilestoneEvent;

export interface TrustStory {
  /** Missions and milestones in date order (a milestone before a mission on the same date). */
  events: StoryEvent[];
  startTrust: number;
  endTrust: number;
  stars: number;
  maxStars: number;
  missionsFlown: number;
  /** How trust moved from the first mission to the last, in whole points. */
  trend: 'rose' | 'fell' | 'held';
}

export const START_TRUST = 50;
export const MAX_STARS_PER_MISSION = 3;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The story of these campaign levels (in any order) under this progress. Trust is replayed in
 * historical order with the same rule the game counts it by (applyMissionTrust: once per
 * mission, clamped to 0..100), so a line drawn from it never leaves the meter's range.
 */
export function trustStory(
  levels: readonly StoryLevel[],
  progress: StoryProgress,
  milestones: readonly Milestone[] = TREATY_MILESTONES,
  startTrust = START_TRUST,
): TrustStory {
  const missions = levels
    .map((l) => ({ l, date: l.arrivalUtc.slice(0, 10) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.l.id < b.l.id ? -1 : 1));
  const ordered: ({ kind: 'mission'; l: StoryLevel; date: string } | { kind: 'milestone'; m: Milestone })[] =
    [
      ...milestones.map((m) => ({ kind: 'milestone' as const, m })),
      ...missions.map((x) => ({ kind: 'mission' as const, ...x })),
    ];
  const dateOf = (e: (typeof ordered)[number]): string => (e.kind === 'mission' ? e.date : e.m.date);
  // Stable sort; a year-only or month-only date sorts before the days of that year or month.
  ordered.sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) return da < db ? -1 : 1;
    return a.kind === b.kind ? 0 : a.kind === 'milestone' ? -1 : 1;
  });
  let st = { trust: startTrust, ledger: {} as Record<string, number> };
  let stars = 0;
  let flownCount = 0;
  const events: StoryEvent[] = ordered.map((e) => {
    if (e.kind === 'milestone')
      return {
        kind: 'milestone',
        milestone: e.m,
        date: e.m.date,
        year: yearOf(e.m.date),
        trustAfter: st.trust,
      };
    const result = own(progress.results, e.l.id);
    const delta = result ? (own(progress.trustByLevel, e.l.id) ?? 0) : 0;
    if (result) {
      st = applyMissionTrust(st, e.l.id, delta);
      flownCount++;
      stars += Math.max(0, Math.min(MAX_STARS_PER_MISSION, result.stars));
    }
    return {
      kind: 'mission',
      levelId: e.l.id,
      title: e.l.title,
      date: e.date,
      year: yearOf(e.date),
      flown: result !== undefined,
      stars: result ? Math.max(0, Math.min(MAX_STARS_PER_MISSION, result.stars)) : 0,
      delta,
      trustAfter: st.trust,
    };
  });
  const endTrust = st.trust;
  const diff = Math.round(endTrust - startTrust);
  return {
    events,
    startTrust,
    endTrust,
    stars,
    maxStars: missions.length * MAX_STARS_PER_MISSION,
    missionsFlown: flownCount,
    trend: diff > 0 ? 'rose' : diff < 0 ? 'fell' : 'held',
  };
}

/** The campaign is complete (the story can be told) once its last mission has a result. */
export function campaignComplete(
  order: readonly string[],
  progress: Pick<StoryProgress, 'results'>,
): boolean {
  const last = order[order.length - 1];
  return last !== undefined && own(progress.results, last) !== undefined;
}

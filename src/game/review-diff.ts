/**
 * The host's proposal as a diff against the plan the player submitted: which waypoints the
 * host added, moved or removed, which legs change altitude or course, and the take-off shift.
 * Pure (no Phaser): the map draws it, the review panel lists the same changes.
 * Leg i ends at waypoints[i]; leg n (n = waypoints.length) returns to the end airfield.
 */
import type { Plan } from '../rules/types';
import type { ProposedChange } from '../rules/host';
import { DEFAULT_TIMELINE } from '../rules/types';
import { t } from '../i18n';

export type WaypointStatus = 'same' | 'added' | 'moved';

export interface DiffWaypoint {
  /** Index in the proposed plan. */
  index: number;
  status: WaypointStatus;
  /** Index in the submitted plan ('same' and 'moved'), else null. */
  submittedIndex: number | null;
}

export interface DiffLeg {
  /** Leg index in the proposed plan. */
  index: number;
  /** Altitude in the submitted plan (null: the leg is new), m. */
  fromM: number | null;
  toM: number | null;
  altitudeChanged: boolean;
  /** The leg's course differs from the submitted plan (an end point added or moved). */
  routeChanged: boolean;
}

export interface ReviewDiff {
  waypoints: DiffWaypoint[];
  /** Submitted waypoints the proposal drops (indexes in the submitted plan). */
  removed: number[];
  legs: DiffLeg[];
  /** Take-off shift, hours (positive: later). */
  takeoffShiftH: number;
  changed: boolean;
}

const EPS_DEG = 1e-7;
const same = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): boolean =>
  Math.abs(a.lat - b.lat) < EPS_DEG && Math.abs(a.lon - b.lon) < EPS_DEG;

/** Longest common subsequence of positions: pairs [submittedIndex, proposedIndex]. */
function alignByPosition(a: Plan['waypoints'], b: Plan['waypoints']): [number, number][] {
  const n = a.length;
  const m = b.length;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (L[i] as number[])[j] = same(a[i]!, b[j]!)
        ? (L[i + 1]![j + 1] as number) + 1
        : Math.max(L[i + 1]![j] as number, L[i]![j + 1] as number);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!)) {
      pairs.push([i++, j++]);
    } else if ((L[i + 1]![j] as number) >= (L[i]![j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

function takeoffH(p: Plan): number {
  return (p.timeline ?? DEFAULT_TIMELINE).takeoffAfterSubmitH;
}

export function reviewDiff(submitted: Plan, proposed: Plan): ReviewDiff {
  const a = submitted.waypoints;
  const b = proposed.waypoints;
  const pairs = alignByPosition(a, b);
  // Between two matched anchors, unmatched submitted and proposed waypoints pair up in order as
  // "moved"; the rest are added (proposal) or removed (submission).
  const fromOf = new Array<number | null>(b.length).fill(null);
  const status = new Array<WaypointStatus>(b.length).fill('added');
  const removed: number[] = [];
  const anchors: [number, number][] = [[-1, -1], ...pairs, [a.length, b.length]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [ai, bi] = anchors[k]!;
    const [aj, bj] = anchors[k + 1]!;
    if (k > 0) {
      fromOf[bi] = ai;
      status[bi] = 'same';
    }
    const gapA = aj - ai - 1;
    const gapB = bj - bi - 1;
    const moved = Math.min(gapA, gapB);
    for (let t = 0; t < moved; t++) {
      fromOf[bi + 1 + t] = ai + 1 + t;
      status[bi + 1 + t] = 'moved';
    }
    for (let t = moved; t < gapA; t++) removed.push(ai + 1 + t);
  }
  const waypoints: DiffWaypoint[] = b.map((_, i) => ({
    index: i,
    status: status[i]!,
    submittedIndex: fromOf[i] ?? null,
  }));
  // A leg keeps its course when both ends are unchanged and were consecutive in the submission.
  const startOf = (i: number): number | null =>
    i === 0 ? -1 : status[i - 1] === 'same' ? fromOf[i - 1]! : null;
  const endOf = (i: number): number | null =>
    i === b.length ? a.length : status[i] === 'same' ? fromOf[i]! : null;
  const legs: DiffLeg[] = [];
  for (let i = 0; i <= b.length; i++) {
    const s = startOf(i);
    const e = endOf(i);
    const routeChanged = s === null || e === null || e !== s + 1;
    const from = i < b.length ? fromOf[i] : null;
    const fromM =
      i < b.length ? (from !== null && from !== undefined ? (a[from]?.altitudeM ?? null) : null) : null;
    const toM = i < b.length ? (b[i]?.altitudeM ?? null) : null;
    legs.push({
      index: i,
      fromM,
      toM,
      altitudeChanged: fromM !== null && toM !== null && fromM !== toM,
      routeChanged,
    });
  }
  const takeoffShiftH = takeoffH(proposed) - takeoffH(submitted);
  const changed =
    removed.length > 0 ||
    waypoints.some((w) => w.status !== 'same') ||
    legs.some((l) => l.altitudeChanged || l.routeChanged) ||
    Math.abs(takeoffShiftH) > 1e-9;
  return { waypoints, removed, legs, takeoffShiftH, changed };
}

/** The proposed plan's legs that one of the host's changes touches (for highlighting). */
export function legsOfChange(c: ProposedChange, diff: ReviewDiff, proposed: Plan): number[] {
  switch (c.kind) {
    case 'altitude': {
      const set = new Set(c.waypoints);
      return diff.waypoints
        .filter((w) => w.submittedIndex !== null && set.has(w.submittedIndex))
        .map((w) => w.index);
    }
    case 'route': {
      const i = proposed.waypoints.findIndex((w) => same(w, c.waypoint));
      return i < 0 ? [] : [i, i + 1];
    }
    case 'takeoff-time':
      return [];
  }
}

/** "3,000 → 6,000 m" (de "3.000 → 6.000 m"). */
export function altitudeChangeLabel(fromM: number, toM: number): string {
  return t('map.review.altitudeChange', { from: Math.round(fromM), to: Math.round(toM) });
}

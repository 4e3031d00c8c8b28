/** What the route layer draws (plain data; see map-state.ts). */
import type { Plan, Verdict } from '../../rules/types';

export interface RouteModel {
  plan: Plan | null;
  verdict: Verdict | null;
  selected: number | null;
  /** Show the footprint strips and handles (planning) or only the line (review, flight). */
  editable: boolean;
  /** The host proposes another plan (review): this one is drawn thin and dashed beneath it. */
  dimmed?: boolean;
  /** The waypoint being dragged (its legs are redrawn on each move, the rest once). */
  dragging?: number | null;
}

/**
 * The only door other layers use into the rules engine. Other modules (sim, host, scoring)
 * add their re-exports below.
 */
export * from './types';
export { SENSOR_KINDS } from '../world/types';
export * from './geo';
export { parsePlan, planSchema, MAX_ALTITUDE_M, MAX_WAYPOINTS, MAX_TIMELINE_H, jsonPath } from './plan';
export { parseLevel, levelYear, arrivalMs, levelSchema, levelJsonSchema, FINDING_CODES } from './level';
export { validatePlan, compareFindings } from './validate';
export {
  SEVERITIES,
  bySeverity,
  isProblem,
  countBySeverity,
  worstProblem,
  worstFindingByLeg,
  type SeverityCounts,
} from './severity';
export { SLUG_RE, MAX_SLUG_LENGTH, isSlug, own } from './ids';
export { CODE_INFO, isFindingCode } from './checks/codes';
export { HANDBOOK, handbookEntryFor, type HandbookEntry } from './handbook';
export {
  addWaypoint,
  insertWaypoint,
  moveWaypoint,
  deleteWaypoint,
  setAltitude,
  setSensors,
  setTimeline,
  setEndAirfield,
  DEFAULT_ALTITUDE_M,
  type Position,
} from './edits';
export {
  createHistory,
  pushPlan,
  undo,
  redo,
  canUndo,
  canRedo,
  HISTORY_CAP,
  type PlanHistory,
} from './history';
export * from './sim';
export * from './host';
export * from './scoring';
export * from './prng';

export { parsePlan } from './parse';
export { planSchema, MAX_ALTITUDE_M, MAX_WAYPOINTS, MAX_TIMELINE_H } from './schema';
export { issuesToErrors, jsonPath } from './zod-issues';

export { parsePlan } from './parse';
export {
  planSchema,
  waypointSchema,
  timelineSchema,
  MAX_ALTITUDE_M,
  MAX_WAYPOINTS,
  MAX_TIMELINE_H,
} from './schema';
export { jsonPath, issuesToErrors } from './zod-issues';

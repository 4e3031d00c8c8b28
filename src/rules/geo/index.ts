/**
 * The geometry engine of the rules: great-circle distances, indexed areas and lines, and the
 * world index. Long legs are densified along the great circle (≤ 50 km steps) and each step is
 * treated as straight in lon/lat against the indexed edges; legs across ±180° are split there.
 */
export {
  EARTH_RADIUS_KM,
  TERRITORIAL_SEA_KM,
  distanceKm,
  interpolate,
  densify,
  routeLengthKm,
} from './sphere';
export type { LatLon } from './sphere';
export { buildAreaIndex } from './area-index';
export type { AreaIndex } from './area-index';
export { buildLineIndex } from './line-index';
export type { LineIndex } from './line-index';
export { worldIndex } from './world-index';
export type { WorldIndex } from './world-index';

/** An indexed polyline, e.g. a border section a host claims a corridor along. */
import type { LonLat } from '../../world/types';
import { EdgeSet, degreesAround } from './edges';
import { legPieces } from './pieces';
import type { LatLon } from './sphere';

export interface LineIndex {
  /** Smallest distance between the great-circle leg a→b and the line, or Infinity beyond limitKm. */
  legDistanceKm(a: LatLon, b: LatLon, limitKm: number): number;
  /** Distance from p to the line, or Infinity beyond limitKm. */
  distanceKm(p: LatLon, limitKm: number): number;
}

export function buildLineIndex(lines: readonly (readonly LonLat[])[]): LineIndex {
  const edges = new EdgeSet(lines);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines) {
    for (const [x, y] of line) {
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x);
      box[3] = Math.max(box[3]!, y);
    }
  }
  const near = (x0: number, y0: number, x1: number, y1: number): boolean =>
    !(y1 < box[1]! || y0 > box[3]!) && (x0 < -180 || x1 > 180 || !(x1 < box[0]! || x0 > box[2]!));
  return {
    legDistanceKm(a, b, limitKm) {
      const pieces = legPieces(a, b);
      const [x0, y0, x1, y1] = pieces.bbox;
      const [dLon, dLat] = degreesAround(Math.max(Math.abs(y0), Math.abs(y1)), limitKm);
      if (!near(x0 - dLon, y0 - dLat, x1 + dLon, y1 + dLat)) return Infinity;
      return edges.distanceToPiecesKm(pieces, limitKm);
    },
    distanceKm(p, limitKm) {
      const [dLon, dLat] = degreesAround(Math.abs(p.lat), limitKm);
      if (!near(p.lon - dLon, p.lat - dLat, p.lon + dLon, p.lat + dLat)) return Infinity;
      return edges.distanceToPointKm(p.lon, p.lat, limitKm);
    },
  };
}

/**
 * GeoJSON → flat map-pixel lines through the map projection (d3 resamples great-circle edges
 * and clips to the projection's extent). Pure: no Phaser.
 */
import { geoCircle, geoGraticule, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MapProjection } from './projection';

/** Collects what d3 draws as flat rings (closePath) and open lines. */
class FlatContext {
  readonly rings: number[][] = [];
  readonly lines: number[][] = [];
  private cur: number[] | null = null;
  moveTo(x: number, y: number): void {
    this.flush();
    this.cur = [x, y];
  }
  lineTo(x: number, y: number): void {
    this.cur?.push(x, y);
  }
  closePath(): void {
    if (this.cur && this.cur.length >= 6) this.rings.push(this.cur);
    this.cur = null;
  }
  arc(): void {}
  beginPath(): void {}
  flush(): void {
    if (this.cur && this.cur.length >= 4) this.lines.push(this.cur);
    this.cur = null;
  }
}

export interface Projected {
  /** Closed rings (polygons), flat map px. */
  rings: number[][];
  /** Open lines, flat map px. */
  lines: number[][];
}

export function projectGeo(projection: MapProjection, object: GeoPermissibleObjects): Projected {
  const ctx = new FlatContext();
  geoPath(projection.d3, ctx as unknown as CanvasRenderingContext2D)(object);
  ctx.flush();
  return { rings: ctx.rings, lines: ctx.lines };
}

const EARTH_RADIUS_KM = 6371.0088;

/** A ring of all points radiusKm (great-circle) from the centre: an airfield's reach. */
export function rangeRing(
  projection: MapProjection,
  lonDeg: number,
  latDeg: number,
  radiusKm: number,
): Projected {
  const radiusDeg = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const circle = geoCircle().center([lonDeg, latDeg]).radius(Math.min(radiusDeg, 179)).precision(1)();
  // Draw the outline, not a fill: a LineString of the circle's ring.
  const ring = circle.coordinates[0] ?? [];
  return projectGeo(projection, { type: 'LineString', coordinates: ring });
}

/** A 10° graticule as open lines. */
export function graticule(projection: MapProjection): Projected {
  return projectGeo(projection, geoGraticule().step([10, 10])());
}

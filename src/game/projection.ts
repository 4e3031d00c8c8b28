/**
 * The ONLY place that converts world coordinates (longitude/latitude) to pixels and back.
 * A conformal conic (Lambert) projection fitted to the observed party: shapes stay true
 * locally, which is what a navigator's chart needs, and distances read well across a country.
 * Map pixels are a fixed frame (the main territory fits MAP_FRAME_PX); the camera (view.ts)
 * turns map pixels into screen pixels.
 */
import { geoArea, geoBounds, geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { PolygonRings } from '../world/types';

declare const lonLatBrand: unique symbol;
declare const mapPxBrand: unique symbol;
declare const screenPxBrand: unique symbol;

/** [lon°, lat°] checked to come from the world side. */
export type LonLatPt = readonly [lonDeg: number, latDeg: number] & { readonly [lonLatBrand]: true };
/** A point in the map frame (projected, before the camera). */
export type MapPx = { readonly x: number; readonly y: number } & { readonly [mapPxBrand]: true };
/** A point on the canvas, in device pixels. */
export type ScreenPx = { readonly x: number; readonly y: number } & { readonly [screenPxBrand]: true };

export const lonLat = (lonDeg: number, latDeg: number): LonLatPt => [lonDeg, latDeg] as unknown as LonLatPt;
export const mapPx = (x: number, y: number): MapPx => ({ x, y }) as MapPx;
export const screenPx = (x: number, y: number): ScreenPx => ({ x, y }) as ScreenPx;

/** [minLon, minLat, maxLon, maxLat] */
export type BBox = readonly [number, number, number, number];
/** [[minX, minY], [maxX, maxY]] in map pixels. */
export type MapBounds = readonly [readonly [number, number], readonly [number, number]];

/** Width of the frame the main territory is fitted into, map px. */
export const MAP_FRAME_PX = 1000;

export interface MapProjection {
  /** The d3 projection (map px). Use only for GeoJSON streams (project-geo.ts). */
  readonly d3: GeoProjection;
  readonly parallels: readonly [number, number];
  /** Bounds of the main territory, map px: the initial view. */
  readonly fitBounds: MapBounds;
  /** Bounds of all of the party's territory (Alaska, Hawaii…): the pan limits. */
  readonly allBounds: MapBounds;
  toMap(p: LonLatPt): MapPx;
  toLonLat(p: MapPx): LonLatPt;
}

/** Standard parallels at one sixth and five sixths of the latitude span (the usual rule of thumb). */
export function chooseParallels(bbox: BBox): [number, number] {
  const [, minLat, , maxLat] = bbox;
  const span = Math.max(maxLat - minLat, 2);
  let p1 = minLat + span / 6;
  let p2 = maxLat - span / 6;
  if (Math.abs(p1 + p2) < 2) {
    // A conic with parallels symmetric about the equator degenerates: nudge away from it.
    p1 = p1 >= 0 ? Math.max(p1, 1) : Math.min(p1, -1);
    p2 = p1 >= 0 ? Math.max(p2, p1 + 1) : Math.min(p2, p1 - 1);
  }
  return [p1, p2];
}

/** Spherical bounds of a polygon as [west, south, east, north], east > west even across 180°. */
function sphereBox(p: PolygonRings): BBox {
  const [[w, s], [e, n]] = geoBounds({ type: 'Polygon', coordinates: d3Polygon(p) });
  return [w, s, e < w ? e + 360 : e, n];
}

/** Shifts a box by whole turns so its middle is nearest lon. */
function nearLon(b: BBox, lon: number): BBox {
  const mid = (b[0] + b[2]) / 2;
  const k = Math.round((lon - mid) / 360) * 360;
  return [b[0] + k, b[1], b[2] + k, b[3]];
}

/**
 * The polygons that make the party's main territory: the largest polygon (spherical area) and
 * every polygon near it (Kaliningrad with Russia, islands off a coast), leaving out far-off
 * parts such as Alaska and Hawaii, which stay reachable by panning.
 */
export function mainPolygons(polygons: readonly PolygonRings[]): PolygonRings[] {
  const items = polygons
    .filter((p) => p[0] && p[0].length > 3)
    .map((p) => ({ p, area: geoArea({ type: 'Polygon', coordinates: d3Polygon(p) }), box: sphereBox(p) }));
  if (items.length === 0) return [];
  const largest = items.reduce((a, b) => (b.area > a.area ? b : a));
  const [w, s, e, n] = largest.box;
  const centre = (w + e) / 2;
  const padLon = Math.max((e - w) * 0.2, 2);
  const padLat = Math.max((n - s) * 0.2, 2);
  return items
    .filter(({ box }) => {
      const b = nearLon(box, centre);
      return b[0] >= w - padLon && b[2] <= e + padLon && b[1] >= s - padLat && b[3] <= n + padLat;
    })
    .map(({ p }) => p);
}

/**
 * d3 reads a ring's winding on the sphere: clockwise encloses the small side. Data rewound to
 * the RFC 7946 order would otherwise mean "the whole globe but this country".
 */
export function d3Polygon(p: PolygonRings): number[][][] {
  const rings = p.map((r) => r.map((q) => [q[0], q[1]]));
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

function toFeature(polygons: readonly PolygonRings[]): GeoJSON.Feature<GeoJSON.MultiPolygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons.map(d3Polygon) },
  };
}

/** Spherical bbox of polygons [west, south, east, north] (east > west across the antimeridian). */
function polygonsBBox(polygons: readonly PolygonRings[]): BBox {
  const [[w, s], [e, n]] = geoBounds(toFeature(polygons));
  return [w, s, e < w ? e + 360 : e, n];
}

export interface ProjectionSubject {
  /** The observed party's territory (all polygons). */
  polygons: readonly PolygonRings[];
  /** A level's area of interest: fitted instead of the main territory when given. */
  areaOfInterest?: BBox;
}

/**
 * Fits a conformal conic to the observed party: parallels from its main territory's bbox,
 * central meridian through its middle, the main territory (or the area of interest) scaled to
 * MAP_FRAME_PX wide. Far regions are clipped so the conic's blow-up near the far pole never
 * reaches the renderer.
 */
export function createMapProjection(subject: ProjectionSubject): MapProjection {
  const main = mainPolygons(subject.polygons);
  const fitPolys = main.length > 0 ? main : subject.polygons;
  const box: BBox = subject.areaOfInterest ?? polygonsBBox(fitPolys);
  const parallels = chooseParallels(box);
  const centreLon = (box[0] + box[2]) / 2;
  const fitObject: GeoJSON.Feature =
    subject.areaOfInterest !== undefined
      ? toFeature([[boxRing(subject.areaOfInterest)]])
      : toFeature(fitPolys.length > 0 ? fitPolys : [[boxRing([-10, 40, 10, 60])]]);

  const d3p = geoConicConformal()
    .parallels(parallels)
    .rotate([-centreLon, 0])
    .precision(0.2)
    .fitWidth(MAP_FRAME_PX, fitObject);
  const path = geoPath(d3p);
  const fitBounds = path.bounds(fitObject) as MapBounds;
  const allBounds =
    subject.polygons.length > 0 ? (path.bounds(toFeature(subject.polygons)) as MapBounds) : fitBounds;
  // Keep drawing to a generous region around the party: enough to pan, never the far pole.
  const w = fitBounds[1][0] - fitBounds[0][0];
  const h = fitBounds[1][1] - fitBounds[0][1];
  const reach = Math.max(w, h) * 1.5;
  d3p.clipExtent([
    [Math.min(fitBounds[0][0], allBounds[0][0]) - reach, Math.min(fitBounds[0][1], allBounds[0][1]) - reach],
    [Math.max(fitBounds[1][0], allBounds[1][0]) + reach, Math.max(fitBounds[1][1], allBounds[1][1]) + reach],
  ]);

  return {
    d3: d3p,
    parallels,
    fitBounds,
    allBounds,
    toMap(p: LonLatPt): MapPx {
      const xy = d3p([p[0], p[1]]);
      return xy ? mapPx(xy[0], xy[1]) : mapPx(NaN, NaN);
    },
    toLonLat(p: MapPx): LonLatPt {
      const ll = d3p.invert ? d3p.invert([p.x, p.y]) : null;
      return ll ? lonLat(ll[0], ll[1]) : lonLat(NaN, NaN);
    },
  };
}

function boxRing(b: BBox): [number, number][] {
  // Clockwise on the sphere (d3's outer-ring convention), densified so the conic bends it.
  const pts: [number, number][] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) pts.push([b[0] + ((b[2] - b[0]) * i) / steps, b[3]]);
  for (let i = 0; i <= steps; i++) pts.push([b[2], b[3] - ((b[3] - b[1]) * i) / steps]);
  for (let i = 0; i <= steps; i++) pts.push([b[2] - ((b[2] - b[0]) * i) / steps, b[1]]);
  for (let i = 0; i <= steps; i++) pts.push([b[0], b[1] + ((b[3] - b[1]) * i) / steps]);
  return pts;
}

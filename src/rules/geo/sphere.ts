/**
 * Great-circle geometry on a sphere of radius EARTH_RADIUS_KM (FACTS: 6371.0088 km, the mean
 * radius). Pure functions, no allocation beyond the returned points.
 */
import type { LonLat } from '../../world/types';

export interface LatLon {
  lat: number;
  lon: number;
}

export const EARTH_RADIUS_KM = 6371.0088;
/** 12 nautical miles (Art. II.8 "territory" includes the territorial sea). */
export const TERRITORIAL_SEA_KM = 22.224;

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

/** Great-circle distance by the haversine formula (stable for short and long distances). */
export function distanceKm(a: LatLon, b: LatLon): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Wrap a longitude into [-180, 180]. */
export function wrapLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const w = ((((lon + 180) % 360) + 360) % 360) - 180;
  return w === -180 && lon > 0 ? 180 : w;
}

/** The point a fraction t of the way from a to b along the great circle (slerp). */
export function interpolate(a: LatLon, b: LatLon, t: number): LatLon {
  if (t <= 0) return { lat: a.lat, lon: a.lon };
  if (t >= 1) return { lat: b.lat, lon: b.lon };
  const lat1 = a.lat * RAD;
  const lon1 = a.lon * RAD;
  const lat2 = b.lat * RAD;
  const lon2 = b.lon * RAD;
  const d = distanceKm(a, b) / EARTH_RADIUS_KM;
  if (d < 1e-12) return { lat: a.lat, lon: a.lon };
  const sinD = Math.sin(d);
  if (sinD < 1e-12) {
    // Antipodes: every great circle joins them; go straight in lon/lat.
    return { lat: a.lat + t * (b.lat - a.lat), lon: wrapLon(a.lon + t * (b.lon - a.lon)) };
  }
  const fa = Math.sin((1 - t) * d) / sinD;
  const fb = Math.sin(t * d) / sinD;
  const x = fa * Math.cos(lat1) * Math.cos(lon1) + fb * Math.cos(lat2) * Math.cos(lon2);
  const y = fa * Math.cos(lat1) * Math.sin(lon1) + fb * Math.cos(lat2) * Math.sin(lon2);
  const z = fa * Math.sin(lat1) + fb * Math.sin(lat2);
  return { lat: Math.atan2(z, Math.sqrt(x * x + y * y)) * DEG, lon: wrapLon(Math.atan2(y, x) * DEG) };
}

/**
 * Points along the great circle a→b, no two neighbours more than maxStepKm apart; includes a
 * and b. Steps are equal in length.
 */
export function densify(a: LatLon, b: LatLon, maxStepKm: number): LatLon[] {
  const total = distanceKm(a, b);
  const step = maxStepKm > 0 ? maxStepKm : total;
  const n = Math.max(1, Math.ceil(total / step - 1e-9));
  const out: LatLon[] = [{ lat: a.lat, lon: a.lon }];
  for (let i = 1; i < n; i++) out.push(interpolate(a, b, i / n));
  out.push({ lat: b.lat, lon: b.lon });
  return out;
}

/** Sum of the great-circle legs between consecutive points. */
export function routeLengthKm(points: readonly LatLon[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += distanceKm(points[i - 1]!, points[i]!);
  return sum;
}

/**
 * Area of a ring on the sphere, km² (absolute value), with edges taken as great-circle arcs.
 * Uses the spherical-excess sum of Chamberlain & Duquette (2007), the formula turf uses.
 */
export function ringAreaKm2(ring: readonly LonLat[]): number {
  const n = ring.length;
  if (n < 4) return 0;
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    const p1 = ring[i]!;
    const p2 = ring[i + 1]!;
    const p3 = ring[(i + 2) % (n - 1)]!;
    sum += (p3[0] - p1[0]) * RAD * Math.sin(p2[1] * RAD);
  }
  return Math.abs((sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2);
}

/** Area of polygons (outer ring minus holes), km². */
export function polygonsAreaKm2(polygons: readonly (readonly (readonly LonLat[])[])[]): number {
  let area = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      area += i === 0 ? ringAreaKm2(ring) : -ringAreaKm2(ring);
    });
  }
  return area;
}

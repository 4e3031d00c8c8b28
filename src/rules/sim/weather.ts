/**
 * Deterministic weather: moving cloud cells drawn from level.weather { cloudCover, seed }.
 *
 * The globe is cut into 5° × 5° tiles; each tile's cells come from their own PRNG stream
 * (hash of seed and tile), so any region — the host's whole territory, across ±180° — has
 * weather without a region being declared, and the same seed always gives the same sky.
 * Cells drift with one wind field: a slow rigid rotation of the sphere about a (seeded) axis
 * tilted from the pole, which gives west-to-east drift of 20–45 km/h at mid latitudes and is
 * exactly invertible, so `cloudAt` rotates the query point back instead of moving every cell.
 * Cells also form and dissipate (a seeded life span each), so the sky changes, not just slides.
 */
import { createRng, hashInts, nextFloat, seedState } from '../prng';
import { EARTH_RADIUS_KM, distanceKm, wrapLon, type LatLon } from './sphere';
import { rotate, rotationAxis, type Vec3 } from './rotation';

export interface WeatherSpec {
  /** Expected share of the sky under cloud, 0..1. */
  cloudCover: number;
  seed: number;
}

export interface CloudCell {
  id: string;
  /** Centre at the requested time. */
  lat: number;
  lon: number;
  radiusKm: number;
  /** Cloud density at the centre at the requested time, 0..1. */
  intensity: number;
  /** Drift at the requested time, km/h. */
  driftEastKmh: number;
  driftNorthKmh: number;
}

export interface Forecast {
  readonly spec: WeatherSpec;
  readonly arrivalUtcMs: number;
  /** Typical drift speed at 50° from the wind axis, km/h, and the axis' pole. */
  readonly wind: { speedKmh: number; axisLat: number; axisLon: number };
  /** Cloud density 0..1 at a place, hours after arrival. */
  cloudAt(lat: number, lon: number, tH: number): number;
  /** Cloud thick enough to block optical, video and infrared sensors. */
  isCloudy(lat: number, lon: number, tH: number): boolean;
  /** Cells overlapping a lon/lat box [minLon, minLat, maxLon, maxLat] at a time, for drawing. */
  cellsIn(bbox: readonly [number, number, number, number], tH: number): CloudCell[];
  /** The UTC instant (ms) of a time given in hours after arrival. */
  utcMsAt(tH: number): number;
}

/** Density at which the sensors that need a clear view are blocked. */
export const CLOUDY_THRESHOLD = 0.5;
const TILE_DEG = 5;
const MIN_RADIUS_KM = 60;
const MAX_RADIUS_KM = 220;
/** Cells are born over this span (h after arrival), which covers notice, window and debrief. */
const BORN_FROM_H = -72;
const BORN_TO_H = 168;
const MIN_LIFE_H = 12;
const MAX_LIFE_H = 60;
const FADE_H = 4;
/** Calibrated so that the share of cloudy ground matches cloudCover within a few per cent. */
const COVER_CALIBRATION = 1.3;

interface BaseCell {
  id: string;
  v: Vec3;
  radiusKm: number;
  peak: number;
  bornH: number;
  lifeH: number;
}

const RAD = Math.PI / 180;

function toVec(lat: number, lon: number): Vec3 {
  const φ = lat * RAD;
  const λ = lon * RAD;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

function toLatLon(v: Vec3): LatLon {
  const lat = Math.asin(Math.max(-1, Math.min(1, v[2]))) / RAD;
  return { lat, lon: wrapLon(Math.atan2(v[1], v[0]) / RAD) };
}

function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

function envelope(cell: BaseCell, tH: number): number {
  const age = tH - cell.bornH;
  if (age <= 0 || age >= cell.lifeH) return 0;
  return cell.peak * smoothstep(0, FADE_H, age) * smoothstep(0, FADE_H, cell.lifeH - age);
}

/** Density profile: solid core to half the radius, soft edge to the radius. */
function profile(dKm: number, radiusKm: number): number {
  return 1 - smoothstep(0.5 * radiusKm, radiusKm, dKm);
}

function poisson(u: () => number, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit && k < 500) {
    k++;
    p *= u();
  }
  return k;
}

function tileCells(spec: WeatherSpec, row: number, col: number): BaseCell[] {
  const cover = Math.max(0, Math.min(0.97, spec.cloudCover));
  if (cover === 0) return [];
  const rng = createRng(hashInts(seedState(spec.seed), row, col, 0x5eed));
  const lat0 = -90 + row * TILE_DEG;
  const s0 = Math.sin(lat0 * RAD);
  const s1 = Math.sin((lat0 + TILE_DEG) * RAD);
  const areaKm2 = EARTH_RADIUS_KM ** 2 * TILE_DEG * RAD * (s1 - s0);
  // Share covered = 1 − exp(−density × effective area × share of time alive).
  const meanR2 = (MIN_RADIUS_KM ** 2 + MIN_RADIUS_KM * MAX_RADIUS_KM + MAX_RADIUS_KM ** 2) / 3;
  const effAreaKm2 = Math.PI * 0.56 * meanR2;
  const aliveShare = (MIN_LIFE_H + MAX_LIFE_H) / 2 / (BORN_TO_H - BORN_FROM_H);
  const density = (-Math.log(1 - cover) * COVER_CALIBRATION) / (effAreaKm2 * aliveShare);
  const count = poisson(rng.float, density * areaKm2);
  const cells: BaseCell[] = [];
  for (let i = 0; i < count; i++) {
    const lat = Math.asin(s0 + (s1 - s0) * rng.float()) / RAD;
    const lon = -180 + col * TILE_DEG + TILE_DEG * rng.float();
    cells.push({
      id: `${row}:${col}:${i}`,
      v: toVec(lat, lon),
      radiusKm: rng.range(MIN_RADIUS_KM, MAX_RADIUS_KM),
      peak: rng.range(0.7, 1),
      bornH: rng.range(BORN_FROM_H, BORN_TO_H),
      lifeH: rng.range(MIN_LIFE_H, MAX_LIFE_H),
    });
  }
  return cells;
}

const ROWS = 180 / TILE_DEG;
const COLS = 360 / TILE_DEG;

export function createForecast(spec: WeatherSpec, arrivalUtc: string): Forecast {
  const arrivalUtcMs = Date.parse(arrivalUtc);
  let state = hashInts(seedState(spec.seed), 0x3d1);
  const draw = (): number => {
    const [v, next] = nextFloat(state);
    state = next;
    return v;
  };
  const speedKmh = 20 + 25 * draw();
  const axisLat = 65 + 25 * draw();
  const axisLon = -180 + 360 * draw();
  const axis = rotationAxis(axisLat, axisLon);
  // Angular speed so that the drift is speedKmh at 50° from the axis (mid latitudes).
  const omegaRadPerH = speedKmh / (EARTH_RADIUS_KM * Math.sin(50 * RAD));

  const memo = new Map<number, BaseCell[]>();
  const cellsOfTile = (row: number, col: number): BaseCell[] => {
    const key = row * COLS + col;
    let cells = memo.get(key);
    if (!cells) {
      cells = tileCells(spec, row, col);
      memo.set(key, cells);
    }
    return cells;
  };

  /** Calls visit for every base cell whose t = 0 centre may lie within marginKm of p. */
  const eachCandidate = (p: LatLon, marginKm: number, visit: (cell: BaseCell) => void): void => {
    const dLat = marginKm / EARTH_RADIUS_KM / RAD;
    const r0 = Math.max(0, Math.floor((p.lat - dLat + 90) / TILE_DEG));
    const r1 = Math.min(ROWS - 1, Math.floor((p.lat + dLat + 90) / TILE_DEG));
    const maxAbsLat = Math.min(89.9, Math.abs(p.lat) + dLat);
    const dLon = dLat / Math.cos(maxAbsLat * RAD);
    const allCols = dLon >= 180;
    const c0 = allCols ? 0 : Math.floor((wrapLon(p.lon) - dLon + 180) / TILE_DEG);
    const c1 = allCols ? COLS - 1 : Math.floor((wrapLon(p.lon) + dLon + 180) / TILE_DEG);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (const cell of cellsOfTile(r, ((c % COLS) + COLS) % COLS)) visit(cell);
      }
    }
  };

  const cloudAt = (lat: number, lon: number, tH: number): number => {
    if (spec.cloudCover <= 0) return 0;
    const q = rotate(toVec(lat, lon), axis, -omegaRadPerH * tH);
    let best = 0;
    eachCandidate(toLatLon(q), MAX_RADIUS_KM, (cell) => {
      const env = envelope(cell, tH);
      if (env <= best) return;
      const dot = q[0] * cell.v[0] + q[1] * cell.v[1] + q[2] * cell.v[2];
      const d = EARTH_RADIUS_KM * Math.acos(Math.max(-1, Math.min(1, dot)));
      if (d >= cell.radiusKm) return;
      best = Math.max(best, env * profile(d, cell.radiusKm));
    });
    return best;
  };

  const cellAt = (cell: BaseCell, tH: number, here: LatLon): CloudCell => {
    const later = toLatLon(rotate(cell.v, axis, omegaRadPerH * (tH + 1)));
    const driftNorthKmh = (later.lat - here.lat) * RAD * EARTH_RADIUS_KM;
    const driftEastKmh = wrapLon(later.lon - here.lon) * RAD * EARTH_RADIUS_KM * Math.cos(here.lat * RAD);
    return {
      id: cell.id,
      lat: here.lat,
      lon: here.lon,
      radiusKm: cell.radiusKm,
      intensity: envelope(cell, tH),
      driftEastKmh,
      driftNorthKmh,
    };
  };

  const cellsIn = (bbox: readonly [number, number, number, number], tH: number): CloudCell[] => {
    const [minLon, minLat, maxLon, maxLat] = bbox;
    const centre = { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 };
    // Farthest of the corners and edge midpoints from the centre bounds the box.
    const rim = [minLat, centre.lat, maxLat].flatMap((lat) =>
      [minLon, centre.lon, maxLon].map((lon) => ({ lat, lon })),
    );
    const reachKm = Math.max(...rim.map((p) => distanceKm(centre, p)));
    const back = toLatLon(rotate(toVec(centre.lat, centre.lon), axis, -omegaRadPerH * tH));
    const seen = new Set<string>();
    const out: CloudCell[] = [];
    eachCandidate(back, reachKm + MAX_RADIUS_KM, (base) => {
      if (seen.has(base.id) || envelope(base, tH) <= 0) return;
      seen.add(base.id);
      const here = toLatLon(rotate(base.v, axis, omegaRadPerH * tH));
      const padLat = base.radiusKm / EARTH_RADIUS_KM / RAD;
      const padLon = padLat / Math.max(0.05, Math.cos(here.lat * RAD));
      if (here.lat < minLat - padLat || here.lat > maxLat + padLat) return;
      if (here.lon < minLon - padLon || here.lon > maxLon + padLon) return;
      out.push(cellAt(base, tH, here));
    });
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  return {
    spec: { cloudCover: spec.cloudCover, seed: spec.seed },
    arrivalUtcMs,
    wind: { speedKmh, axisLat, axisLon },
    cloudAt,
    isCloudy: (lat, lon, tH) => cloudAt(lat, lon, tH) >= CLOUDY_THRESHOLD,
    cellsIn,
    utcMsAt: (tH) => arrivalUtcMs + tH * 3_600_000,
  };
}

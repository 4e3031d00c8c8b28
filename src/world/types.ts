/** Plain data types of the world: no behaviour, safe to import anywhere (rules included). */

/** [longitude°, latitude°] as GeoJSON orders them. */
export type LonLat = readonly [lonDeg: number, latDeg: number];

/** A linear ring, first point repeated last (GeoJSON). */
export type Ring = readonly LonLat[];
/** Outer ring first, then holes. */
export type PolygonRings = readonly Ring[];

export type Iso3 = string;

export type SensorKind = 'optical' | 'video' | 'infrared' | 'sar';
export const SENSOR_KINDS: readonly SensorKind[] = ['optical', 'video', 'infrared', 'sar'];

export interface Party {
  iso3: Iso3;
  name: string;
  /** Annex A §I passive quota as signed; null where no source gives one (later accessions). */
  passiveQuota: number | null;
  /** Group of states the party belongs to for quota purposes (Art. III §II). */
  group: 'BLR-RUS' | 'BENELUX' | null;
  /** ISO 3166-1 numeric id used by world-atlas (Natural Earth). */
  isoNumeric: string;
  /** First calendar year the treaty was in force for the party (2002 for the signatories). */
  memberFromYear?: number;
  /** Day the party's withdrawal took effect, ISO date (USA 2020-11-22, Russia 2021-12-18). */
  withdrawnOn?: string;
  /** Where the dates and the quota come from, and what is UNSURE. */
  note?: string;
}

export type AirfieldRole = 'entry-exit' | 'os-airfield' | 'refuelling';

export interface Airfield {
  /** Lower-case slug of the place name, as in PLAN-FILE.md. */
  id: string;
  name: string;
  party: Iso3;
  lat: number;
  lon: number;
  role: AirfieldRole;
  /** Maximum flight distance as signed in 1992 (Annex A §III); null for refuelling fields. */
  maxDistanceKm: number | null;
  /** Where a later figure was stated (Kubinka 5,500 km in the 2010s). */
  modernMaxDistanceKm?: number;
  /** From which year the modern figure applies. */
  modernFromYear?: number;
  source: string;
}

export interface SensorSpec {
  kind: SensorKind;
  /** Treaty ground-resolution limit ("no better than"), metres. */
  limitM: number;
  /** Certified minimum height above ground, metres. */
  minAltitudeM: number;
  /** false for SAR: its resolution does not change with height. */
  resolutionScalesWithAltitude: boolean;
  /** Swath width per metre of altitude (km of swath per m AGL), for altitude-scaled swaths. */
  swathKmPerAltitudeM: number;
  /** Upper bound of the swath, km (SAR 25 km, optical 2 × 50 km). */
  maxSwathKm: number;
  /** Blocked by cloud (optical, video, infrared) — radar sees through. */
  blockedByCloud: boolean;
  /** Needs daylight (optical, video). */
  needsDaylight: boolean;
  /** 'as-flown': the aircraft really carried it; 'planned': announced for the type but not (or not known to be) fitted in service — the game lets it fly. */
  fit?: 'as-flown' | 'planned';
  /** Why these numbers (source or game decision). */
  note?: string;
}

export interface Aircraft {
  id: string;
  name: string;
  operator: Iso3[];
  cruiseSpeedKmh: number;
  /** Unrefuelled range, km. */
  rangeKm: number;
  sensors: SensorSpec[];
  /** Sensors announced for the type but never fitted in service, and not in `sensors` (e.g. SAR on the OC-135B). */
  plannedNotFitted?: SensorKind[];
  source: string;
}

/** A state's geometry ready for geometric queries. */
export interface StateGeometry {
  iso3: Iso3;
  name: string;
  polygons: readonly PolygonRings[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: readonly [number, number, number, number];
  /** Alpha-3 codes of the atlas features merged into this state (itself first), e.g. DNK, GRL, FRO. */
  parts?: Iso3[];
}

/** Read-only geometry the checks need; built once from world-atlas by build.ts. */
export interface WorldGeo {
  /** Geometry of every state in the map data, keyed by ISO alpha-3. */
  states: ReadonlyMap<Iso3, StateGeometry>;
  /** Treaty parties in the level's year. */
  parties: ReadonlySet<Iso3>;
  airfields: ReadonlyMap<string, Airfield>;
  aircraft: ReadonlyMap<string, Aircraft>;
}

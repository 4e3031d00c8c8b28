/**
 * The data contract of the rules engine. Plain JSON-able types only.
 * Plan file v1 follows ../shared/spec/PLAN-FILE.md exactly.
 */
import type { Iso3, LonLat, SensorKind, WorldGeo } from '../world/types';

// World data types live in src/world (the lowest layer); rules re-exports what its callers use.
export type { Iso3, LonLat, SensorKind, WorldGeo };

// ---------------------------------------------------------------- plan file v1
export interface PlanWaypoint {
  lat: number;
  lon: number;
  /** Above ground; applies to the leg that ends at this waypoint. */
  altitudeM: number;
  /** Sensors on for the leg that ends at this waypoint. */
  sensors: SensorKind[];
}

export interface PlanTimeline {
  /** Hours of notice given before arrival at the point of entry (≥ 72). */
  noticeH: number;
  /** Hours after arrival when the mission plan is submitted (> 0). */
  submitAfterArrivalH: number;
  /** Hours after submission when the aircraft takes off (≥ 24). */
  takeoffAfterSubmitH: number;
}

export interface Plan {
  format: 'open-skies-plan';
  version: 1;
  level: string;
  airfield: string;
  endAirfield?: string;
  aircraft?: string;
  waypoints: PlanWaypoint[];
  timeline?: PlanTimeline;
}

export const DEFAULT_TIMELINE: PlanTimeline = {
  noticeH: 72,
  submitAfterArrivalH: 2,
  takeoffAfterSubmitH: 24,
};

// ---------------------------------------------------------------- findings
export type Severity = 'violation' | 'restriction' | 'notice';

export type FindingCode =
  | 'route/too-long'
  | 'route/outside-territory'
  | 'route/non-party-buffer'
  | 'route/repeat-crossing'
  | 'route/bad-end'
  | 'sensor/below-minimum-altitude'
  | 'sensor/not-fitted'
  | 'sensor/not-yet-permitted'
  | 'aircraft/out-of-range'
  | 'quota/exhausted'
  | 'timeline/short-notice'
  | 'timeline/early-takeoff'
  | 'timeline/window-exceeded'
  | 'restriction/distance-cap'
  | 'restriction/corridor'
  | 'restriction/altitude-floor'
  | 'airspace/hazardous'
  | 'airspace/exercise';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Legal basis: a treaty article ("Art. VI §II.4(A)") or "host practice". */
  basis: string;
  /**
   * Leg index: leg i ends at waypoints[i]; leg n (n = waypoints.length) is the final leg
   * to the end airfield. Absent for plan-wide findings.
   */
  leg?: number;
  /** Where on the map, when there is a point to show. */
  at?: { lat: number; lon: number };
  /** Zone id for zone findings. */
  zoneId?: string;
  /** Numbers and names the message template uses (units in the key names). */
  params: Record<string, number | string>;
}

// ---------------------------------------------------------------- verdict
export interface SensorMetrics {
  kind: SensorKind;
  /** Achieved ground resolution, m (smaller is sharper). */
  resolutionM: number;
  swathKm: number;
}

export interface LegMetrics {
  index: number;
  from: { lat: number; lon: number };
  to: { lat: number; lon: number };
  lengthKm: number;
  durationH: number;
  altitudeM: number;
  sensors: SensorMetrics[];
}

export interface Verdict {
  /** No violation and no restriction (notices allowed) — the CLI's exit 0. */
  ok: boolean;
  findings: Finding[];
  distanceKm: number;
  maxDistanceKm: number;
  legs: LegMetrics[];
  /** Take-off to landing, hours. */
  flightDurationH: number;
  /** Absolute times as hours after arrival at the point of entry. */
  takeoffAfterArrivalH: number;
  endAfterArrivalH: number;
}

// ---------------------------------------------------------------- level
export type ZoneKind = ZoneProperties['kind'];

interface ZoneBase {
  id: string;
  name: string;
  /** Where this comes from: "host practice (Sputnik 29 Sep 2017)". */
  basis: string;
}

/** A host's cap on the km flown inside an area (e.g. Kaliningrad 500 km). */
export interface DistanceCapZone extends ZoneBase {
  kind: 'distance-cap';
  /** The most km that may be flown inside the area. */
  capKm: number;
}

/** A buffer the host claims around a line or an area (e.g. 10 km of Abkhazia). */
export interface CorridorZone extends ZoneBase {
  kind: 'corridor';
  /** The buffer the host claims around the line or area, km. */
  bufferKm: number;
}

/** The lowest altitude the host allows over an area (e.g. over Moscow). */
export interface AltitudeFloorZone extends ZoneBase {
  kind: 'altitude-floor';
  /** The lowest altitude the host allows, m AGL. */
  floorM: number;
}

/** Airspace closed for a while and between two altitudes (a hazard, an exercise). */
export interface AirspaceZone extends ZoneBase {
  kind: 'hazardous' | 'exercise';
  /** Active window, hours after arrival (absent = always active). */
  activeFromH?: number;
  activeToH?: number;
  /** Lowest and highest altitude of the airspace, m (absent = ground, no top). */
  lowerM?: number;
  upperM?: number;
}

/** Zone properties, typed per kind: each kind has the figures it is judged by and no others. */
export type ZoneProperties = DistanceCapZone | CorridorZone | AltitudeFloorZone | AirspaceZone;

export type ZoneGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] }
  | { type: 'LineString'; coordinates: number[][] };

export interface ZoneFeature {
  type: 'Feature';
  properties: ZoneProperties;
  geometry: ZoneGeometry;
}

export type TargetKind =
  'ship' | 'aircraft' | 'hangar' | 'vehicles' | 'building' | 'launch-pad' | 'runway' | 'radar' | 'port';

export interface Target {
  id: string;
  name: string;
  kind: TargetKind;
  lat: number;
  lon: number;
  /** Intelligence value, points. */
  value: number;
  /** The ground resolution needed for the capture to count, m. */
  resolutionNeededM: number;
  /** Counts as a mission objective. */
  objective: boolean;
  note?: string;
}

export interface LevelAirfield {
  id: string;
  /** Maximum flight distance in this level's year (overrides the world table). */
  maxDistanceKm: number;
}

/** One side's reading, in its own words ("Russia says: …"), with the source that reports it. */
export interface Voice {
  who: string;
  says: string;
  source: Source;
}

export interface Source {
  /** The levels/sources.json entry it came from, when it came from one. */
  id?: string;
  title: string;
  publisher?: string;
  /** ISO date, as precise as known ("2017-09-29", "2017-12"). */
  date?: string;
  url?: string;
  /** What the source backs, in words (levels/sources.json `supports`). */
  supports?: string;
}

export interface HostBehaviour {
  /** Finding codes whose protest (citing the right article) makes the host give way. */
  yieldsToProtest: FindingCode[];
  /** Deviation request during the flight (hours after take-off, reason). */
  deviationRequest?: { afterTakeoffH: number; reason: string };
}

export interface Level {
  id: string;
  title: string;
  /** Arrival at the point of entry, ISO 8601 UTC. All other times are hours after it. */
  arrivalUtc: string;
  observer: Iso3;
  host: Iso3;
  /** States whose territory counts as the host's (group partner, e.g. BLR with RUS). */
  hostTerritory: Iso3[];
  aircraft: string;
  airfields: LevelAirfield[];
  quota: { active: number; used: number };
  zones: ZoneFeature[];
  targets: Target[];
  weather: { cloudCover: number; seed: number };
  hostBehaviour: HostBehaviour;
  /** Host duty: plans the player reviews as host (a plan file v1 each, parsed with parsePlan). */
  hostDuty?: { incoming: { id: string; title: string; plan: unknown }[] };
  texts: {
    briefing: string;
    bulletin: { title: string; text: string; codes: FindingCode[] };
    whatHappened: { text: string; sources: Source[]; approximations?: string; voices?: Voice[] };
    questions: string[];
  };
}

// ---------------------------------------------------------------- context

export interface RulesContext {
  level: Level;
  world: WorldGeo;
  /** Flights already flown over this host this year (overrides level.quota.used when set). */
  quotaUsed?: number;
  seed: number;
}

export type Result<T, E = ParseError> = { ok: true; value: T } | { ok: false; errors: E[] };

export interface ParseError {
  /** JSON path, e.g. "$.waypoints[3].lat". */
  path: string;
  message: string;
}

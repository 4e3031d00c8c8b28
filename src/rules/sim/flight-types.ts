/** Plain-data result of a simulated observation flight (JSON-able, byte-identical per seed). */
import type { FindingCode, SensorKind, ZoneKind } from '../types';
import type { LatLon } from './sphere';

/** Why a target was not captured ('sensors-off': passed while deviating at the host's request). */
export type MissReason = 'sensors-off' | 'cloud' | 'night' | 'too-coarse' | 'outside-swath';
/** Reasons a pass inside the swath failed (the order is the tie-break order for a miss). */
export type PassFailure = Exclude<MissReason, 'outside-swath'>;
export const PASS_FAILURE_ORDER: readonly PassFailure[] = ['sensors-off', 'cloud', 'night', 'too-coarse'];

export interface FlightSample {
  /** Hours after arrival at the point of entry. */
  tH: number;
  lat: number;
  lon: number;
  altitudeM: number;
  /** Leg index (leg i ends at waypoints[i]; the last leg returns to the end airfield). */
  leg: number;
  sensors: SensorKind[];
}

export interface FootprintStrip {
  leg: number;
  sensor: SensorKind;
  swathKm: number;
  resolutionM: number;
  /** Left edge along the leg, then the right edge back: a closed ring without the repeat. */
  polygon: LatLon[];
}

/** One pass of an active sensor's swath over a target. */
export interface TargetPass {
  leg: number;
  sensor: SensorKind;
  tH: number;
  /** Distance of the target from the ground track, km (positive: right of track). */
  crossTrackKm: number;
  resolutionM: number;
  failures: PassFailure[];
}

export interface Capture {
  targetId: string;
  tH: number;
  leg: number;
  sensor: SensorKind;
  /** Achieved ground resolution, m. */
  resolutionM: number;
  resolutionNeededM: number;
  value: number;
  objective: boolean;
}

export interface Miss {
  targetId: string;
  reason: MissReason;
  /** Closest distance of the ground track to the target, km. */
  closestKm: number;
  passes: TargetPass[];
  objective: boolean;
}

export type EscortKey =
  | 'escort.takeoff'
  | 'escort.entering-zone'
  | 'escort.passing-target'
  | 'escort.deviation-request'
  | 'escort.landing';

/** A short line by the host's escort team: a message key and its parameters, never English. */
export interface EscortRemark {
  tH: number;
  key: EscortKey;
  /** Which of ESCORT_VARIANTS phrasings, chosen by the seed. */
  variant: number;
  params: Record<string, string | number>;
}

export interface ZoneEntry {
  zoneId: string;
  kind: ZoneKind;
  tH: number;
  leg: number;
  at: LatLon;
  /** The zone's active window covers this moment (always true for zones without one). */
  active: boolean;
}

/** The host asks to deviate from the agreed route during the flight (Art. VIII §II). */
export interface DeviationRequest {
  tH: number;
  afterTakeoffH: number;
  leg: number;
  at: LatLon;
  /** The level's reason text key or short reason. */
  reason: string;
  basis: string;
  /** Beyond this distance from the agreed route the host may require all sensors off, km. */
  sensorsOffBeyondKm: number;
  /**
   * The reason is one the treaty allows a deviation for (weather, technical, medical, air
   * traffic or another flight-safety hazard, Art. VIII §II): refusing it is not lawful.
   */
  flightSafety?: boolean;
}

/** The observer's answer to the host's deviation request. */
export type DeviationAnswer = 'accepted' | 'refused';

/** How the flight went with the answer (simple lawful model: sensors off while deviating). */
export interface DeviationOutcome {
  answer: DeviationAnswer;
  /** Refusing was lawful (the reason was not flight safety); true for an accepted request. */
  lawful: boolean;
  /** Sensors were off in this window (accepted), hours after arrival. */
  sensorsOffFromH: number | null;
  sensorsOffToH: number | null;
}

export interface FlightResult {
  status: 'flown' | 'grounded';
  /** Violations that keep the aircraft on the ground. */
  groundedBy: FindingCode[];
  seed: number;
  takeoffAfterArrivalH: number;
  landingAfterArrivalH: number;
  durationH: number;
  distanceKm: number;
  /** Leg start times, hours after arrival (one per leg). */
  legStartsH: number[];
  samples: FlightSample[];
  strips: FootprintStrip[];
  captures: Capture[];
  misses: Miss[];
  zoneEntries: ZoneEntry[];
  remarks: EscortRemark[];
  deviationRequest: DeviationRequest | null;
  /** Present when the flight was simulated with an answer to the deviation request. */
  deviation?: DeviationOutcome;
}

/**
 * Observation aircraft with the game values of FACTS (game-values table and §6). Treaty
 * limits (Art. IV.2): optical and video 0.30 m, infrared 0.50 m, SAR 3 m with a swath of at
 * most 25 km; optical coverage up to 50 km either side of track.
 *
 * Swath model (game decision, documented here): swath = min(maxSwathKm, swathKmPerAltitudeM ×
 * altitude). Optical 5 × altitude (framing + oblique cameras; 4.5 km at 900 m, 50 km at
 * 10 km), video 1.2 × altitude (≈ 60° field of view), infrared line scanner 3.5 × altitude
 * (≈ 120° scan). SAR's swath and resolution do not depend on altitude: swath = maxSwathKm.
 */
import type { Aircraft, SensorSpec } from './types';

type Fit = NonNullable<SensorSpec['fit']>;

function optical(minAltitudeM: number, fit: Fit, note: string): SensorSpec {
  return {
    kind: 'optical',
    limitM: 0.3,
    minAltitudeM,
    resolutionScalesWithAltitude: true,
    swathKmPerAltitudeM: 0.005,
    maxSwathKm: 100,
    blockedByCloud: true,
    needsDaylight: true,
    fit,
    note,
  };
}

function video(minAltitudeM: number, fit: Fit, note: string): SensorSpec {
  return {
    kind: 'video',
    limitM: 0.3,
    minAltitudeM,
    resolutionScalesWithAltitude: true,
    swathKmPerAltitudeM: 0.0012,
    maxSwathKm: 20,
    blockedByCloud: true,
    needsDaylight: true,
    fit,
    note,
  };
}

function infrared(minAltitudeM: number, fit: Fit, note: string): SensorSpec {
  return {
    kind: 'infrared',
    limitM: 0.5,
    minAltitudeM,
    resolutionScalesWithAltitude: true,
    swathKmPerAltitudeM: 0.0035,
    maxSwathKm: 30,
    blockedByCloud: true,
    needsDaylight: false,
    fit,
    note,
  };
}

/** SAR: 3 m whatever the height, so no certified minimum height applies (0). */
function sar(fit: Fit, note: string): SensorSpec {
  return {
    kind: 'sar',
    limitM: 3,
    minAltitudeM: 0,
    resolutionScalesWithAltitude: false,
    swathKmPerAltitudeM: 0,
    maxSwathKm: 25,
    blockedByCloud: false,
    needsDaylight: false,
    fit,
    note,
  };
}

export const AIRCRAFT: readonly Aircraft[] = [
  {
    id: 'oc-135b',
    name: 'Boeing OC-135B',
    operator: ['USA'],
    cruiseSpeedKmh: 750,
    rangeKm: 6000,
    // Film cameras only: the infrared scanner, radar and video were planned, never fitted
    // (FACTS corrections table; globalsecurity.org/intell/systems/oc-135.htm).
    sensors: [
      optical(900, 'as-flown', 'KS-87E framing + KA-91C panoramic film cameras at ~3,000 ft (FACTS §3, §6)'),
    ],
    plannedNotFitted: ['video', 'infrared', 'sar'],
    source:
      'FACTS §6: as flown, 3 KS-87E framing + 1 KA-91C panoramic film camera; infrared, SAR and video were planned but never fitted. Speed/range game values (UNSURE).',
  },
  {
    id: 'tu-154m-lk1',
    name: 'Tupolev Tu-154M-LK1',
    operator: ['RUS'],
    cruiseSpeedKmh: 850,
    rangeKm: 5200,
    sensors: [optical(1100, 'as-flown', 'Digital cameras certified 2016 (TASS); game value 1,100 m')],
    source:
      'FACTS §6: flew DC/Bedminster 2017 and Hawaii 2017/2019; range 5,200–6,600 km by source (game value 5,200).',
  },
  {
    id: 'tu-214on',
    name: 'Tupolev Tu-214ON',
    operator: ['RUS'],
    cruiseSpeedKmh: 850,
    rangeKm: 6890,
    sensors: [
      optical(1100, 'as-flown', '4 photo cameras; game value 1,100 m as on the Tu-154M-LK1'),
      video(1100, 'as-flown', '3 TV cameras; game value 1,100 m'),
      infrared(600, 'as-flown', 'IR line scanner; game value 600 m as on the OC-135B'),
      sar('as-flown', 'Side-looking radar (FACTS §6)'),
    ],
    source:
      'FACTS §6: first Open Skies aircraft with all sensor types (RA-64519, RA-64525); Tu-214 850 km/h, 6,890 km (planeworlds).',
  },
  {
    id: 'an-30b',
    name: 'Antonov An-30B',
    operator: ['RUS', 'UKR', 'ROU', 'BGR'],
    cruiseSpeedKmh: 430,
    rangeKm: 2630,
    sensors: [
      optical(1000, 'as-flown', 'Aerial-survey film cameras in a glazed nose; game value 1,000 m (UNSURE)'),
    ],
    source: 'FACTS §6: purpose-built survey An-24 variant; 430 km/h cruise, 2,630 km range.',
  },
  {
    id: 'c-130-samson',
    name: 'C-130H with SAMSON pod',
    operator: ['BEL', 'NLD', 'LUX', 'CAN', 'FRA', 'GRC', 'ITA', 'PRT', 'ESP'],
    cruiseSpeedKmh: 540,
    rangeKm: 3800,
    sensors: [
      optical(900, 'as-flown', 'Framing cameras in the pod; game value 900 m like the OC-135B (UNSURE)'),
      video(900, 'planned', 'Video camera often described for the pod; UNSURE, game value 900 m'),
    ],
    source:
      'FACTS §6: POD group sensor pod converted from a CC-130 fuel tank; performance general knowledge (UNSURE).',
  },
  {
    id: 'saab-340',
    name: 'Saab 340 OS-100',
    operator: ['SWE'],
    cruiseSpeedKmh: 500,
    rangeKm: 1700,
    sensors: [optical(1000, 'as-flown', 'Digital cameras; game value 1,000 m (UNSURE)')],
    source:
      'FACTS §6: Swedish, certified 2004; flew joint US/Canada/Norway missions from Kubinka 2019–2020; performance UNSURE.',
  },
];

export const AIRCRAFT_BY_ID: ReadonlyMap<string, Aircraft> = new Map(AIRCRAFT.map((a) => [a.id, a]));

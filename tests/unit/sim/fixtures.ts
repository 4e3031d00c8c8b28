/** Hand-built levels, plans and verdicts for the simulation, host and scoring tests. */
import type {
  Finding,
  FindingCode,
  LegMetrics,
  Level,
  Plan,
  SensorKind,
  SensorMetrics,
  Severity,
  Target,
  Verdict,
  ZoneFeature,
} from '../../../src/rules/types';
import { distanceKm } from '../../../src/rules/geo/sphere';

/** Game model of the OC-135B / Tu-214ON sensors (src/world/aircraft.ts). */
const MODEL: Record<SensorKind, { limitM: number; minAltitudeM: number; perM: number; maxKm: number }> = {
  optical: { limitM: 0.3, minAltitudeM: 900, perM: 0.005, maxKm: 100 },
  video: { limitM: 0.3, minAltitudeM: 900, perM: 0.0012, maxKm: 20 },
  infrared: { limitM: 0.5, minAltitudeM: 600, perM: 0.0035, maxKm: 30 },
  sar: { limitM: 3, minAltitudeM: 0, perM: 0, maxKm: 25 },
};

export const SPEED_KMH = 750;

export function sensorMetrics(kind: SensorKind, altitudeM: number): SensorMetrics {
  const m = MODEL[kind];
  if (kind === 'sar') return { kind, resolutionM: m.limitM, swathKm: m.maxKm };
  return {
    kind,
    resolutionM: (m.limitM * altitudeM) / m.minAltitudeM,
    swathKm: Math.min(m.maxKm, m.perM * altitudeM),
  };
}

export interface PointSpec {
  lat: number;
  lon: number;
  altitudeM?: number;
  sensors?: SensorKind[];
}

/** Kubinka, the Russian Open Skies airfield. */
export const KUBINKA = { lat: 55.608, lon: 36.653 };

/** Legs airfield → points → airfield; the final leg flies with sensors off. */
export function makeLegs(points: readonly PointSpec[], start = KUBINKA, end = KUBINKA): LegMetrics[] {
  const stops = [...points, { ...end, altitudeM: points[points.length - 1]?.altitudeM ?? 3000, sensors: [] }];
  let from = start;
  return stops.map((p, index) => {
    const to = { lat: p.lat, lon: p.lon };
    const lengthKm = distanceKm(from, to);
    const altitudeM = p.altitudeM ?? 3000;
    const leg: LegMetrics = {
      index,
      from,
      to,
      lengthKm,
      durationH: lengthKm / SPEED_KMH,
      altitudeM,
      sensors: (p.sensors ?? []).map((k) => sensorMetrics(k, altitudeM)),
    };
    from = to;
    return leg;
  });
}

export function makeVerdict(points: readonly PointSpec[], findings: Finding[] = [], takeoffH = 26): Verdict {
  const legs = makeLegs(points);
  const distance = legs.reduce((s, l) => s + l.lengthKm, 0);
  const duration = legs.reduce((s, l) => s + l.durationH, 0);
  return {
    ok: !findings.some((f) => f.severity !== 'notice'),
    findings,
    distanceKm: distance,
    maxDistanceKm: 5500,
    legs,
    flightDurationH: duration,
    takeoffAfterArrivalH: takeoffH,
    endAfterArrivalH: takeoffH + duration,
  };
}

export function makePlan(points: readonly PointSpec[]): Plan {
  return {
    format: 'open-skies-plan',
    version: 1,
    level: 'test-level',
    airfield: 'kubinka',
    aircraft: 'oc-135b',
    waypoints: points.map((p) => ({
      lat: p.lat,
      lon: p.lon,
      altitudeM: p.altitudeM ?? 3000,
      sensors: [...(p.sensors ?? [])],
    })),
    timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 },
  };
}

export function makeTarget(id: string, lat: number, lon: number, over: Partial<Target> = {}): Target {
  return {
    id,
    name: id,
    kind: 'building',
    lat,
    lon,
    value: 10,
    resolutionNeededM: 1,
    objective: false,
    ...over,
  };
}

export function finding(
  code: FindingCode,
  severity: Severity,
  basis: string,
  over: Partial<Finding> = {},
): Finding {
  return { code, severity, basis, params: {}, ...over };
}

/** A square polygon zone centred on (lat, lon) with the given half size in degrees. */
export function squareZone(
  id: string,
  kind: ZoneFeature['properties']['kind'],
  lat: number,
  lon: number,
  half: number,
  props: Partial<
    Record<'capKm' | 'bufferKm' | 'floorM' | 'activeFromH' | 'activeToH' | 'lowerM' | 'upperM', number>
  > = {},
): ZoneFeature {
  return {
    type: 'Feature',
    properties: { id, kind, name: id, basis: 'host practice', ...props } as ZoneFeature['properties'],
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - half, lat - half],
          [lon + half, lat - half],
          [lon + half, lat + half],
          [lon - half, lat + half],
          [lon - half, lat - half],
        ],
      ],
    },
  };
}

export function makeLevel(over: Partial<Level> = {}): Level {
  return {
    id: 'test-level',
    title: 'Test level',
    // Midsummer; 06:00 UTC is 09:00 in Moscow, so take-off at +26 h is mid-morning.
    arrivalUtc: '2017-06-21T06:00:00Z',
    observer: 'USA',
    host: 'RUS',
    hostTerritory: ['RUS', 'BLR'],
    aircraft: 'oc-135b',
    airfields: [{ id: 'kubinka', maxDistanceKm: 5500 }],
    quota: { active: 16, used: 3 },
    zones: [],
    targets: [],
    weather: { cloudCover: 0, seed: 1 },
    hostBehaviour: { yieldsToProtest: [] },
    texts: {
      briefing: 'b',
      bulletin: { title: 't', text: 'x', codes: [] },
      whatHappened: { text: 'w', sources: [] },
      questions: [],
    },
    ...over,
  };
}

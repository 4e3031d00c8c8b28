/**
 * The mission preview: what the plan as it stands would bring home, objective by objective,
 * before take-off. It runs the flight simulation's own capture logic (computeCaptures, the
 * same leg clock, the same forecast and sensor needs), so a site the preview calls covered is
 * captured in flight and a site it calls missed is missed, unless the host changes the plan or
 * asks for a deviation. A grounded plan is previewed as it would fly once its findings are
 * fixed, so the player sees coverage while still editing an unlawful route.
 */
import type { Level, Plan, SensorKind, Target, Verdict, WorldGeo } from '../types';
import { computeCaptures } from './captures';
import { legStarts } from './flight';
import type { MissReason } from './flight-types';
import { sensorNeeds } from './sensors';
import type { Forecast } from './weather';
import { zoneIndex } from '../geo/zones';

/** A distance-capped zone (Kaliningrad 500 km): km the plan flies inside it, of the cap. */
export interface CapUsage {
  zoneId: string;
  name: string;
  insideKm: number;
  capKm: number;
}

/** Km flown inside each distance-capped zone, by the same geometry as the cap check. */
export function capUsage(level: Pick<Level, 'zones'>, legs: Pick<Verdict, 'legs'>['legs']): CapUsage[] {
  const out: CapUsage[] = [];
  for (const zone of level.zones) {
    if (zone.properties.kind !== 'distance-cap') continue;
    const capKm = zone.properties.capKm;
    const area = zoneIndex(zone).area;
    if (!area) continue;
    const insideKm = legs.reduce((sum, l) => sum + area.legLengthInsideKm(l.from, l.to), 0);
    out.push({ zoneId: zone.properties.id, name: zone.properties.name, insideKm, capKm });
  }
  return out;
}

/** covered · outside every swath · inside but too coarse · too dark for the camera · under cloud. */
export type PreviewStatus = 'covered' | 'missed' | 'too-coarse' | 'dark' | 'cloud';

export interface TargetPreview {
  targetId: string;
  objective: boolean;
  status: PreviewStatus;
  /** Resolution of the image that counts (covered), else the sharpest pass inside a swath, m. */
  resolutionM: number | null;
  resolutionNeededM: number;
  /** The sensor of that image or pass. */
  sensor: SensorKind | null;
  /** Closest distance of the planned track to the site, km. */
  closestKm: number;
}

export interface MissionPreview {
  targets: TargetPreview[];
  objectives: number;
  objectivesCovered: number;
  /** Sharpest resolution among the covered sites, m (null: nothing covered). */
  bestResolutionM: number | null;
  /** Take-off the preview assumed, hours after arrival. */
  takeoffAfterArrivalH: number;
  /** Km inside each distance-capped zone (the cap counter). */
  caps: CapUsage[];
}

const STATUS_OF: Readonly<Record<MissReason, PreviewStatus>> = {
  'outside-swath': 'missed',
  'too-coarse': 'too-coarse',
  night: 'dark',
  cloud: 'cloud',
  // Only a deviation switches sensors off; the preview assumes none.
  'sensors-off': 'missed',
};

export interface PreviewInput {
  plan: Pick<Plan, 'aircraft'>;
  verdict: Pick<Verdict, 'legs' | 'takeoffAfterArrivalH'>;
  level: Pick<Level, 'targets' | 'aircraft'> & Partial<Pick<Level, 'zones'>>;
  world: WorldGeo | undefined;
  forecast: Forecast;
  /** Another take-off than the verdict's (a host's proposed shift), hours after arrival. */
  takeoffAfterArrivalH?: number;
}

export function previewMission(input: PreviewInput): MissionPreview {
  const takeoffH = input.takeoffAfterArrivalH ?? input.verdict.takeoffAfterArrivalH;
  const aircraftId = input.plan.aircraft ?? input.level.aircraft;
  const { captures, misses } = computeCaptures({
    legs: input.verdict.legs,
    legStartsH: legStarts(input.verdict, takeoffH),
    targets: input.level.targets,
    forecast: input.forecast,
    needs: (kind) => sensorNeeds(kind, input.world, aircraftId),
  });
  const byId = new Map<string, TargetPreview>();
  const target = new Map<string, Target>(input.level.targets.map((t) => [t.id, t]));
  for (const c of captures) {
    byId.set(c.targetId, {
      targetId: c.targetId,
      objective: c.objective,
      status: 'covered',
      resolutionM: c.resolutionM,
      resolutionNeededM: c.resolutionNeededM,
      sensor: c.sensor,
      closestKm: 0,
    });
  }
  for (const m of misses) {
    const sharpest = m.passes.reduce<(typeof m.passes)[number] | null>(
      (a, b) => (a === null || b.resolutionM < a.resolutionM ? b : a),
      null,
    );
    byId.set(m.targetId, {
      targetId: m.targetId,
      objective: m.objective,
      status: STATUS_OF[m.reason],
      resolutionM: sharpest?.resolutionM ?? null,
      resolutionNeededM: target.get(m.targetId)?.resolutionNeededM ?? 0,
      sensor: sharpest?.sensor ?? null,
      closestKm: m.closestKm,
    });
  }
  const targets = input.level.targets
    .map((t) => byId.get(t.id))
    .filter((t): t is TargetPreview => t !== undefined);
  const covered = targets.filter((t) => t.status === 'covered');
  return {
    targets,
    objectives: targets.filter((t) => t.objective).length,
    objectivesCovered: covered.filter((t) => t.objective).length,
    bestResolutionM: covered.reduce<number | null>(
      (best, t) => (t.resolutionM !== null && (best === null || t.resolutionM < best) ? t.resolutionM : best),
      null,
    ),
    takeoffAfterArrivalH: takeoffH,
    caps: capUsage({ zones: input.level.zones ?? [] }, input.verdict.legs),
  };
}

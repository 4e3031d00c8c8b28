/**
 * What each sensor kind needs to see a target. The aircraft table in src/world carries these
 * flags per fitted sensor; when no world is given the treaty's categories decide (Art. IV §2):
 * cameras and video need daylight and a clear view, the infra-red line scanner a clear view,
 * synthetic aperture radar neither.
 */
import type { SensorKind, WorldGeo } from '../types';

export interface SensorNeeds {
  blockedByCloud: boolean;
  needsDaylight: boolean;
}

export const DEFAULT_SENSOR_NEEDS: Readonly<Record<SensorKind, SensorNeeds>> = {
  optical: { blockedByCloud: true, needsDaylight: true },
  video: { blockedByCloud: true, needsDaylight: true },
  infrared: { blockedByCloud: true, needsDaylight: false },
  sar: { blockedByCloud: false, needsDaylight: false },
};

export function sensorNeeds(kind: SensorKind, world?: WorldGeo, aircraftId?: string): SensorNeeds {
  const spec = aircraftId ? world?.aircraft.get(aircraftId)?.sensors.find((s) => s.kind === kind) : undefined;
  if (spec) return { blockedByCloud: spec.blockedByCloud, needsDaylight: spec.needsDaylight };
  return DEFAULT_SENSOR_NEEDS[kind];
}

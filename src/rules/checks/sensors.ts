/**
 * Sensor rules, one finding per leg and sensor:
 * - Art. IV §2, VI §II.4(D): no sensor below its certified minimum altitude (its resolution
 *   would beat the treaty limit); exactly the minimum is lawful.
 * - Art. IV, Annex D: only sensors the certified aircraft carries.
 * - Art. XVIII, Annex A §II: no infrared line scanner until the phase-in ends on 31 Dec 2005.
 */
import { arrivalMs } from '../level/year';
import type { Finding } from '../types';
import { finding } from './codes';
import type { Check } from './types';

/** First instant after the phase-in: 1 Jan 2006 00:00 UTC. */
export const INFRARED_ALLOWED_FROM_MS = Date.UTC(2006, 0, 1);
const MS_PER_H = 3_600_000;

export const checkSensors: Check = (_plan, ctx, d) => {
  const out: Finding[] = [];
  const takeoffMs = arrivalMs(ctx.level) + d.takeoffAfterArrivalH * MS_PER_H;
  const phaseIn = Number.isFinite(takeoffMs) && takeoffMs < INFRARED_ALLOWED_FROM_MS;
  for (const leg of d.legs) {
    for (const kind of leg.sensors) {
      const spec = d.aircraft?.sensors.find((s) => s.kind === kind);
      if (!spec) {
        out.push(
          finding(
            'sensor/not-fitted',
            { sensor: kind, aircraft: d.aircraft?.name ?? d.aircraftId },
            { leg: leg.index, at: leg.to },
          ),
        );
      } else if (leg.altitudeM < spec.minAltitudeM) {
        out.push(
          finding(
            'sensor/below-minimum-altitude',
            { sensor: kind, altitudeM: leg.altitudeM, minAltitudeM: spec.minAltitudeM },
            { leg: leg.index, at: leg.to },
          ),
        );
      }
      if (kind === 'infrared' && phaseIn) {
        out.push(
          finding(
            'sensor/not-yet-permitted',
            { sensor: kind, allowedFrom: '1 January 2006' },
            { leg: leg.index, at: leg.to },
          ),
        );
      }
    }
  }
  return out;
};

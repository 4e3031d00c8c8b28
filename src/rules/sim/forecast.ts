/**
 * Forecast summary for the timeline strip: per 6-hour slot of the 96-hour window, how much of
 * the planned route lies under cloud and how much of it has light good enough for optical work.
 */
import type { Verdict } from '../types';
import { densify, type LatLon } from './sphere';
import { imagingLight } from './sun';
import { CLOUDY_THRESHOLD, type Forecast } from './weather';

export const WINDOW_H = 96;
export const SLOT_H = 6;

export interface ForecastSlot {
  fromH: number;
  toH: number;
  /** Share of route samples under cloud thick enough to block optical/IR, 0..1. */
  cloudShare: number;
  /** Mean cloud density over the route, 0..1. */
  meanCloud: number;
  /** Share of route samples with the sun high enough for optical/video imaging, 0..1. */
  daylightShare: number;
}

export interface ForecastSummaryOptions {
  windowH?: number;
  slotH?: number;
  /** Route sampling step, km. */
  stepKm?: number;
  /** Time samples per slot (evenly spread, centred). */
  timesPerSlot?: number;
}

/** Points of the route flown in a verdict (all legs, airfield to airfield). */
export function routePointsOfVerdict(verdict: Pick<Verdict, 'legs'>): LatLon[] {
  const points: LatLon[] = [];
  for (const leg of verdict.legs) {
    if (points.length === 0) points.push({ lat: leg.from.lat, lon: leg.from.lon });
    points.push({ lat: leg.to.lat, lon: leg.to.lon });
  }
  return points;
}

export function forecastSummary(
  forecast: Forecast,
  route: readonly LatLon[],
  options: ForecastSummaryOptions = {},
): ForecastSlot[] {
  const windowH = options.windowH ?? WINDOW_H;
  const slotH = options.slotH ?? SLOT_H;
  const stepKm = options.stepKm ?? 50;
  const timesPerSlot = Math.max(1, Math.round(options.timesPerSlot ?? 3));
  const samples: LatLon[] = [];
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i] as LatLon;
    const b = route[i + 1] as LatLon;
    const pts = densify(a, b, stepKm);
    samples.push(...(i === 0 ? pts : pts.slice(1)));
  }
  if (route.length === 1) samples.push(route[0] as LatLon);
  const slots: ForecastSlot[] = [];
  for (let fromH = 0; fromH < windowH; fromH += slotH) {
    const toH = Math.min(windowH, fromH + slotH);
    let cloudy = 0;
    let cloudSum = 0;
    let light = 0;
    let n = 0;
    for (let k = 0; k < timesPerSlot; k++) {
      const tH = fromH + ((k + 0.5) * (toH - fromH)) / timesPerSlot;
      const utcMs = forecast.utcMsAt(tH);
      for (const p of samples) {
        const c = forecast.cloudAt(p.lat, p.lon, tH);
        cloudSum += c;
        if (c >= CLOUDY_THRESHOLD) cloudy++;
        if (imagingLight(p.lat, p.lon, utcMs)) light++;
        n++;
      }
    }
    slots.push({
      fromH,
      toH,
      cloudShare: n ? cloudy / n : 0,
      meanCloud: n ? cloudSum / n : 0,
      daylightShare: n ? light / n : 0,
    });
  }
  return slots;
}

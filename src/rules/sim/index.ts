/** The pure flight simulation: weather, daylight, flight, captures, escort remarks. */
export * from './flight-types';
export { simulateFlight, SAMPLE_STEP_KM, DEVIATION_SENSORS_OFF_KM, type FlightOptions } from './flight';
export { footprintStrips, sweptStrip, STRIP_STEP_KM } from './footprint';
export {
  isFlightSafetyReason,
  sensorsOffWindow,
  deviationOutcome,
  DEVIATION_SENSORS_OFF_H,
} from './deviation';
export { positionAt, type FlightPosition } from './position';
export { computeCaptures, type CaptureInput, type CaptureResult } from './captures';
export { ESCORT_VARIANTS, PASSING_REMARK_KM } from './escort';
export { createForecast, CLOUDY_THRESHOLD, type Forecast, type CloudCell, type WeatherSpec } from './weather';
export {
  forecastSummary,
  routePointsOfVerdict,
  WINDOW_H,
  SLOT_H,
  type ForecastSlot,
  type ForecastSummaryOptions,
} from './forecast';
export {
  sunElevationDeg,
  daylight,
  imagingLight,
  SUNRISE_ELEVATION_DEG,
  MIN_IMAGING_SUN_ELEVATION_DEG,
} from './sun';
export { sensorNeeds, DEFAULT_SENSOR_NEEDS, type SensorNeeds } from './sensors';
export { inZone, zoneActiveAt, zoneBbox, zoneBufferKm } from './zones';
export {
  previewMission,
  capUsage,
  type CapUsage,
  type MissionPreview,
  type PreviewInput,
  type PreviewStatus,
  type TargetPreview,
} from './preview';

/**
 * Sun position from the NOAA solar calculator equations (Meeus, "Astronomical Algorithms"):
 * accurate to a fraction of a degree for 1950–2050, far better than the game needs.
 */
const RAD = Math.PI / 180;
const MS_PER_DAY = 86_400_000;

/** Sun's apparent centre on the horizon (refraction 34′ + semi-diameter 16′). */
export const SUNRISE_ELEVATION_DEG = -0.833;
/**
 * Optical and video imaging need the sun well above the horizon: at grazing light shadows hide
 * the ground. Game value: 5° (survey practice uses 5–10°).
 */
export const MIN_IMAGING_SUN_ELEVATION_DEG = 5;

/** Solar elevation above the horizon, degrees (negative below), at a place and UTC instant. */
export function sunElevationDeg(lat: number, lon: number, utcMs: number): number {
  const jd = utcMs / MS_PER_DAY + 2440587.5;
  const t = (jd - 2451545) / 36525;
  const l0 = (((280.46646 + t * (36000.76983 + t * 0.0003032)) % 360) + 360) % 360;
  const m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const c =
    Math.sin(m * RAD) * (1.914602 - t * (0.004817 + 0.000014 * t)) +
    Math.sin(2 * m * RAD) * (0.019993 - 0.000101 * t) +
    Math.sin(3 * m * RAD) * 0.000289;
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega * RAD);
  const eps0 = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const eps = eps0 + 0.00256 * Math.cos(omega * RAD);
  const decl = Math.asin(Math.sin(eps * RAD) * Math.sin(lambda * RAD));
  const y = Math.tan((eps * RAD) / 2) ** 2;
  const eqTimeMin =
    (4 / RAD) *
    (y * Math.sin(2 * l0 * RAD) -
      2 * e * Math.sin(m * RAD) +
      4 * e * y * Math.sin(m * RAD) * Math.cos(2 * l0 * RAD) -
      0.5 * y * y * Math.sin(4 * l0 * RAD) -
      1.25 * e * e * Math.sin(2 * m * RAD));
  const minutesUtc = (((utcMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 60_000;
  const trueSolarMin = (((minutesUtc + eqTimeMin + 4 * lon) % 1440) + 1440) % 1440;
  const hourAngle = (trueSolarMin / 4 - 180) * RAD;
  const cosZenith =
    Math.sin(lat * RAD) * Math.sin(decl) + Math.cos(lat * RAD) * Math.cos(decl) * Math.cos(hourAngle);
  return 90 - Math.acos(Math.max(-1, Math.min(1, cosZenith))) / RAD;
}

/** The sun is above the horizon (civil sunrise/sunset definition). */
export function daylight(lat: number, lon: number, utcMs: number): boolean {
  return sunElevationDeg(lat, lon, utcMs) > SUNRISE_ELEVATION_DEG;
}

/** Light good enough for optical and video sensors (sun ≥ MIN_IMAGING_SUN_ELEVATION_DEG). */
export function imagingLight(lat: number, lon: number, utcMs: number): boolean {
  return sunElevationDeg(lat, lon, utcMs) >= MIN_IMAGING_SUN_ELEVATION_DEG;
}

import { describe, expect, it } from 'vitest';
import { daylight, imagingLight, sunElevationDeg } from '../../../src/rules/sim/sun';

const MOSCOW = { lat: 55.7558, lon: 37.6173 };
const VORKUTA = { lat: 67.4974, lon: 64.0612 };
const ms = (iso: string) => Date.parse(iso);

describe('daylight', () => {
  it.each([
    ['noon in Moscow in June is day', MOSCOW, '2017-06-21T09:00:00Z', true],
    ['midnight in Moscow in June is night', MOSCOW, '2017-06-21T21:00:00Z', false],
    ['noon in Moscow in December is day', MOSCOW, '2017-12-21T09:30:00Z', true],
    ['17:00 Moscow time in December is night', MOSCOW, '2017-12-21T14:00:00Z', false],
    ['midnight sun at Vorkuta in June', VORKUTA, '2017-06-21T20:00:00Z', true],
    ['noon at Dulles in August', { lat: 38.943, lon: -77.457 }, '2017-08-09T17:00:00Z', true],
    ['night at Dulles in August', { lat: 38.943, lon: -77.457 }, '2017-08-09T05:00:00Z', false],
  ])('%s', (_name, p, iso, expected) => {
    expect(daylight(p.lat, p.lon, ms(iso))).toBe(expected);
  });

  it('gives the textbook noon elevation (90° − latitude + declination)', () => {
    let max = -90;
    for (let m = 0; m < 24 * 60; m += 2) {
      max = Math.max(max, sunElevationDeg(MOSCOW.lat, MOSCOW.lon, ms('2017-06-21T00:00:00Z') + m * 60_000));
    }
    expect(max).toBeCloseTo(90 - MOSCOW.lat + 23.44, 0);
    // Equinox at the equator: the sun passes (nearly) overhead.
    let eq = -90;
    for (let m = 0; m < 24 * 60; m += 2)
      eq = Math.max(eq, sunElevationDeg(0, 0, ms('2017-03-20T00:00:00Z') + m * 60_000));
    expect(eq).toBeGreaterThan(89);
  });

  it('has polar night at Vorkuta in late December: no daylight at any minute', () => {
    for (const day of ['2017-12-20', '2017-12-21', '2017-12-22']) {
      for (let m = 0; m < 24 * 60; m += 10) {
        const t = ms(`${day}T00:00:00Z`) + m * 60_000;
        expect(daylight(VORKUTA.lat, VORKUTA.lon, t)).toBe(false);
      }
    }
  });

  it('needs the sun clearly up for imaging (sun just above the horizon is daylight, not imaging light)', () => {
    // Find the Moscow sunrise on 21 June 2017 and check a moment just after it.
    let t = ms('2017-06-20T22:00:00Z');
    while (!daylight(MOSCOW.lat, MOSCOW.lon, t)) t += 60_000;
    const justAfter = t + 5 * 60_000;
    expect(daylight(MOSCOW.lat, MOSCOW.lon, justAfter)).toBe(true);
    expect(imagingLight(MOSCOW.lat, MOSCOW.lon, justAfter)).toBe(false);
    expect(imagingLight(MOSCOW.lat, MOSCOW.lon, ms('2017-06-21T09:00:00Z'))).toBe(true);
    // Sunrise in Moscow on 21 June is about 03:45 MSK = 00:45 UTC.
    const minutesUtc = (t - ms('2017-06-21T00:00:00Z')) / 60_000;
    expect(minutesUtc).toBeGreaterThan(30);
    expect(minutesUtc).toBeLessThan(60);
  });
});

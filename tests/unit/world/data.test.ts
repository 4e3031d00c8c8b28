import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  AIRCRAFT,
  AIRCRAFT_BY_ID,
  AIRFIELDS,
  AIRFIELD_BY_ID,
  ISO_NUMERIC_TO_ALPHA3,
  PARTIES,
  atlasAlpha3,
  maxDistanceInYearKm,
  partiesInYear,
  partiesOn,
} from '../../../src/world';

interface AtlasGeometry {
  id?: string;
  properties: { name: string };
}
const atlasPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as {
  objects: { countries: { geometries: AtlasGeometry[] } };
};
const features = atlas.objects.countries.geometries;

describe('ISO table', () => {
  it('maps every feature of countries-50m to an alpha-3 code', () => {
    const missing = features.filter((f) => atlasAlpha3(f.id, f.properties.name) === undefined);
    expect(missing.map((f) => `${f.id} ${f.properties.name}`)).toEqual([]);
    expect(features.length).toBeGreaterThan(230);
  });

  it('gives distinct features distinct codes (Ashmore and Cartier shares Australia’s id)', () => {
    const byCode = new Map<string, string[]>();
    for (const f of features) {
      const code = atlasAlpha3(f.id, f.properties.name)!;
      byCode.set(code, [...(byCode.get(code) ?? []), f.properties.name]);
    }
    const shared = [...byCode]
      .filter(([, names]) => names.length > 1)
      .map(([code, names]) => [code, names.sort()]);
    expect(shared).toEqual([['AUS', ['Ashmore and Cartier Is.', 'Australia']]]);
  });

  it('has only well-formed entries', () => {
    for (const [num, a3] of Object.entries(ISO_NUMERIC_TO_ALPHA3)) {
      expect(num).toMatch(/^\d{3}$/);
      expect(a3).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe('parties', () => {
  it('lists the 34 States Parties once each, with the ISO ids the atlas uses', () => {
    expect(PARTIES).toHaveLength(34);
    expect(new Set(PARTIES.map((p) => p.iso3)).size).toBe(34);
    for (const p of PARTIES) expect(ISO_NUMERIC_TO_ALPHA3[p.isoNumeric]).toBe(p.iso3);
  });

  it.each([
    ['USA', 42, null],
    ['RUS', 42, 'BLR-RUS'],
    ['BLR', 42, 'BLR-RUS'],
    ['DEU', 12, null],
    ['UKR', 12, null],
    ['NOR', 7, null],
    ['BEL', 6, 'BENELUX'],
    ['NLD', 6, 'BENELUX'],
    ['LUX', 6, 'BENELUX'],
    ['HUN', 4, null],
    ['PRT', 2, null],
    ['SWE', null, null],
    ['GEO', null, null],
  ])('%s: passive quota %s, group %s (Annex A §I)', (iso3, quota, group) => {
    const p = PARTIES.find((x) => x.iso3 === iso3)!;
    expect(p.passiveQuota).toBe(quota);
    expect(p.group).toBe(group);
  });

  it.each([
    [1995, 26, ['RUS', 'USA'], ['SWE', 'FIN']],
    [2002, 26, ['GEO', 'CZE'], ['EST', 'LTU']],
    [2017, 34, ['USA', 'RUS', 'EST', 'BIH'], []],
    [2020, 34, ['USA'], []],
    [2021, 33, ['RUS'], ['USA']],
    [2022, 32, ['UKR', 'BLR'], ['USA', 'RUS']],
  ])('in %d: %d parties', (year, count, present, absent) => {
    const set = partiesInYear(year);
    expect(set.size).toBe(count);
    for (const x of present) expect(set.has(x)).toBe(true);
    for (const x of absent) expect(set.has(x)).toBe(false);
  });

  it.each([
    ['2020-11-21', true, true],
    ['2020-11-22T00:00:00Z', false, true],
    ['2021-12-17', false, true],
    ['2021-12-18', false, false],
  ])('on %s: USA %s, Russia %s', (day, usa, rus) => {
    const set = partiesOn(day);
    expect(set.has('USA')).toBe(usa);
    expect(set.has('RUS')).toBe(rus);
  });
});

describe('airfields', () => {
  it('has the ids of PLAN-FILE.md', () => {
    for (const id of [
      'kubinka',
      'ulan-ude',
      'vorkuta',
      'magadan',
      'dulles',
      'travis',
      'elmendorf',
      'lincoln',
      'honolulu',
      'boryspil',
    ]) {
      expect(AIRFIELD_BY_ID.has(id), id).toBe(true);
    }
    expect(new Set(AIRFIELDS.map((a) => a.id)).size).toBe(AIRFIELDS.length);
  });

  it.each([
    ['kubinka', 5000],
    ['ulan-ude', 5000],
    ['vorkuta', 6500],
    ['magadan', 6500],
    ['dulles', 4900],
    ['travis', 4000],
    ['elmendorf', 3000],
    ['lincoln', 4800],
    ['boryspil', 2100],
    ['honolulu', null],
  ])('%s: %s km as signed (Annex A §III)', (id, km) => {
    expect(AIRFIELD_BY_ID.get(id)!.maxDistanceKm).toBe(km);
  });

  it.each([
    [2005, 5000],
    [2009, 5000],
    [2010, 5500],
    [2017, 5500],
  ])('Kubinka in %d: %d km', (year, km) => {
    expect(maxDistanceInYearKm(AIRFIELD_BY_ID.get('kubinka')!, year)).toBe(km);
  });

  it('gives every airfield a source and its party', () => {
    for (const a of AIRFIELDS) {
      expect(a.source.length).toBeGreaterThan(10);
      expect(PARTIES.some((p) => p.iso3 === a.party)).toBe(true);
      expect(a.role === 'refuelling' || a.maxDistanceKm === null || a.maxDistanceKm > 0).toBe(true);
    }
  });
});

describe('aircraft', () => {
  it.each([
    ['oc-135b', 750, 6000],
    ['tu-154m-lk1', 850, 5200],
    ['tu-214on', 850, 6890],
    ['an-30b', 430, 2630],
    ['c-130-samson', 540, 3800],
    ['saab-340', 500, 1700],
  ])('%s: %d km/h, %d km (FACTS game values)', (id, speed, range) => {
    const a = AIRCRAFT_BY_ID.get(id)!;
    expect(a.cruiseSpeedKmh).toBe(speed);
    expect(a.rangeKm).toBe(range);
  });

  it.each([
    ['oc-135b', 'optical', 900],
    ['tu-214on', 'video', 1100],
    ['tu-214on', 'infrared', 600],
    ['tu-154m-lk1', 'optical', 1100],
  ])('%s %s minimum altitude %d m', (id, kind, minAltitudeM) => {
    expect(AIRCRAFT_BY_ID.get(id)!.sensors.find((s) => s.kind === kind)!.minAltitudeM).toBe(minAltitudeM);
  });

  it('keeps every sensor within the treaty limits', () => {
    const limits = { optical: 0.3, video: 0.3, infrared: 0.5, sar: 3 };
    for (const a of AIRCRAFT) {
      expect(new Set(a.sensors.map((s) => s.kind)).size).toBe(a.sensors.length);
      for (const s of a.sensors) {
        expect(s.limitM).toBe(limits[s.kind]);
        if (s.kind === 'sar') {
          expect(s.resolutionScalesWithAltitude).toBe(false);
          expect(s.maxSwathKm).toBeLessThanOrEqual(25);
          expect(s.blockedByCloud).toBe(false);
        } else {
          expect(s.resolutionScalesWithAltitude).toBe(true);
          expect(s.minAltitudeM).toBeGreaterThan(0);
          expect(s.maxSwathKm).toBeLessThanOrEqual(100);
          expect(s.blockedByCloud).toBe(true);
        }
      }
    }
  });

  it('flies the OC-135B with film cameras only: video, infrared and SAR were planned, never fitted', () => {
    const oc = AIRCRAFT_BY_ID.get('oc-135b')!;
    expect(oc.sensors.map((s) => [s.kind, s.fit])).toEqual([['optical', 'as-flown']]);
    expect(oc.plannedNotFitted).toEqual(['video', 'infrared', 'sar']);
    expect(AIRCRAFT_BY_ID.get('tu-214on')!.sensors.map((s) => s.kind)).toEqual([
      'optical',
      'video',
      'infrared',
      'sar',
    ]);
  });
});

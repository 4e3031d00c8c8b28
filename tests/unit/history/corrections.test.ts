/**
 * One test per row of "Corrections found by checking the shipped game" (shared/treaty/FACTS.md):
 * the date, distance, sensors or words that the shipped game got wrong stay right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/rules/level';
import type { Level } from '../../../src/rules/types';
import { HANDBOOK } from '../../../src/rules/handbook';
import { AIRCRAFT_BY_ID } from '../../../src/world/aircraft';
import { AIRFIELD_BY_ID, maxDistanceInYearKm } from '../../../src/world/airfields';
import { enAll as en } from '../../helpers/english';

const ROOT = join(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

function level(id: string): Level {
  const parsed = parseLevel(JSON.parse(read(`levels/${id}.json`)));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

/** Everything a player reads about a level. */
function allText(l: Level): string {
  const { briefing, bulletin, whatHappened } = l.texts;
  return [briefing, bulletin.title, bulletin.text, whatHappened.text, whatHappened.approximations ?? ''].join(
    '\n',
  );
}

const LEVEL_IDS = [
  '01-training-flight',
  '02-first-flight-over-russia',
  '03-kaliningrad-cap',
  '04-bedminster',
  '05-hawaii',
  '06-georgia-corridor',
  '07-exercise-airspace',
  '08-host-duty',
  '09-withdrawal',
];

describe('corrections table (FACTS.md, 2026-12-01)', () => {
  it('the treaty is still in force: no "1992–2021" anywhere a player or teacher reads', () => {
    for (const path of ['README.md', 'package.json', 'index.html', 'src/i18n/en.ts']) {
      expect(read(path), path).not.toMatch(/1992\s*[–-]\s*2021/);
    }
    for (const id of LEVEL_IDS) expect(allText(level(id)), id).not.toMatch(/1992\s*[–-]\s*2021/);
    expect(en['about.status']).toMatch(/still in force/);
    expect(en['about.status']).toMatch(/22 November 2020/);
    expect(en['about.status']).toMatch(/18 December 2021/);
    expect(en['start.lede']).toMatch(/still in force/);
    expect(read('README.md')).toMatch(/still in force/);
  });

  it('Annex A prints 5,000 km for Kubinka; 5,500 km is the 2017 statement (game value from 2010)', () => {
    const entry = HANDBOOK.find((e) => e.codes.includes('route/too-long'))!;
    const rule = en[`handbook.${entry.id}.rule` as keyof typeof en];
    expect(rule).toMatch(/Kubinka 5,000 km/);
    expect(rule).toMatch(/5,500 km.*game value/);
    const kubinka = AIRFIELD_BY_ID.get('kubinka')!;
    expect(kubinka.maxDistanceKm).toBe(5000);
    expect(maxDistanceInYearKm(kubinka, 2002)).toBe(5000);
    expect(maxDistanceInYearKm(kubinka, 2017)).toBe(5500);
    expect(level('02-first-flight-over-russia').airfields[0]).toEqual({ id: 'kubinka', maxDistanceKm: 5000 });
  });

  it('the OC-135B flies film cameras only: no video, no infrared', () => {
    const oc = AIRCRAFT_BY_ID.get('oc-135b')!;
    expect(oc.sensors.map((s) => s.kind)).toEqual(['optical']);
    expect(oc.plannedNotFitted).toEqual(expect.arrayContaining(['video', 'infrared', 'sar']));
    const ocLevels = LEVEL_IDS.filter((id) => level(id).aircraft === 'oc-135b');
    expect(ocLevels).toEqual([
      '01-training-flight',
      '02-first-flight-over-russia',
      '03-kaliningrad-cap',
      '06-georgia-corridor',
      '07-exercise-airspace',
      '09-withdrawal',
    ]);
    // Infrared appears only where an aircraft that carried it flies: no reference plan of an
    // OC-135B level switches on video or infrared.
    for (const id of ocLevels) {
      for (const kind of ['lawful', 'unlawful']) {
        const plan = JSON.parse(read(`levels/reference/${id}.${kind}.plan.json`)) as {
          waypoints: { sensors: string[] }[];
        };
        for (const w of plan.waypoints)
          expect(w.sensors, id).toEqual(w.sensors.filter((s) => s === 'optical'));
      }
    }
  });

  it('03 tells of the Kaliningrad overflight of 19 February 2020', () => {
    const text = level('03-kaliningrad-cap').texts.whatHappened.text;
    expect(text).toMatch(/19 February 2020/);
    expect(text).toMatch(/Estonian and Lithuanian/);
    expect(text).not.toMatch(/did not lift the cap/);
  });

  it('04: the Bedminster flight of 9 August 2017 started at Wright-Patterson', () => {
    const l = level('04-bedminster');
    expect(l.arrivalUtc.slice(0, 10)).toBe('2017-08-08');
    expect(l.texts.whatHappened.text).toMatch(/9 August 2017.*took off from Wright-Patterson Air Force Base/);
    expect(l.texts.briefing).toMatch(/real flight took off from Wright-Patterson/);
    const wp = l.targets.find((t) => t.id === 'wright-patterson')!;
    expect(wp.lat).toBeCloseTo(39.83, 2);
    expect(wp.lon).toBeCloseTo(-84.05, 2);
    // Why the game still starts at Dulles is said, not hidden.
    expect(l.texts.whatHappened.approximations).toMatch(/not in the 1992 list/);
  });

  it('05 is set on the real flight of August 2019, and the empty year 2018 is explained', () => {
    const l = level('05-hawaii');
    expect(l.arrivalUtc.slice(0, 7)).toBe('2019-08');
    expect(l.texts.briefing).toMatch(/^August 2019/);
    expect(l.texts.whatHappened.text).toMatch(/no quota flights at all in 2018/);
    expect(allText(l)).not.toMatch(/October 2018|Oct 2018/);
  });

  it('09 is labelled hypothetical: flights stopped in 2020, the last US-led one found in February 2020', () => {
    const l = level('09-withdrawal');
    expect(l.texts.briefing).toMatch(/^A what-if/);
    expect(l.texts.briefing).toMatch(/February 2020/);
    expect(l.texts.whatHappened.approximations).toMatch(/hypothetical/);
    expect(l.texts.whatHappened.text).toMatch(/February 2020/);
  });

  it('game values are labelled: the Moscow floor height and the Hawaii cap', () => {
    const moscow = level('09-withdrawal');
    expect(moscow.zones.find((z) => z.properties.kind === 'altitude-floor')?.properties).toMatchObject({
      floorM: 2000,
    });
    expect(moscow.texts.briefing).toMatch(/2,000 m over the city, a game value/);
    expect(moscow.texts.bulletin.text).toMatch(/2,000 m over Moscow \(a game value\)/);
    const hawaii = level('05-hawaii');
    expect(hawaii.texts.briefing).toMatch(/830 km inside the islands' zone, a game value/);
    expect(hawaii.texts.bulletin.text).toMatch(/830 km \(a game value\)/);
  });

  it('06 says the Georgia corridor dates from 2010 and Georgia barred Russian flights from 2012', () => {
    const text = level('06-georgia-corridor').texts.whatHappened.text;
    expect(text).toMatch(/^From 2010 Russia refused observation flights within 10 km/);
    expect(text).toMatch(/from 2012/);
  });

  it('01 (2002) has a map note: Crimea was Ukrainian then, the map draws today’s borders', () => {
    const l = level('01-training-flight');
    expect(l.arrivalUtc.slice(0, 4)).toBe('2002');
    expect(l.texts.briefing).toMatch(
      /Map note: the map shows today's borders, so Crimea, which was part of Ukraine in 2002/,
    );
    expect(l.texts.whatHappened.approximations).toMatch(/In 2002 Crimea was part of Ukraine/);
  });
});

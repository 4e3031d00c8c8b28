/**
 * The campaign's level files (levels/NN-*.json): they parse, they match GAME.md's campaign
 * table, their airfields, aircraft and distances follow FACTS' game values, their targets lie
 * in the host's territory, and their texts keep the promises a teacher relies on.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { levelYear, parseLevel } from '../../../src/rules/level';
import { worldIndex } from '../../../src/rules/geo';
import type {
  AirspaceZone,
  FindingCode,
  Level,
  TargetKind,
  ZoneFeature,
  ZoneKind,
} from '../../../src/rules/types';
import { AIRCRAFT_BY_ID } from '../../../src/world/aircraft';
import { AIRFIELD_BY_ID } from '../../../src/world/airfields';
import { partiesInYear } from '../../../src/world/parties';
import { loadWorldNode } from '../../../src/world/load-node';
import { LEVELS_DIR, levelFiles, readJson } from './files';

const FILES = levelFiles();
const LEVELS: { file: string; raw: unknown; level: Level }[] = FILES.map((file) => {
  const raw = readJson(file);
  const parsed = parseLevel(raw);
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
  return { file, raw, level: parsed.value };
});
const byId = (id: string): Level => {
  const found = LEVELS.find((l) => l.level.id === id);
  if (!found) throw new Error(`no level ${id}`);
  return found.level;
};

/** GAME.md's campaign table: id, observer → host, and when (year or year-month). */
const CAMPAIGN: readonly [id: string, observer: string, host: string, when: string][] = [
  ['01-training-flight', 'USA', 'UKR', '2002'],
  ['02-first-flight-over-russia', 'USA', 'RUS', '2002-12'],
  ['03-kaliningrad-cap', 'USA', 'RUS', '2017'],
  ['04-bedminster', 'RUS', 'USA', '2017-08'],
  ['05-hawaii', 'RUS', 'USA', '2019'],
  ['06-georgia-corridor', 'USA', 'RUS', '2019'],
  ['07-exercise-airspace', 'USA', 'RUS', '2019'],
  ['08-host-duty', 'RUS', 'USA', '2019'],
  ['09-withdrawal', 'USA', 'RUS', '2020'],
];

/** The resolution a site needs (GAME.md: ship 3 m, aircraft type 1 m, vehicles 0.5 m). */
const RESOLUTION_BY_KIND: Record<TargetKind, number> = {
  ship: 3,
  port: 3,
  runway: 3,
  radar: 3,
  aircraft: 1,
  hangar: 1,
  building: 1,
  'launch-pad': 1,
  vehicles: 0.5,
};

/** The finding each zone kind raises (src/rules/checks/zones.ts). */
const CODE_OF_ZONE_KIND: Record<ZoneKind, FindingCode> = {
  'distance-cap': 'restriction/distance-cap',
  corridor: 'restriction/corridor',
  'altitude-floor': 'restriction/altitude-floor',
  hazardous: 'airspace/hazardous',
  exercise: 'airspace/exercise',
};

/** Even-odd ray casting in lon/lat (fine for these small, simple rings). */
function inRing(ring: number[][], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z"'‘“])/).filter((s) => s.trim());

describe('campaign level files', () => {
  it('has the nine campaign levels, in campaign order', () => {
    const campaign = CAMPAIGN.map(([id]) => `${id}.json`);
    expect(FILES.filter((f) => campaign.includes(f))).toEqual(campaign);
  });

  it.each(CAMPAIGN)('%s: %s observes %s in %s', (id, observer, host, when) => {
    const level = byId(id);
    expect(level.observer).toBe(observer);
    expect(level.host).toBe(host);
    expect(level.arrivalUtc.startsWith(when)).toBe(true);
  });

  it.each(LEVELS)('$file: id matches the file name and the schema link', ({ file, raw, level }) => {
    expect(`${level.id}.json`).toBe(file);
    expect((raw as { $schema?: string }).$schema).toBe('./level.schema.json');
  });

  it.each(LEVELS)('$file: both sides are treaty parties that year', ({ level }) => {
    const parties = partiesInYear(levelYear(level));
    expect(parties.has(level.observer)).toBe(true);
    expect(parties.has(level.host)).toBe(true);
  });

  it.each(LEVELS)('$file: host territory is the host, with Belarus for Russia', ({ level }) => {
    expect(level.hostTerritory).toEqual(level.host === 'RUS' ? ['RUS', 'BLR'] : [level.host]);
  });

  it.each(LEVELS)('$file: the aircraft exists and belongs to the observer', ({ level }) => {
    expect(AIRCRAFT_BY_ID.get(level.aircraft)?.operator).toContain(level.observer);
  });

  it.each(LEVELS)('$file: airfields are the host’s, with FACTS distances for the year', ({ level }) => {
    const year = levelYear(level);
    for (const { id, maxDistanceKm } of level.airfields) {
      const airfield = AIRFIELD_BY_ID.get(id);
      expect(airfield, id).toBeDefined();
      expect(level.hostTerritory).toContain(airfield!.party);
      if (id === 'kubinka') expect(maxDistanceKm).toBe(year < 2010 ? 5000 : 5500);
      else if (airfield!.maxDistanceKm !== null) expect(maxDistanceKm, id).toBe(airfield!.maxDistanceKm);
    }
  });

  it.each(LEVELS)('$file: 4–8 targets inside the host territory, resolution by kind', ({ level }) => {
    const world = worldIndex(loadWorldNode(levelYear(level)));
    expect(level.targets.length).toBeGreaterThanOrEqual(4);
    expect(level.targets.length).toBeLessThanOrEqual(8);
    expect(level.targets.some((t) => t.objective)).toBe(true);
    for (const t of level.targets) {
      const inside = level.hostTerritory.some((iso3) => world.inTerritory(iso3, { lat: t.lat, lon: t.lon }));
      expect(inside, `${t.id} at ${t.lat}, ${t.lon}`).toBe(true);
      expect(t.resolutionNeededM, t.id).toBe(RESOLUTION_BY_KIND[t.kind]);
    }
  });

  it.each(LEVELS)('$file: zones have real geometry and their kind’s parameter', ({ level }) => {
    for (const zone of level.zones) {
      const g = zone.geometry;
      const points = g.type === 'LineString' ? g.coordinates.length : g.coordinates.flat(2).length;
      expect(points, zone.properties.id).toBeGreaterThanOrEqual(g.type === 'LineString' ? 2 : 4);
      const p = zone.properties;
      if (p.kind === 'distance-cap') expect(p.capKm).toBeGreaterThan(0);
      if (p.kind === 'corridor') expect(p.bufferKm).toBe(10);
      if (p.kind === 'altitude-floor') expect(p.floorM).toBeGreaterThan(0);
    }
  });

  it.each(LEVELS)('$file: texts a teacher can use', ({ level }) => {
    const { briefing, bulletin, whatHappened, questions } = level.texts;
    expect(sentences(briefing).length).toBeGreaterThanOrEqual(3);
    expect(sentences(briefing).length).toBeLessThanOrEqual(6);
    expect(bulletin.codes.length).toBeGreaterThan(0);
    expect(whatHappened.sources.length).toBeGreaterThan(0);
    expect(whatHappened.approximations?.trim()).toBeTruthy();
    expect(questions).toHaveLength(3);
    for (const q of questions) expect(q.endsWith('?'), q).toBe(true);
  });

  it.each(LEVELS)('$file: the host yields only on codes one of its zones can raise', ({ level }) => {
    const raisable = new Set(level.zones.map((z) => CODE_OF_ZONE_KIND[z.properties.kind]));
    for (const code of level.hostBehaviour.yieldsToProtest) expect(raisable.has(code), code).toBe(true);
  });

  it.each(LEVELS)('$file: the bulletin names codes, and zone codes only with a zone', ({ level }) => {
    const raisable = new Set(level.zones.map((z) => CODE_OF_ZONE_KIND[z.properties.kind]));
    const zoneCodes = new Set(Object.values(CODE_OF_ZONE_KIND));
    for (const code of level.texts.bulletin.codes) {
      if (zoneCodes.has(code)) expect(raisable.has(code), code).toBe(true);
    }
  });
});

describe('level design decisions', () => {
  const zone = (level: Level, id: string): ZoneFeature => {
    const found = level.zones.find((z) => z.properties.id === id);
    if (!found) throw new Error(`no zone ${id} in ${level.id}`);
    return found;
  };

  it('01 is a friendly tutorial over Ukraine from Boryspil with 2,100 km', () => {
    const level = byId('01-training-flight');
    expect(level.airfields).toEqual([{ id: 'boryspil', maxDistanceKm: 2100 }]);
    expect(level.zones).toEqual([]);
    expect(level.weather.cloudCover).toBeLessThanOrEqual(0.2);
  });

  it.each([
    ['03-kaliningrad-cap', 'kaliningrad-cap', 500],
    ['05-hawaii', 'hawaii-cap', 830],
  ])('%s caps %s at %i km and the host does not yield (history)', (id, zoneId, capKm) => {
    const level = byId(id);
    expect(zone(level, zoneId).properties).toMatchObject({ kind: 'distance-cap', capKm });
    expect(level.hostBehaviour.yieldsToProtest).not.toContain('restriction/distance-cap');
    expect(level.texts.bulletin.codes).toContain('restriction/distance-cap');
  });

  it('06 claims 10 km corridors along both Russia–Georgia sections and holds them', () => {
    const level = byId('06-georgia-corridor');
    const abkhazia = zone(level, 'abkhazia-corridor').geometry.coordinates as number[][];
    const ossetia = zone(level, 'south-ossetia-corridor').geometry.coordinates as number[][];
    // FACTS: from the Psou mouth (≈ 43.39 N, 40.01 E) to about 42.1 E; and 43.6–44.5 E.
    expect(abkhazia[0]![0]).toBeCloseTo(40.0, 0);
    expect(abkhazia[0]![1]).toBeCloseTo(43.4, 1);
    expect(abkhazia.at(-1)![0]).toBeCloseTo(42.1, 1);
    expect(ossetia[0]![0]).toBeCloseTo(43.6, 1);
    expect(ossetia.at(-1)![0]).toBeCloseTo(44.5, 1);
    expect(level.hostBehaviour.yieldsToProtest).not.toContain('restriction/corridor');
  });

  it('protest works where the treaty backs it: hazardous and exercise airspace', () => {
    expect(byId('02-first-flight-over-russia').hostBehaviour.yieldsToProtest).toContain('airspace/hazardous');
    expect(byId('04-bedminster').hostBehaviour.yieldsToProtest).toContain('airspace/hazardous');
    expect(byId('07-exercise-airspace').hostBehaviour.yieldsToProtest).toContain('airspace/exercise');
    expect(byId('09-withdrawal').hostBehaviour.yieldsToProtest).not.toContain('restriction/altitude-floor');
  });

  it('07 is framed as a typical case, never as history', () => {
    const level = byId('07-exercise-airspace');
    expect(level.texts.whatHappened.text).toMatch(/typical case, not a recorded event/);
    const exercise = level.zones
      .map((z) => z.properties)
      .find((p): p is AirspaceZone => p.kind === 'exercise');
    expect(exercise?.activeFromH).toBeLessThan(exercise?.activeToH ?? -1);
  });

  it('the Kaliningrad cap covers the oblast’s targets and Hawaii’s covers Honolulu', () => {
    const kgd = byId('03-kaliningrad-cap');
    const ring = (zone(kgd, 'kaliningrad-cap').geometry.coordinates as number[][][])[0]!;
    for (const t of kgd.targets) expect(inRing(ring, t.lon, t.lat), t.id).toBe(true);
    // West of Lithuania: the oblast's land border ends at about 22.9° E; Kubinka is far outside.
    expect(Math.max(...ring.map((p) => p[0]!))).toBeLessThan(23);
    expect(inRing(ring, 36.653, 55.608)).toBe(false);
    const hawaii = (zone(byId('05-hawaii'), 'hawaii-cap').geometry.coordinates as number[][][])[0]!;
    const honolulu = AIRFIELD_BY_ID.get('honolulu')!;
    expect(inRing(hawaii, honolulu.lon, honolulu.lat)).toBe(true);
    for (const t of byId('05-hawaii').targets) expect(inRing(hawaii, t.lon, t.lat), t.id).toBe(true);
  });

  it('zone geometry is what levels/tools/make-zones.mjs generates from the atlas', () => {
    expect(() =>
      execFileSync('node', ['tools/make-zones.mjs', '--check'], { cwd: LEVELS_DIR, stdio: 'pipe' }),
    ).not.toThrow();
  });
});

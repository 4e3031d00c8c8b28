import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captionInterpretation,
  degradation,
  IDENTIFY_BAND_M,
  interpretation,
  SCENE_M,
  TARGET_SIZE_M,
} from '../../../src/ui/debrief/degrade';

describe('capture degradation maths', () => {
  it.each([
    // resolution m, scene m, size px → sample px, cells, blur px
    [0.3, 90, 240, 1, 240, 0],
    [1, 90, 240, 2.67, 90, 1.6],
    [3, 90, 240, 8, 30, 4.8],
    [3, 220, 240, 3.27, 73, 2],
    [0.1, 90, 240, 1, 240, 0], // finer than a pixel: the canvas is the limit
  ])('%s m over %s m on %s px', (res, scene, size, samplePx, cells, blurPx) => {
    const d = degradation(res, scene, size);
    expect(d.samplePx).toBeCloseTo(samplePx, 2);
    expect(d.cells).toBe(cells);
    expect(d.blurPx).toBeCloseTo(blurPx, 1);
  });

  it('coarser resolution never gives more cells or less blur', () => {
    let prev = degradation(0.05, SCENE_M.aircraft!, 240);
    for (let r = 0.1; r <= 10; r += 0.1) {
      const d = degradation(r, SCENE_M.aircraft!, 240);
      expect(d.cells).toBeLessThanOrEqual(prev.cells);
      expect(d.blurPx).toBeGreaterThanOrEqual(prev.blurPx);
      prev = d;
    }
  });

  it('the same aircraft at 0.3 m and 3 m looks different: 10× fewer cells and a blur', () => {
    const sharp = degradation(0.3, SCENE_M.aircraft!, 240);
    const coarse = degradation(3, SCENE_M.aircraft!, 240);
    expect(sharp.blurPx).toBe(0);
    expect(coarse.blurPx).toBeGreaterThan(4);
    expect(sharp.cells / coarse.cells).toBeGreaterThanOrEqual(8);
  });

  it.each([
    [0.3, 'aircraft', 'identify'],
    [1, 'aircraft', 'recognise'],
    [3, 'aircraft', 'detect'],
    [3, 'ship', 'recognise'],
    [0.5, 'vehicles', 'recognise'],
    [3, 'vehicles', 'detect'],
    [10, 'vehicles', null],
  ] as const)('%s m on a %s: %s', (res, kind, level) => {
    expect(interpretation(res, TARGET_SIZE_M[kind]!)).toBe(level);
  });

  it('survives nonsense input', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const d = degradation(bad, bad, 240);
      expect(Number.isFinite(d.samplePx)).toBe(true);
      expect(d.cells).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('caption claims follow the game’s resolution bands', () => {
  it('"identifiable" exactly when the image is as sharp as the site needs', () => {
    // An aircraft needs 1 m: 0.9 m counts and is identifiable, 1.6 m is not.
    expect(captionInterpretation(0.9, 1, TARGET_SIZE_M.aircraft!)).toBe('identify');
    expect(captionInterpretation(1, 1, TARGET_SIZE_M.aircraft!)).toBe('identify');
    expect(captionInterpretation(1.6, 1, TARGET_SIZE_M.aircraft!)).toBe('recognise');
    expect(captionInterpretation(3, 0.5, TARGET_SIZE_M.vehicles!)).not.toBe('identify');
    // A ship needs 3 m: a 3 m radar image counts, so it is identifiable.
    expect(captionInterpretation(3, 3, TARGET_SIZE_M.ship!)).toBe('identify');
  });

  it('never claims more than a blob far beyond the band', () => {
    expect(captionInterpretation(10, 1, TARGET_SIZE_M.aircraft!)).toBe('detect');
    expect(captionInterpretation(100, 1, TARGET_SIZE_M.aircraft!)).toBeNull();
  });
});

describe('drawn by what the site holds', () => {
  it('bombers, radar aircraft, transports and fighters each get their own silhouette', async () => {
    const s = await import('../../../src/ui/debrief/aircraft');
    expect(s.aircraftDrawing('Engels-2 air base (Tu-160 and Tu-95MS bombers)')).toBe(s.bomber);
    expect(s.aircraftDrawing('Ivanovo Severny air base (radar aircraft)')).toBe(s.radarAircraft);
    expect(s.aircraftDrawing('Migalovo air base, Tver (transport aircraft)')).toBe(s.transport);
    expect(s.aircraftDrawing('Lipetsk (Su-30 fighters)')).toBe(s.fighter);
    expect(s.aircraftDrawing('Wright-Patterson Air Force Base')).toBe(s.aircraft);
  });

  it('ship classes, named buildings and radars get drawings of their own, with room to fit', async () => {
    const ships = await import('../../../src/ui/debrief/ships');
    const b = await import('../../../src/ui/debrief/buildings');
    const g = await import('../../../src/ui/debrief/ground');
    const { drawingFor } = await import('../../../src/ui/debrief/silhouettes');
    expect(drawingFor('ship', 'Naval Station Norfolk').draw).toBe(ships.carrier);
    expect(drawingFor('ship', 'Shipyards of Mykolaiv Ships on the slipways').draw).toBe(ships.shipyard);
    expect(drawingFor('ship', 'Baltiysk naval base (Baltic Fleet)').draw).toBe(ships.naval);
    expect(drawingFor('ship', 'A submarine at sea').draw).toBe(ships.submarine);
    expect(drawingFor('ship', 'A frigate').draw).toBe(ships.warship);
    expect(drawingFor('building', 'The Pentagon').draw).toBe(b.pentagon);
    expect(drawingFor('building', 'US Capitol').draw).toBe(b.capitol);
    expect(drawingFor('building', 'The Kremlin').draw).toBe(b.kremlin);
    expect(drawingFor('building', 'Maui space surveillance site Telescope domes').draw).toBe(b.domes);
    expect(drawingFor('building', 'Chornobyl nuclear power plant').draw).toBe(b.shelter);
    expect(drawingFor('building', 'Kremenchuk dam on the Dnipro').draw).toBe(b.dam);
    expect(drawingFor('building', 'Camp David').draw).toBe(g.building);
    expect(drawingFor('radar', 'Don-2N missile-defence radar, Sofrino').draw).toBe(g.radarPyramid);
    expect(drawingFor('radar', 'Field command post and antennas').draw).toBe(g.radar);
    expect(drawingFor('launch-pad', 'Plesetsk').draw).toBe(g.launchPad);
    expect(drawingFor('vehicles', "Trump National Golf Club The president's vehicles").draw).toBe(
      g.motorcade,
    );
    expect(drawingFor('vehicles', 'Vehicle park near Baltiysk').draw).toBe(g.vehicles);
    // A named building larger than the usual scene gets a wider one (the Pentagon is ~480 m across).
    expect(drawingFor('building', 'The Pentagon').sceneM).toBeGreaterThan(SCENE_M.building! * 3);
    expect(drawingFor('ship', 'Naval Station Norfolk').sceneM).toBeGreaterThan(SCENE_M.ship!);
  });
});

describe('the bands the caption uses', () => {
  it('every shipped site needs the resolution its kind’s band sets (or finer)', () => {
    for (const f of readdirSync('levels').filter((n) => /^\d\d-.*\.json$/.test(n))) {
      const level = JSON.parse(readFileSync(join('levels', f), 'utf8')) as {
        targets: { id: string; kind: string; resolutionNeededM: number }[];
      };
      for (const t of level.targets)
        expect(t.resolutionNeededM, `${f} ${t.id} (${t.kind})`).toBeLessThanOrEqual(IDENTIFY_BAND_M[t.kind]!);
    }
  });

  it('a level asking less than the band does not make a coarse picture "identifiable"', () => {
    // An aircraft site that asks only 3 m: a 3 m picture counts but shows no aircraft type.
    expect(captionInterpretation(3, 3, TARGET_SIZE_M.aircraft!, IDENTIFY_BAND_M.aircraft)).toBe('recognise');
    expect(captionInterpretation(0.8, 3, TARGET_SIZE_M.aircraft!, IDENTIFY_BAND_M.aircraft)).toBe('identify');
    expect(captionInterpretation(3, 3, TARGET_SIZE_M.ship!, IDENTIFY_BAND_M.ship)).toBe('identify');
  });
});

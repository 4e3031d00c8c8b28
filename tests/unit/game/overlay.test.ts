import { describe, expect, it } from 'vitest';
import { bufferLine, focusBounds, type OverlayGeometry } from '../../../src/game/overlay-data';
import { distanceToLegKm } from '../../../src/rules/sim/sphere';
import { mapPx, type MapBounds } from '../../../src/game/projection';

describe('bufferLine', () => {
  it.each([
    [
      10,
      [
        [40, 43],
        [42, 43.5],
      ],
    ],
    [
      25,
      [
        [20, 54],
        [20.5, 55],
        [21, 55.2],
      ],
    ],
  ] as const)('no corner of a %s km buffer comes closer to the line than that', (km, line) => {
    const ring = bufferLine(line, km);
    expect(ring.length).toBeGreaterThan(4);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const [lon, lat] of ring.slice(0, -1)) {
      let best = Infinity;
      for (let i = 0; i + 1 < line.length; i++) {
        const a = line[i]!;
        const b = line[i + 1]!;
        best = Math.min(
          best,
          distanceToLegKm({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] }, { lon, lat }),
        );
      }
      expect(best).toBeGreaterThan(km * 0.97);
      // Outer corners of a bend are mitred: a little farther, never closer.
      expect(best).toBeLessThan(km * 1.5);
    }
  });
  it('no buffer for a line of one point', () => {
    expect(bufferLine([[1, 2]], 10)).toEqual([]);
  });
});

describe('focusBounds', () => {
  const fallback: MapBounds = [
    [0, 0],
    [1000, 600],
  ];
  const airfield = (x: number, y: number) => ({
    id: 'a',
    name: 'A',
    at: mapPx(x, y),
    ring: [],
    reachKm: null,
  });
  const target = (x: number, y: number) => ({
    id: 't',
    name: 'T',
    kind: 'ship' as const,
    objective: true,
    at: mapPx(x, y),
  });

  it('frames the first airfield and the sites, not the airfields across the country', () => {
    const o: OverlayGeometry = {
      airfields: [airfield(100, 100), airfield(900, 500)],
      zones: [],
      targets: [target(200, 200), target(150, 300)],
    };
    const [[x0, y0], [x1, y1]] = focusBounds(o, fallback);
    expect(x0).toBeLessThan(100);
    expect(y0).toBeLessThan(100);
    expect(x1).toBeGreaterThan(200);
    expect(y1).toBeGreaterThan(300);
    expect(x1).toBeLessThan(900);
  });

  it('without sites or zones the party itself is framed', () => {
    expect(focusBounds({ airfields: [airfield(1, 1)], zones: [], targets: [] }, fallback)).toBe(fallback);
  });

  it('a single site next to the airfield still shows some country around it', () => {
    const [[x0], [x1]] = focusBounds(
      { airfields: [airfield(500, 300)], zones: [], targets: [target(501, 300)] },
      fallback,
    );
    expect(x1 - x0).toBeGreaterThanOrEqual(1000 / 20);
  });
});

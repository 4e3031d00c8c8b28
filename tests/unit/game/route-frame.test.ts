/** Sandbox framing (issue 10): the take-off airfield's reach over the territory; "Fit route" frames the route. */
import { describe, expect, it } from 'vitest';
import { homeFrame } from '../../../src/game/route-frame';
import type { OverlayGeometry } from '../../../src/game/overlay-data';
import { mapPx, type MapBounds } from '../../../src/game/projection';

/** A square ring of half-side r around (x, y), flat map px. */
const ring = (x: number, y: number, r: number): number[] => [
  x - r,
  y - r,
  x + r,
  y - r,
  x + r,
  y + r,
  x - r,
  y + r,
];

function overlay(
  home: { x: number; y: number; r: number },
  extra: Partial<OverlayGeometry> = {},
): OverlayGeometry {
  return {
    airfields: [
      { id: 'far', name: 'Far', at: mapPx(900, 900), ring: [ring(900, 900, 50)], reachKm: 100 },
      {
        id: 'home',
        name: 'Home',
        at: mapPx(home.x, home.y),
        ring: [ring(home.x, home.y, home.r)],
        reachKm: 1000,
      },
    ],
    zones: [],
    targets: [],
    ...extra,
  };
}

describe('homeFrame', () => {
  const territory: MapBounds = [
    [0, 0],
    [1000, 1000],
  ];

  it('a large host: the chosen airfield’s reach, not the whole territory nor the first airfield', () => {
    expect(homeFrame(overlay({ x: 200, y: 300, r: 150 }), territory, 'home')).toEqual([
      [50, 150],
      [350, 450],
    ]);
  });

  it('the reach is cut to the territory (a small host shows whole), and always holds the airfield', () => {
    expect(homeFrame(overlay({ x: 100, y: 100, r: 5000 }), territory, 'home')).toEqual(territory);
    // An airfield just outside the territory's box still shows.
    const f = homeFrame(overlay({ x: 1100, y: 500, r: 300 }), territory, 'home')!;
    expect(f[1][0]).toBe(1100);
    expect(f[0][0]).toBe(800);
    // One far from the main territory (Alaska): its own reach.
    expect(homeFrame(overlay({ x: -900, y: -600, r: 200 }), territory, 'home')).toEqual([
      [-1100, -800],
      [-700, -400],
    ]);
  });

  it('missions with sites or zones keep their own frame; an unknown airfield gives none', () => {
    const withSite = overlay(
      { x: 200, y: 300, r: 150 },
      { targets: [{ id: 't', name: 'T', kind: 'aircraft', objective: true, at: mapPx(10, 10) }] },
    );
    expect(homeFrame(withSite, territory, 'home')).toBeNull();
    expect(homeFrame(overlay({ x: 200, y: 300, r: 150 }), territory, 'nowhere')).toBeNull();
    expect(homeFrame(overlay({ x: 200, y: 300, r: 150 }), territory, null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { loadTopologyNode } from '../../../src/world/load-node';
import { asCountriesTopology, hostPolygons } from '../../../src/game/map-data';
import { createMapProjection, lonLat } from '../../../src/game/projection';
import { groupTerritory } from '../../../src/game/subject';
import { mapHudOf, northDegAt } from '../../../src/game/map-hud';
import { distanceKm } from '../../../src/rules/geo/sphere';
import type { View } from '../../../src/game/view';

const topology = asCountriesTopology(loadTopologyNode());
if (!topology) throw new Error('world-atlas topology did not load');
const russia = createMapProjection({ polygons: hostPolygons(topology, new Set(groupTerritory('RUS'))) });

/** A view centred on a place at a zoom. */
function viewAt(lon: number, lat: number, zoom: number): View {
  const c = russia.toMap(lonLat(lon, lat));
  return { cx: c.x, cy: c.y, zoom, widthPx: 1280, heightPx: 800 };
}

describe('mapHudOf (the Hud scale and north arrow)', () => {
  it('gives km per device px that match the distance across 100 px, and halves when zoomed in 2×', () => {
    const v = viewAt(40, 55, 4);
    const hud = mapHudOf(russia, v, { zones: true, targets: false });
    const a = russia.toLonLat(russia.toMap(lonLat(40, 55)));
    const east = russia.toMap(lonLat(40, 55));
    const b = russia.toLonLat({ x: east.x + 100 / v.zoom, y: east.y } as typeof east);
    const km = distanceKm({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] });
    expect(hud.kmPerPx).toBeCloseTo(km / 100, 6);
    const closer = mapHudOf(russia, { ...v, zoom: 8 }, { zones: true, targets: false }).kmPerPx;
    expect(closer / hud.kmPerPx).toBeCloseTo(0.5, 3);
    expect(hud.zones).toBe(true);
    expect(hud.targets).toBe(false);
  });

  it('turns north left east of the central meridian and right west of it (a conic map)', () => {
    const east = northDegAt(russia, 160, 62);
    const west = northDegAt(russia, 30, 58);
    expect(east).toBeLessThan(-5);
    expect(west).toBeGreaterThan(5);
  });

  it('says 0 when north is not defined there', () => {
    const nan = { toMap: () => ({ x: NaN, y: NaN }) as never };
    expect(northDegAt(nan, 0, 0)).toBe(0);
  });
});

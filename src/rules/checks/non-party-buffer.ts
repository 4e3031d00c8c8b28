/**
 * Art. VI §II.2: the flight path may come no closer than 10 km to the border of a state that
 * is not a party to the treaty (in the level's year: world.parties). Exactly 10 km is lawful.
 */
import type { WorldGeo } from '../types';
import type { Finding } from '../types';
import type { Iso3 } from '../../world/types';
import { finding, round1 } from './codes';
import { closestPoint } from './closest';
import type { Check } from './types';

export const NON_PARTY_BUFFER_KM = 10;
/** ~10 km in degrees of latitude plus margin; longitude is widened by 1/cos(lat) below. */
const BUFFER_DEG = 0.1;

interface NonParty {
  iso3: Iso3;
  name: string;
  bbox: readonly [number, number, number, number];
}

// Static per world (parties of the year): which states are non-parties. Not a result cache.
const nonPartiesByWorld = new WeakMap<WorldGeo, NonParty[]>();

function nonParties(world: WorldGeo): NonParty[] {
  let list = nonPartiesByWorld.get(world);
  if (!list) {
    list = [...world.states.values()]
      .filter((s) => !world.parties.has(s.iso3))
      .map((s) => ({ iso3: s.iso3, name: s.name, bbox: s.bbox }))
      .sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
    nonPartiesByWorld.set(world, list);
  }
  return list;
}

export const checkNonPartyBuffer: Check = (_plan, ctx, d) => {
  const out: Finding[] = [];
  const states = nonParties(ctx.world);
  for (const leg of d.legs) {
    const minLat = Math.min(leg.from.lat, leg.to.lat);
    const maxLat = Math.max(leg.from.lat, leg.to.lat);
    const cosLat = Math.max(0.05, Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180));
    const lonPad = BUFFER_DEG / cosLat;
    const minLon = Math.min(leg.from.lon, leg.to.lon);
    const maxLon = Math.max(leg.from.lon, leg.to.lon);
    // Great circles bulge poleward and legs may cross the antimeridian: only prefilter short,
    // ordinary legs by bounding box; long ones go to the exact test.
    const boxed = maxLon - minLon < 180 && leg.lengthKm < 1000;
    const latPad = BUFFER_DEG + (boxed ? leg.lengthKm * leg.lengthKm * 1e-6 : 0);
    for (const s of states) {
      if (boxed) {
        const [sMinLon, sMinLat, sMaxLon, sMaxLat] = s.bbox;
        if (sMinLat > maxLat + latPad || sMaxLat < minLat - latPad) continue;
        if (sMinLon > maxLon + lonPad || sMaxLon < minLon - lonPad) continue;
      }
      const area = d.world.state(s.iso3);
      if (!area) continue;
      const km = area.legDistanceToBoundaryKm(leg.from, leg.to, NON_PARTY_BUFFER_KM);
      const inside = km === Infinity ? area.firstPointInside(leg.from, leg.to) : null;
      if (km >= NON_PARTY_BUFFER_KM && inside === null) continue;
      const at =
        inside ?? closestPoint(leg.from, leg.to, (p) => area.distanceToBoundaryKm(p, NON_PARTY_BUFFER_KM));
      out.push(
        finding(
          'route/non-party-buffer',
          { state: s.name, iso3: s.iso3, distanceKm: inside ? 0 : round1(km), bufferKm: NON_PARTY_BUFFER_KM },
          { leg: leg.index, at },
        ),
      );
    }
  }
  return out;
};

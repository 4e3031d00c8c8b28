/**
 * Art. VI §II.2: the flight path may come no closer than 10 km to the border of a state that
 * is not a party to the treaty (in the level's year: world.parties). Exactly 10 km is lawful.
 */
import Flatbush from 'flatbush';
import type { Finding, WorldGeo } from '../types';
import type { Iso3 } from '../../world/types';
import { finding, round1 } from './codes';
import { closestPoint } from './closest';
import { padDegrees } from './leg-box';
import type { Check } from './types';

export const NON_PARTY_BUFFER_KM = 10;

interface NonParties {
  iso3: Iso3[];
  names: string[];
  /** R-tree of the states' boxes; ids are indexes into iso3 / names. */
  tree: Flatbush | null;
}

// Static per world (its parties are those of the level's year). Not a result cache.
const nonPartiesByWorld = new WeakMap<WorldGeo, NonParties>();

function nonParties(world: WorldGeo): NonParties {
  let np = nonPartiesByWorld.get(world);
  if (!np) {
    const states = [...world.states.values()]
      .filter((s) => !world.parties.has(s.iso3))
      .sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
    let tree: Flatbush | null = null;
    if (states.length > 0) {
      tree = new Flatbush(states.length);
      for (const s of states) tree.add(s.bbox[0], s.bbox[1], s.bbox[2], s.bbox[3]);
      tree.finish();
    }
    np = { iso3: states.map((s) => s.iso3), names: states.map((s) => s.name), tree };
    nonPartiesByWorld.set(world, np);
  }
  return np;
}

export const checkNonPartyBuffer: Check = (_plan, ctx, d) => {
  const out: Finding[] = [];
  const { iso3, names, tree } = nonParties(ctx.world);
  if (!tree) return out;
  for (const leg of d.legs) {
    const [x0, y0, x1, y1] = leg.box;
    const [dLon, dLat] = padDegrees(leg.box, NON_PARTY_BUFFER_KM);
    // Ascending ids keep the findings' order independent of the tree's layout.
    const near = tree.search(x0 - dLon, y0 - dLat, x1 + dLon, y1 + dLat).sort((a, b) => a - b);
    for (const k of near) {
      const code = iso3[k]!;
      // The observed state (and its group) is a party to this flight whatever the year's list says.
      if (d.hostStates.has(code)) continue;
      const area = d.world.state(code);
      if (!area) continue;
      const km = area.legDistanceToBoundaryKm(leg.from, leg.to, NON_PARTY_BUFFER_KM);
      // A leg far inside the state never comes near its border: test for that too.
      const inside = km === Infinity ? area.firstPointInside(leg.from, leg.to) : null;
      if (km >= NON_PARTY_BUFFER_KM && inside === null) continue;
      const at =
        inside ?? closestPoint(leg.from, leg.to, (p) => area.distanceToBoundaryKm(p, NON_PARTY_BUFFER_KM));
      out.push(
        finding(
          'route/non-party-buffer',
          {
            state: names[k]!,
            iso3: code,
            distanceKm: inside ? 0 : round1(km),
            bufferKm: NON_PARTY_BUFFER_KM,
            ...(inside || km === 0 ? { variant: 'enters' } : {}),
          },
          { leg: leg.index, at },
        ),
      );
    }
  }
  return out;
};

/**
 * Art. VI §II.3: an observation flight ends at an Open Skies airfield of the observed party.
 * In the game that is one of the level's airfields that lies in the host's territory
 * (a group partner's airfield counts, as Belarus does for Russia). The level's list is the
 * authority: a field the treaty lists for refuelling (Honolulu) may serve as a mission's
 * Open Skies airfield when the level says so (level 05 flies from Honolulu).
 */
import { finding } from './codes';
import type { Check } from './types';

export const checkBadEnd: Check = (_plan, ctx, d) => {
  const listed = ctx.level.airfields.some((a) => a.id === d.endId);
  const hostOwned = d.end !== undefined && d.hostStates.has(d.end.party);
  if (listed && hostOwned) return [];
  const lastLeg = d.legs[d.legs.length - 1];
  return [
    finding(
      'route/bad-end',
      {
        airfield: d.end?.name ?? d.endId,
        host: ctx.world.states.get(ctx.level.host)?.name ?? ctx.level.host,
      },
      {
        leg: lastLeg?.index ?? 0,
        ...(d.end ? { at: { lat: d.end.lat, lon: d.end.lon } } : lastLeg ? { at: lastLeg.to } : {}),
      },
    ),
  ];
};

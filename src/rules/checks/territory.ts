/**
 * Art. II (territory = land, islands, internal and territorial waters) and Art. VI (the
 * observation flight is over the observed party): every waypoint must be over the host's
 * territory — or a group partner's (Belarus with Russia) — including the 12 nmi territorial sea,
 * and a leg with a sensor on may not cross another state's land. Transit legs with all sensors
 * off may cross it (sensors are covered in transit, Art. IV §4).
 */
import type { LatLon } from '../geo';
import type { Finding } from '../types';
import { finding } from './codes';
import type { Check } from './types';

export const checkTerritory: Check = (plan, ctx, d) => {
  const out: Finding[] = [];
  const hosts = [...d.hostStates];
  const nameOf = (iso3: string) => ctx.world.states.get(iso3)?.name ?? iso3;
  const host = nameOf(ctx.level.host);
  plan.waypoints.forEach((w, i) => {
    const p: LatLon = { lat: w.lat, lon: w.lon };
    if (!hosts.some((iso3) => d.world.inTerritory(iso3, p))) {
      const over = d.world.stateAt(p);
      const params: Finding['params'] = over
        ? { variant: 'waypoint-land', host, over: nameOf(over), iso3: over, waypoint: i + 1 }
        : { variant: 'waypoint-sea', host, waypoint: i + 1 };
      out.push(finding('route/outside-territory', params, { leg: i, at: p }));
    }
  });
  for (const leg of d.legs) {
    if (leg.sensors.length === 0) continue;
    const crossed = d.world.statesCrossed(leg.from, leg.to, d.hostStates);
    if (crossed.length === 0) continue;
    const first = crossed[0] ?? '';
    const at = d.world.state(first)?.firstPointInside(leg.from, leg.to) ?? undefined;
    out.push(
      finding(
        'route/outside-territory',
        {
          variant: 'sensor-leg',
          host,
          over: crossed.map(nameOf).join(', '),
          iso3: crossed.join(','),
          sensors: leg.sensors.join(', '),
        },
        { leg: leg.index, ...(at ? { at } : {}) },
      ),
    );
  }
  return out;
};

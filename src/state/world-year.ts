/**
 * The world as it stood in a year (parties in force, airfields), built once per map geometry
 * and year: the map's world, the rules context of the mission and the teacher's check of a
 * result code all get the same object, so nothing is built twice and indexes are shared.
 */
import type { Iso3, WorldGeo } from '../rules/types';
import { withYear } from '../world';
import type { StateGeometry } from '../world/types';

type States = ReadonlyMap<Iso3, StateGeometry>;

const built = new WeakMap<States, Map<number, WorldGeo>>();

export function worldInYear(states: States, year: number): WorldGeo {
  let years = built.get(states);
  if (!years) {
    years = new Map();
    built.set(states, years);
  }
  let world = years.get(year);
  if (!world) {
    world = withYear(states, year);
    years.set(year, world);
  }
  return world;
}

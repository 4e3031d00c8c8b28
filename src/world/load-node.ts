/**
 * Node only (CLI and tests): reads world-atlas countries-50m.json from node_modules. Never
 * imported by the browser, which fetches the same file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildStates, withYear, type AtlasTopology } from './build';
import type { Iso3, StateGeometry, WorldGeo } from './types';

let topology: AtlasTopology | null = null;
let states: Map<Iso3, StateGeometry> | null = null;
const worlds = new Map<number, WorldGeo>();

export function loadTopologyNode(): AtlasTopology {
  if (!topology) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    topology = JSON.parse(readFileSync(path, 'utf8')) as AtlasTopology;
  }
  return topology;
}

/** The world of a year, read once per process; the same object for the same year. */
export function loadWorldNode(year: number): WorldGeo {
  let world = worlds.get(year);
  if (!world) {
    states ??= buildStates(loadTopologyNode());
    world = withYear(states, year);
    worlds.set(year, world);
  }
  return world;
}

/**
 * Targets seen from above, drawn in code: which drawing a site gets from its kind and, for
 * aircraft, ships, buildings and radars, from its name and note (aircraft.ts, ships.ts,
 * buildings.ts, ground.ts). Small seeded variations come from the target id (draw-kit.ts), so
 * each site looks like itself every time.
 */
import { aircraftDrawing } from './aircraft';
import { buildingDrawing } from './buildings';
import type { Drawing } from './draw-kit';
import { building, hangar, launchPad, radarDrawing, runway, vehiclesDrawing } from './ground';
import { port, shipDrawing } from './ships';

const BY_KIND: Readonly<Record<string, Drawing>> = {
  hangar: { draw: hangar },
  'launch-pad': { draw: launchPad },
  runway: { draw: runway },
  port: { draw: port },
};

/** The drawing of a site of this kind; `about` is its name and note. */
export function drawingFor(kind: string, about: string): Drawing {
  switch (kind) {
    case 'aircraft':
      return { draw: aircraftDrawing(about) };
    case 'ship':
      return shipDrawing(about);
    case 'building':
      return buildingDrawing(about);
    case 'radar':
      return radarDrawing(about);
    case 'vehicles':
      return vehiclesDrawing(about);
    default:
      return BY_KIND[kind] ?? { draw: building };
  }
}

/** Ground under each kind of target. */
export const GROUND: Readonly<Record<string, string>> = {
  ship: '#24465a',
  port: '#24465a',
  aircraft: '#6f7368',
  hangar: '#5f6b4f',
  vehicles: '#5d6a48',
  building: '#6a705f',
  'launch-pad': '#6c6a55',
  runway: '#5c6b4a',
  radar: '#5b6a4c',
};

/** The map legend drawn over the map (src/game/scenes/Hud.ts) and its scale bar. */
export const enLegend = {
  'legend.scaleKm': '{km} km',
  'legend.ringShort': '◌ ring: out-and-back reach (½ max distance)',
  'legend.airfield': '▲ Open Skies airfield',
  'legend.ring': '◌ dashed ring: reach of an out-and-back flight (half the maximum distance)',
  'legend.zones': '▨ hatched: host restriction · dotted: hazardous or exercise airspace',
  'legend.targets': '◆ ■ ▲ site of interest: shape by kind, filled if an objective',
  'map.review.altitudeChange': '{from} → {to} m',
} as const;

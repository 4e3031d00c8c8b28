/** German for en-legend.ts (the map legend and scale bar). */
import type { enLegend } from './en-legend';

export const deLegend: Record<keyof typeof enLegend, string> = {
  'legend.scaleKm': '{km} km',
  'legend.ringShort': '◌ Ring: Reichweite hin und zurück (½ Höchststrecke)',
  'legend.airfield': '▲ Open-Skies-Flugplatz',
  'legend.ring': '◌ gestrichelter Ring: Reichweite eines Hin- und Rückflugs (halbe Höchststrecke)',
  'legend.zones': '▨ schraffiert: Auflage des Gastgebers · gepunktet: Gefahren- oder Übungsgebiet',
  'legend.targets': '◆ ■ ▲ sehenswerter Ort: Form nach Art, gefüllt, wenn er ein Ziel ist',
  'map.review.altitudeChange': '{from} → {to} m',
};

/**
 * Parties the map can show on its own (menu backdrop, free flight, ?observe=): those with at
 * least one Open Skies airfield in the data. World data, so both the menu (ui) and the map
 * (game) read it without importing each other.
 */
import { AIRFIELDS } from './airfields';
import { PARTIES } from './parties';
import type { Iso3 } from './types';

const withAirfields = (): Set<string> =>
  new Set(AIRFIELDS.filter((a) => a.role !== 'refuelling').map((a) => a.party));

/**
 * Whether the map can show this party on its own (a ?observe= link). Cheap enough for the boot:
 * no sorting by name (the first localeCompare sets up a collator, about 10 ms).
 */
export function isObservableParty(iso3: string | null | undefined): boolean {
  return !!iso3 && withAirfields().has(iso3) && PARTIES.some((p) => p.iso3 === iso3);
}

/** The free-flight choices, by name. */
export function observableParties(): { iso3: Iso3; name: string }[] {
  const withFields = withAirfields();
  return PARTIES.filter((p) => withFields.has(p.iso3))
    .map((p) => ({ iso3: p.iso3, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

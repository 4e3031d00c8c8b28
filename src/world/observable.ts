/**
 * Parties the map can show on its own (menu backdrop, free flight, ?observe=): those with at
 * least one Open Skies airfield in the data. World data, so both the menu (ui) and the map
 * (game) read it without importing each other.
 */
import { AIRFIELDS } from './airfields';
import { PARTIES, PARTY_BY_ISO3 } from './parties';
import type { Iso3 } from './types';

const observing = (a: (typeof AIRFIELDS)[number]): boolean => a.role !== 'refuelling';

/**
 * Whether the map can show this party on its own (a ?observe= link). Cheap enough for the boot:
 * no sorting by name (the first localeCompare sets up a collator, about 10 ms).
 */
export function isObservableParty(iso3: string | null | undefined): boolean {
  return PARTY_BY_ISO3.has(iso3 as Iso3) && AIRFIELDS.some((a) => a.party === iso3 && observing(a));
}

/** The free-flight choices, by name. */
export function observableParties(): { iso3: Iso3; name: string }[] {
  const withFields = new Set(AIRFIELDS.filter(observing).map((a) => a.party));
  return PARTIES.filter((p) => withFields.has(p.iso3))
    .map((p) => ({ iso3: p.iso3, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * What the map shows: the observed party's territory, its Open Skies airfields with their
 * reach, the level's zones and targets. Pure: derived from the level (in a mission) or from
 * the party in focus (menu backdrop, free flight).
 */
import type { Level, Target, ZoneFeature } from '../rules/types';
import { AIRFIELD_BY_ID, AIRFIELDS, maxDistanceInYearKm, PARTIES, PARTY_BY_ISO3 } from '../world';
import type { Iso3 } from '../world/types';

export interface MapAirfield {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Maximum flight distance from this airfield, km (null for refuelling fields). */
  maxDistanceKm: number | null;
}

export interface MapSubject {
  /** Changes exactly when the base map (host highlight, projection) must be rebuilt. */
  key: string;
  host: Iso3;
  hostTerritory: Iso3[];
  airfields: MapAirfield[];
  zones: ZoneFeature[];
  targets: Target[];
}

/**
 * How far from the airfield an out-and-back flight can reach: half the maximum distance.
 * The ring on the map is drawn at this radius (the legend says so).
 */
export function reachKm(maxDistanceKm: number | null): number | null {
  return maxDistanceKm === null ? null : maxDistanceKm / 2;
}

/** The host plus the members of its quota group (Belarus with Russia). */
export function groupTerritory(host: Iso3): Iso3[] {
  const group = PARTY_BY_ISO3.get(host)?.group ?? null;
  if (group === null) return [host];
  return [host, ...PARTIES.filter((p) => p.group === group && p.iso3 !== host).map((p) => p.iso3)];
}

export function subjectForLevel(level: Level): MapSubject {
  const airfields: MapAirfield[] = [];
  for (const la of level.airfields) {
    const a = AIRFIELD_BY_ID.get(la.id);
    if (a)
      airfields.push({ id: a.id, name: a.name, lat: a.lat, lon: a.lon, maxDistanceKm: la.maxDistanceKm });
  }
  const territory = level.hostTerritory.length > 0 ? level.hostTerritory : [level.host];
  return {
    key: `level:${level.id}:${[...territory].sort().join(',')}`,
    host: level.host,
    hostTerritory: territory,
    airfields,
    zones: level.zones,
    targets: level.targets,
  };
}

/** Free flight / menu: every Open Skies airfield of the party (and its group) in that year. */
export function subjectForParty(host: Iso3, year: number): MapSubject {
  const territory = groupTerritory(host);
  const airfields: MapAirfield[] = AIRFIELDS.filter(
    (a) => territory.includes(a.party) && a.role !== 'refuelling',
  ).map((a) => ({
    id: a.id,
    name: a.name,
    lat: a.lat,
    lon: a.lon,
    maxDistanceKm: maxDistanceInYearKm(a, year),
  }));
  return {
    key: `party:${[...territory].sort().join(',')}:${year}`,
    host,
    hostTerritory: territory,
    airfields,
    zones: [],
    targets: [],
  };
}

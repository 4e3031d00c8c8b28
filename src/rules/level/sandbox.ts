/**
 * The planning sandbox's level (issue 14): any observer, host and year 2002–2021, built as a
 * synthetic Level so the same rules check a sandbox plan as a campaign one. A plan file names
 * its sandbox context through the reserved level id `sandbox-<observer>-<host>-<year>` (lower
 * case ISO alpha-3, e.g. `sandbox-usa-rus-2019`): the plan file format is unchanged, and the
 * checker (npm run check-plan) rebuilds the same level from the id. The sandbox has no zones,
 * targets or host restrictions: only the treaty (territory, distances of that year, sensors,
 * timeline, aircraft range). Quota is not limited (a teacher's exercise is about the route).
 */
import type { Aircraft, Airfield, Party } from '../../world/types';
import type { Iso3, Level, ParseError, Result } from '../types';

export const SANDBOX_FIRST_YEAR = 2002;
export const SANDBOX_LAST_YEAR = 2021;
const ID = /^sandbox-([a-z]{3})-([a-z]{3})-(\d{4})$/;

export interface SandboxSpec {
  observer: Iso3;
  host: Iso3;
  year: number;
}

/** The world tables the sandbox reads (passed in: rules import no world module but its types). */
export interface SandboxData {
  parties: readonly Party[];
  airfields: readonly Airfield[];
  aircraft: readonly Aircraft[];
  /** Maximum flight distance of an airfield in a year (Kubinka changed in 2010). */
  maxDistanceInYearKm(airfield: Airfield, year: number): number | null;
}

export function isSandboxId(id: string): boolean {
  return ID.test(id);
}

export function sandboxLevelId(spec: SandboxSpec): string {
  return `sandbox-${spec.observer.toLowerCase()}-${spec.host.toLowerCase()}-${spec.year}`;
}

export function parseSandboxId(id: string): SandboxSpec | null {
  const m = ID.exec(id);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { observer: m[1].toUpperCase(), host: m[2].toUpperCase(), year: Number(m[3]) };
}

/** The sandbox's arrival day in `year` (mid-June: the USA left in November 2020, Russia in December 2021). */
export function sandboxArrivalUtc(year: number): string {
  return `${year}-06-15T06:00:00Z`;
}

/** In force for the party on the sandbox's arrival day of `year`. */
function inForce(p: Party, year: number): boolean {
  const from = p.memberFromYear ?? SANDBOX_FIRST_YEAR;
  return (
    from <= year && (p.withdrawnOn === undefined || p.withdrawnOn > sandboxArrivalUtc(year).slice(0, 10))
  );
}

/** Parties that can take part in the sandbox in `year`. */
export function sandboxParties(data: SandboxData, year: number): Party[] {
  return data.parties.filter((p) => inForce(p, year));
}

/** The host's territory: its group partners count with it (Belarus with Russia, Benelux). */
export function hostTerritoryOf(data: SandboxData, host: Iso3): Iso3[] {
  const party = data.parties.find((p) => p.iso3 === host);
  if (!party?.group) return [host];
  return data.parties.filter((p) => p.group === party.group).map((p) => p.iso3);
}

/** The host's Open Skies airfields (its group's) with their distances in `year`. */
export function sandboxAirfields(
  data: SandboxData,
  host: Iso3,
  year: number,
): { id: string; maxDistanceKm: number }[] {
  const territory = new Set(hostTerritoryOf(data, host));
  const out: { id: string; maxDistanceKm: number }[] = [];
  for (const a of data.airfields) {
    if (!territory.has(a.party)) continue;
    const km = data.maxDistanceInYearKm(a, year);
    if (km !== null && km > 0) out.push({ id: a.id, maxDistanceKm: km });
  }
  return out;
}

function err(path: string, message: string): { ok: false; errors: ParseError[] } {
  return { ok: false, errors: [{ path, message }] };
}

/** The sandbox level for an observer, host and year, or why there is none. */
export function sandboxLevel(spec: SandboxSpec, data: SandboxData): Result<Level> {
  const { observer, host, year } = spec;
  if (!Number.isInteger(year) || year < SANDBOX_FIRST_YEAR || year > SANDBOX_LAST_YEAR)
    return err('$.level', `sandbox year ${year} is outside ${SANDBOX_FIRST_YEAR}–${SANDBOX_LAST_YEAR}`);
  const parties = new Set(sandboxParties(data, year).map((p) => p.iso3));
  if (!parties.has(observer)) return err('$.level', `${observer} is not a treaty party in ${year}`);
  if (!parties.has(host)) return err('$.level', `${host} is not a treaty party in ${year}`);
  const territory = hostTerritoryOf(data, host);
  if (territory.includes(observer))
    return err('$.level', `${observer} cannot observe its own group (${host})`);
  const airfields = sandboxAirfields(data, host, year);
  if (airfields.length === 0) return err('$.level', `${host} has no Open Skies airfield in the game’s data`);
  const aircraft = data.aircraft.find((a) => a.operator.includes(observer)) ?? data.aircraft[0];
  if (!aircraft) return err('$.aircraft', "no aircraft in the game's data");
  const name = (iso: Iso3): string => data.parties.find((p) => p.iso3 === iso)?.name ?? iso;
  return {
    ok: true,
    value: {
      id: sandboxLevelId(spec),
      title: `Sandbox: ${name(observer)} over ${name(host)}, ${year}`,
      // A fixed time, so a plan checks the same everywhere.
      arrivalUtc: sandboxArrivalUtc(year),
      observer,
      host,
      hostTerritory: territory,
      aircraft: aircraft.id,
      airfields,
      quota: { active: 99, used: 0 },
      zones: [],
      targets: [],
      weather: { cloudCover: 0, seed: year },
      hostBehaviour: { yieldsToProtest: [] },
      texts: {
        briefing: `A planning sandbox: ${name(observer)} observes ${name(host)} in ${year}. Only the treaty's own rules apply.`,
        bulletin: { title: 'Sandbox', text: 'No host restrictions or zones: the treaty alone.', codes: [] },
        whatHappened: { text: 'A planning exercise, not a historical mission.', sources: [] },
        questions: [],
      },
    },
  };
}

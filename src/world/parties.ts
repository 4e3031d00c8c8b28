/**
 * The 34 States Parties (FACTS §1.4) with their Annex A §I passive quotas as signed (FACTS
 * §1.2). Group members carry the group's common quota (Belarus + Russia 42, Benelux 6); the
 * Czech and Slovak Federal Republic's 4 is not split between its successors, so the Czech
 * Republic and Slovakia carry null like the later accessions (no source gives their quotas).
 */
import type { Iso3, Party } from './types';

const SIGNED = 'Signatory (Helsinki, 24 Mar 1992); in force 1 Jan 2002 (FACTS §1.4)';
const ACCEDED = 'Acceded after entry into force (FACTS §1.4); year approximate, UNSURE';

function p(
  iso3: Iso3,
  name: string,
  isoNumeric: string,
  passiveQuota: number | null,
  extra: Partial<Party> = {},
): Party {
  return { iso3, name, isoNumeric, passiveQuota, group: null, memberFromYear: 2002, note: SIGNED, ...extra };
}

export const PARTIES: readonly Party[] = [
  p('BLR', 'Belarus', '112', 42, { group: 'BLR-RUS', note: `${SIGNED}; quota shared with Russia` }),
  p('BEL', 'Belgium', '056', 6, { group: 'BENELUX', note: `${SIGNED}; Benelux common quota` }),
  p('BIH', 'Bosnia and Herzegovina', '070', null, { memberFromYear: 2005, note: ACCEDED }),
  p('BGR', 'Bulgaria', '100', 4),
  p('CAN', 'Canada', '124', 12),
  p('HRV', 'Croatia', '191', null, { memberFromYear: 2004, note: ACCEDED }),
  p('CZE', 'Czech Republic', '203', null, { note: `${SIGNED} as part of the CSFR (quota 4 for both)` }),
  p('DNK', 'Denmark', '208', 6),
  p('EST', 'Estonia', '233', null, { memberFromYear: 2005, note: ACCEDED }),
  p('FIN', 'Finland', '246', null, {
    memberFromYear: 2003,
    note: 'Accession deposited 13 Dec 2002 (Finlex treaty database 39/2003)',
  }),
  p('FRA', 'France', '250', 12),
  p('GEO', 'Georgia', '268', null, { note: `${SIGNED}; quota not in Annex A as printed, UNSURE` }),
  p('DEU', 'Germany', '276', 12),
  p('GRC', 'Greece', '300', 4),
  p('HUN', 'Hungary', '348', 4),
  p('ISL', 'Iceland', '352', 4),
  p('ITA', 'Italy', '380', 12),
  p('LVA', 'Latvia', '428', null, { memberFromYear: 2003, note: ACCEDED }),
  p('LTU', 'Lithuania', '440', null, { memberFromYear: 2003, note: ACCEDED }),
  p('LUX', 'Luxembourg', '442', 6, { group: 'BENELUX', note: `${SIGNED}; Benelux common quota` }),
  p('NLD', 'Netherlands', '528', 6, { group: 'BENELUX', note: `${SIGNED}; Benelux common quota` }),
  p('NOR', 'Norway', '578', 7),
  p('POL', 'Poland', '616', 6),
  p('PRT', 'Portugal', '620', 2),
  p('ROU', 'Romania', '642', 6),
  p('RUS', 'Russia', '643', 42, {
    group: 'BLR-RUS',
    withdrawnOn: '2021-12-18',
    note: `${SIGNED}; quota shared with Belarus; withdrawal effective 18 Dec 2021 (FACTS §5.1)`,
  }),
  p('SVK', 'Slovakia', '703', null, { note: `${SIGNED} as part of the CSFR (quota 4 for both)` }),
  p('SVN', 'Slovenia', '705', null, { memberFromYear: 2004, note: ACCEDED }),
  p('ESP', 'Spain', '724', 4),
  p('SWE', 'Sweden', '752', null, { memberFromYear: 2003, note: ACCEDED }),
  p('TUR', 'Turkey', '792', 12),
  p('UKR', 'Ukraine', '804', 12),
  p('GBR', 'United Kingdom', '826', 12),
  p('USA', 'United States', '840', 42, {
    withdrawnOn: '2020-11-22',
    note: `${SIGNED}; withdrawal effective 22 Nov 2020 (FACTS §5.1)`,
  }),
];

export const PARTY_BY_ISO3: ReadonlyMap<Iso3, Party> = new Map(PARTIES.map((x) => [x.iso3, x]));

/** Year the treaty entered into force (1 Jan 2002; FACTS §1.4). */
export const ENTRY_INTO_FORCE_YEAR = 2002;

/**
 * Parties at any time during the year: a state that withdrew in it still counts (the USA in
 * 2020, Russia in 2021). Before entry into force, the signatories (trial flights were flown
 * among them). Use partiesOn for a given day.
 */
export function partiesInYear(year: number): ReadonlySet<Iso3> {
  const joined = (x: Party): boolean => {
    const from = x.memberFromYear ?? ENTRY_INTO_FORCE_YEAR;
    return year < ENTRY_INTO_FORCE_YEAR ? from === ENTRY_INTO_FORCE_YEAR : from <= year;
  };
  const notYetLeft = (x: Party): boolean =>
    x.withdrawnOn === undefined || Number(x.withdrawnOn.slice(0, 4)) >= year;
  return new Set(PARTIES.filter((x) => joined(x) && notYetLeft(x)).map((x) => x.iso3));
}

/** Parties on a day (ISO date or date-time, UTC): a withdrawal takes effect on its day. */
export function partiesOn(dateUtc: string): ReadonlySet<Iso3> {
  const day = dateUtc.slice(0, 10);
  const year = Number(day.slice(0, 4));
  return new Set(
    [...partiesInYear(year)].filter((iso3) => {
      const left = PARTY_BY_ISO3.get(iso3)?.withdrawnOn;
      return left === undefined || day < left;
    }),
  );
}

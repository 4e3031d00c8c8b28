/**
 * Country names in the language in use. The world data names states in English (src/world);
 * another language asks Intl.DisplayNames for the ISO region code, so the 34 parties and their
 * neighbours read as the language writes them ("Vereinigte Staaten"). English keeps the world
 * data's own names. The string table imports nothing of ours: the ISO 3166 alpha-3 → alpha-2
 * pairs it needs are listed here.
 */
import { currentLocale, currentTable, englishTable } from './language';

// prettier-ignore
const ALPHA2: Readonly<Record<string, string>> = {
  BLR: 'BY', BEL: 'BE', BIH: 'BA', BGR: 'BG', CAN: 'CA', HRV: 'HR', CZE: 'CZ', DNK: 'DK', EST: 'EE',
  FIN: 'FI', FRA: 'FR', GEO: 'GE', DEU: 'DE', GRC: 'GR', HUN: 'HU', ISL: 'IS', ITA: 'IT', LVA: 'LV',
  LTU: 'LT', LUX: 'LU', NLD: 'NL', NOR: 'NO', POL: 'PL', PRT: 'PT', ROU: 'RO', RUS: 'RU', SVK: 'SK',
  SVN: 'SI', ESP: 'ES', SWE: 'SE', TUR: 'TR', UKR: 'UA', GBR: 'GB', USA: 'US',
  // Neighbours a route may cross or skirt.
  AUT: 'AT', CHE: 'CH', IRL: 'IE', MDA: 'MD', SRB: 'RS', MNE: 'ME', MKD: 'MK', ALB: 'AL', KAZ: 'KZ',
  AZE: 'AZ', ARM: 'AM', MEX: 'MX', CUB: 'CU', GRL: 'GL', CHN: 'CN', MNG: 'MN', PRK: 'KP', JPN: 'JP',
  IRN: 'IR', SYR: 'SY', IRQ: 'IQ', CYP: 'CY', MLT: 'MT', LIE: 'LI', AND: 'AD', MCO: 'MC', SMR: 'SM',
};

const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of the state `iso3` ("USA"); `english` is the world data's name for it. */
export function countryName(iso3: string, english: string): string {
  const code = ALPHA2[iso3];
  if (!code || currentTable() === englishTable()) return english;
  const locale = currentLocale();
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? english;
}

/** The world data's English names that differ from Intl's English ones. */
const ENGLISH_ALIASES: Readonly<Record<string, string>> = { 'Czech Republic': 'CZ', Turkey: 'TR' };
let byEnglishName: Map<string, string> | null = null;

/**
 * A state named in English by the rules (a finding's {host}, {over}, {state}: comma-separated
 * when several) in the language in use; a name it does not know stays as it is.
 */
export function countryNamesFromEnglish(names: string): string {
  if (currentTable() === englishTable()) return names;
  if (!byEnglishName) {
    const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    byEnglishName = new Map(Object.entries(ENGLISH_ALIASES));
    for (const code of Object.values(ALPHA2)) {
      const name = english.of(code);
      if (name) byEnglishName.set(name, code);
    }
  }
  const iso3Of = new Map(Object.entries(ALPHA2).map(([iso3, code]) => [code, iso3]));
  return names
    .split(', ')
    .map((name) => {
      const iso3 = iso3Of.get(byEnglishName?.get(name) ?? '');
      return iso3 ? countryName(iso3, name) : name;
    })
    .join(', ');
}

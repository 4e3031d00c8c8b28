/**
 * The one door to player-facing text: `t(key, params)`, plurals `tn`, numbers and dates for the
 * language in use, and the words of the rules' findings and the Treaty Handbook (the rules emit
 * codes and params only). English is the reference table (en.ts); German (de.ts) is typed
 * against it key by key.
 */
export { addEnglish, availableLanguages, loadLanguage, setLanguage, type MessageKey } from './language';
export { formatDate, formatFixed, formatNumber } from './format';
export { hasKey, t, tn, type Params } from './text';
export { countryName } from './countries';
export { incomingTitle, localLevel, placeName } from './levels';
export { citationText, findingTitle, formatFinding, handbookRule, handbookTitle } from './findings';

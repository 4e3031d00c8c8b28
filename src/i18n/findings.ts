/**
 * The words of the rules' findings and of the Treaty Handbook. A finding is data (code, params,
 * basis: src/rules/types.ts); the table has per code a title, a text and texts chosen by the
 * `variant` param (en-findings.ts), per Handbook entry a title and the rule (en-handbook.ts).
 * Typed structurally: the string table sits below the rules and imports nothing of theirs.
 */
import { countryNamesFromEnglish } from './countries';
import { formatDate } from './format';
import { englishTable } from './language';
import { placeName } from './levels';
import { hasKey, t, type Params } from './text';

interface FindingLike {
  code: string;
  basis: string;
  params: Params;
}

export interface FormattedFinding {
  code: string;
  title: string;
  text: string;
  citation: string;
}

/** A finding's title; a code this build does not know (a save from a newer build) says so. */
export function findingTitle(code: string): string {
  const key = `finding.${code}.title`;
  return hasKey(key) ? t(key) : t('save.newerFinding', { code });
}

/**
 * Basis and citations keep their article numbers; the few words around them ("host practice",
 * "flight safety") are in the table.
 */
const CITATION_WORDS = [
  'cite.notTreatyLimit',
  'cite.thirdState',
  'cite.hostPractice',
  'cite.flightSafety',
] as const;

export function citationText(basis: string): string {
  let out = basis;
  for (const key of CITATION_WORDS) out = out.split(englishTable()[key]).join(t(key));
  return out;
}

const sensorName = (kind: string): string => {
  const key = `sensor.${kind.trim()}`;
  return hasKey(key) ? t(key) : kind;
};

/**
 * Words the formatter derives from a finding's params, for languages that cannot put the raw
 * value into a sentence: a sensor's kind ("optical") as its name, the English date of the
 * phase-in's end as a date of the language. A text uses either the param or its derived twin.
 */
export const DERIVED_PARAMS: Readonly<Record<string, string>> = {
  sensor: 'sensorName',
  sensors: 'sensorNames',
  allowedFrom: 'allowedFromDate',
};

function withDerived(params: Params): Params {
  const out: Params = { ...params };
  const { sensor, sensors, allowedFrom } = params;
  // States are named in English by the rules: in another language, as that language names them.
  for (const key of ['host', 'over', 'state', 'observer']) {
    const v = params[key];
    if (typeof v === 'string') out[key] = countryNamesFromEnglish(v);
  }
  // A host's restricted area is named by the level file, in English.
  if (typeof params.zone === 'string') out.zone = placeName(params.zone);
  if (typeof sensor === 'string') out.sensorName = sensorName(sensor);
  if (typeof sensors === 'string') out.sensorNames = sensors.split(',').map(sensorName).join(', ');
  if (typeof allowedFrom === 'string') {
    const ms = Date.parse(`${allowedFrom} UTC`);
    out.allowedFromDate = Number.isNaN(ms)
      ? allowedFrom
      : formatDate(ms, { day: 'numeric', month: 'long', year: 'numeric' });
  }
  return out;
}

export function formatFinding(f: FindingLike): FormattedFinding {
  const stem = `finding.${f.code}`;
  const variant = typeof f.params.variant === 'string' ? `${stem}.${f.params.variant}` : '';
  const textKey = hasKey(variant) ? variant : `${stem}.text`;
  return {
    code: f.code,
    title: findingTitle(f.code),
    text: hasKey(textKey) ? t(textKey, withDerived(f.params)) : f.code,
    citation: citationText(f.basis),
  };
}

/** The Handbook entry's title and rule (src/rules/handbook.ts names the entries by id). */
export function handbookTitle(id: string): string {
  const key = `handbook.${id}.title`;
  return hasKey(key) ? t(key) : id;
}

export function handbookRule(id: string): string {
  const key = `handbook.${id}.rule`;
  return hasKey(key) ? t(key) : '';
}

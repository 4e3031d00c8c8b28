/**
 * The Treaty Handbook: one entry per article the checks enforce — its anchor, its citation and
 * the finding codes it explains. The words (title, the rule in plain words) are in the string
 * table (src/i18n/en-handbook.ts, `handbook.<id>.title` / `.rule`); the rules need only which
 * articles an entry names, to accept a protest that cites what the Handbook says.
 */
import type { FindingCode } from './types';

export interface HandbookEntry {
  /** Stable anchor for links from findings ("art-6-2-4a") and the key of its words. */
  id: string;
  citation: string;
  /** Further articles the entry's rule names in its text (the text itself is in src/i18n). */
  cites: string;
  /** Finding codes that enforce this rule. */
  codes: FindingCode[];
}

export const HANDBOOK: readonly HandbookEntry[] = [
  { id: 'art-2', citation: 'Art. II §8, VI §II.2', cites: 'Art. VII §3', codes: ['route/outside-territory'] },
  { id: 'art-3', citation: 'Art. III §I.5, §I.8; Annex A', cites: '', codes: ['quota/exhausted'] },
  { id: 'art-4', citation: 'Art. IV', cites: '', codes: ['sensor/not-fitted'] },
  { id: 'annex-d', citation: 'Art. IV, Annex D', cites: 'Art. IV §11', codes: ['sensor/not-fitted'] },
  {
    id: 'art-4-2',
    citation: 'Art. IV §2, VI §II.4(D)',
    cites: '',
    codes: ['sensor/below-minimum-altitude'],
  },
  { id: 'art-6-1', citation: 'flight safety; Art. VI §II.3', cites: '', codes: ['aircraft/out-of-range'] },
  { id: 'art-6-1-5', citation: 'Art. VI §I.5', cites: '', codes: ['timeline/short-notice'] },
  { id: 'art-6-1-9', citation: 'Art. VI §I.9', cites: '', codes: ['timeline/window-exceeded'] },
  {
    id: 'art-6-2-2',
    citation: 'Art. VI §II.2',
    cites: '',
    codes: ['route/non-party-buffer', 'airspace/hazardous'],
  },
  { id: 'art-6-2-3', citation: 'Art. VI §II.3', cites: '', codes: ['route/bad-end'] },
  { id: 'art-6-2-4', citation: 'Art. VI §II.4(G)', cites: '', codes: ['route/repeat-crossing'] },
  {
    id: 'art-6-2-4a',
    citation: 'Art. VI §II.4(A), Annex A §III',
    cites: 'Annex A',
    codes: ['route/too-long'],
  },
  { id: 'art-6-2-4e', citation: 'Art. VI §II.4(E)', cites: '', codes: ['timeline/early-takeoff'] },
  {
    id: 'art-6-2-5',
    citation: 'Art. VI §II.5',
    cites: 'Art. VI §II.6',
    codes: ['airspace/hazardous', 'airspace/exercise'],
  },
  {
    id: 'art-8',
    citation: 'Art. VIII §I.1, §I.4; Art. VI §II.6',
    cites: 'Art. VIII §I.5',
    codes: [],
  },
  { id: 'art-18', citation: 'Art. XVIII §II.2', cites: 'Annex A §II', codes: ['sensor/not-yet-permitted'] },
  {
    id: 'host-practice',
    citation: 'host practice',
    cites: 'Art. VI §II.2; Art. VIII §I.4',
    codes: ['restriction/distance-cap', 'restriction/corridor', 'restriction/altitude-floor'],
  },
];

/** The Handbook entry that explains a finding code. */
export function handbookEntryFor(code: FindingCode): HandbookEntry | undefined {
  return HANDBOOK.find((e) => e.codes.includes(code));
}

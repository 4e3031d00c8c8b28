/**
 * The class table of handed-in results, shared by `npm run class-report` and the Teacher screen:
 * one row per code, and CSV that is safe to open in a spreadsheet (names are untrusted text).
 */
import type { CheckedResult } from './replay';

export interface ClassRow {
  name: string;
  level: string;
  lawful: boolean;
  score: number;
  stars: number;
  trust: number;
  findings: string[];
  edited: boolean;
  /** What disagrees with the replay ("score 120 (replay 80)"), empty when nothing does. */
  differences: string[];
  finishedUtc: string;
}

export function classRow(c: CheckedResult): ClassRow {
  return {
    name: c.result.name,
    level: c.result.level,
    lawful: c.lawful,
    score: c.result.score,
    stars: c.result.stars,
    trust: c.result.trust,
    findings: [...c.result.findings],
    edited: c.edited,
    differences: c.differences,
    finishedUtc: c.result.finishedUtc,
  };
}

export const CSV_COLUMNS = [
  'name',
  'level',
  'lawful',
  'score',
  'stars',
  'trust',
  'findings',
  'edited',
  'differences',
  'finished_utc',
] as const;

/** Control characters (a pasted name may hold any) shown as "?" so a row stays one line. */
export function printable(text: string): string {
  return text.replace(/\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}/gu, '?');
}

/**
 * One CSV field (RFC 4180 quoting). A leading = + - @ or tab would make a spreadsheet run the
 * text as a formula, so such a field gets a leading apostrophe.
 */
export function csvField(value: string | number | boolean): string {
  let text = printable(String(value));
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: ClassRow): string {
  return [
    row.name,
    row.level,
    row.lawful ? 'yes' : 'no',
    row.score,
    row.stars,
    row.trust,
    row.findings.join(' '),
    row.edited ? 'edited?' : '',
    row.differences.join('; '),
    row.finishedUtc,
  ]
    .map(csvField)
    .join(',');
}

/** The whole CSV file: header and rows, CRLF line ends as RFC 4180 asks. */
export function classCsv(rows: readonly ClassRow[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map(csvLine)].map((l) => `${l}\r\n`).join('');
}

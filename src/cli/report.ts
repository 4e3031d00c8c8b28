/** What the plan checker prints (PLAN-FILE.md "Plan checker (CLI)"). */
import { countBySeverity, type Finding, type Level, type Verdict } from '../rules';
// The plan checker prints English (PLAN-FILE.md): the string table's reference language.
import { formatFinding, formatNumber } from '../i18n';
import { escapeText, safeLine } from './text-input';

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface JsonReport {
  ok: boolean;
  level: string;
  distanceKm: number;
  maxDistanceKm: number;
  findings: { code: Finding['code']; severity: Finding['severity']; leg?: number; message: string }[];
}

export function jsonReport(level: Level, verdict: Verdict): JsonReport {
  return {
    ok: verdict.ok,
    level: level.id,
    distanceKm: round1(verdict.distanceKm),
    maxDistanceKm: round1(verdict.maxDistanceKm),
    findings: verdict.findings.map((f) => {
      const m = formatFinding(f);
      return {
        code: f.code,
        severity: f.severity,
        ...(f.leg === undefined ? {} : { leg: f.leg }),
        message: `${m.title}: ${m.text}`,
      };
    }),
  };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function humanReport(planFile: string, level: Level, verdict: Verdict): string {
  const n = countBySeverity(verdict.findings);
  const lines = [
    `Plan ${escapeText(planFile)} — level ${level.id} (${escapeText(level.title)})`,
    `Verdict: ${verdict.ok ? 'LAWFUL' : 'NOT ACCEPTABLE'} — ${count(n.violation, 'violation')}, ${count(n.restriction, 'restriction')}, ${count(n.notice, 'notice')}`,
    `Distance: ${formatNumber(verdict.distanceKm)} km of ${formatNumber(verdict.maxDistanceKm)} km maximum`,
    `Time: take-off ${formatNumber(verdict.takeoffAfterArrivalH)} h after arrival, flight ${formatNumber(verdict.flightDurationH)} h, end ${formatNumber(verdict.endAfterArrivalH)} h after arrival`,
  ];
  for (const f of verdict.findings) {
    const m = formatFinding(f);
    const leg = f.leg === undefined ? 'plan' : `leg ${f.leg}`;
    lines.push(
      `  ${f.severity.padEnd(11)} ${f.code.padEnd(29)} ${leg.padEnd(7)} [${m.citation}] ${m.title}: ${m.text}`,
    );
  }
  if (verdict.findings.length === 0) lines.push('  No findings.');
  // Finding texts quote level data (zone names): no control character reaches the terminal.
  return `${lines.map((l) => safeLine(l, 2000)).join('\n')}\n`;
}

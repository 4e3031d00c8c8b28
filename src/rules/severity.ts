/**
 * Questions about severities that the checks, the host, the UI, the CLI and the sound all ask:
 * one answer each. A violation breaks the treaty, a restriction is a host practice the plan
 * runs into, a notice only informs (it never stops a plan).
 */
import type { Finding, Severity } from './types';

/** Most serious first. */
export const SEVERITIES: readonly Severity[] = ['violation', 'restriction', 'notice'];

const RANK: Record<Severity, number> = { violation: 2, restriction: 1, notice: 0 };

/** Orders findings most serious first (for sort). */
export function bySeverity(a: Pick<Finding, 'severity'>, b: Pick<Finding, 'severity'>): number {
  return RANK[b.severity] - RANK[a.severity];
}

/** Whether a finding stands in the plan's way (a violation or a restriction; not a notice). */
export function isProblem(f: Pick<Finding, 'severity'>): boolean {
  return f.severity !== 'notice';
}

export type SeverityCounts = Record<Severity, number>;

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { violation: 0, restriction: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The most serious problem among the findings, or null when nothing stands in the way. */
export function worstProblem(
  findings: readonly Pick<Finding, 'severity'>[],
): 'violation' | 'restriction' | null {
  const c = countBySeverity(findings);
  return c.violation > 0 ? 'violation' : c.restriction > 0 ? 'restriction' : null;
}

/** For each of nLegs legs, its most serious finding (the first of equal ones), or null. */
export function worstFindingByLeg<F extends Pick<Finding, 'severity' | 'leg'>>(
  findings: readonly F[],
  nLegs: number,
): (F | null)[] {
  const worst: (F | null)[] = Array.from({ length: nLegs }, () => null);
  for (const f of findings) {
    if (f.leg === undefined || f.leg < 0 || f.leg >= nLegs) continue;
    const cur = worst[f.leg];
    if (!cur || RANK[f.severity] > RANK[cur.severity]) worst[f.leg] = f;
  }
  return worst;
}

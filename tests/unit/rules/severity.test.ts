/** Severity questions have one answer each (rules/severity.ts), asked by the UI, CLI and map. */
import { describe, expect, it } from 'vitest';
import {
  bySeverity,
  countBySeverity,
  isProblem,
  worstFindingByLeg,
  worstProblem,
} from '../../../src/rules/severity';
import type { Severity } from '../../../src/rules/types';

const f = (severity: Severity, leg?: number, code: string = severity) => ({
  severity,
  code,
  ...(leg === undefined ? {} : { leg }),
});

describe('severity', () => {
  it('counts each severity', () => {
    expect(countBySeverity([f('notice'), f('violation'), f('notice'), f('restriction')])).toEqual({
      violation: 1,
      restriction: 1,
      notice: 2,
    });
    expect(countBySeverity([])).toEqual({ violation: 0, restriction: 0, notice: 0 });
  });

  it('a notice is never a problem; the worst problem is a violation, then a restriction', () => {
    expect(isProblem(f('notice'))).toBe(false);
    expect(isProblem(f('restriction'))).toBe(true);
    expect(worstProblem([f('notice')])).toBeNull();
    expect(worstProblem([f('notice'), f('restriction')])).toBe('restriction');
    expect(worstProblem([f('restriction'), f('violation')])).toBe('violation');
  });

  it('sorts most serious first', () => {
    const sorted = [f('notice'), f('violation'), f('restriction')].sort(bySeverity).map((x) => x.severity);
    expect(sorted).toEqual(['violation', 'restriction', 'notice']);
  });

  it('finds each leg’s most serious finding, whatever the order (a notice only where nothing is worse)', () => {
    const worst = worstFindingByLeg(
      [
        f('restriction', 0, 'a'),
        f('notice', 0),
        f('notice', 1),
        f('violation', 2),
        f('restriction', 2),
        f('violation', 9),
      ],
      4,
    );
    expect(worst.map((x) => x?.severity ?? null)).toEqual(['restriction', 'notice', 'violation', null]);
    expect(worst[0]?.code).toBe('a');
  });
});

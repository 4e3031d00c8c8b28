/**
 * `npm run check-plan` with a review code (OSV1, issue 14): the plan inside is checked as from a
 * file, and one more line (or JSON field) says what the treaty makes of the host's decision.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as checkPlan } from '../../../src/cli/run-check-plan';
import { parsePlan } from '../../../src/rules/plan';
import type { HostAction } from '../../../src/rules/host';
import { encodeReviewCode, reviewOfPlan } from '../../../src/rules/share';
import { referencePlan } from '../state/actions-helpers';

const REF = join(import.meta.dirname, '../../../levels/reference');

function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = checkPlan(
    args,
    { write: (s: string) => (stdout += s) },
    { write: (s: string) => (stderr += s) },
  );
  return { code, stdout, stderr };
}

function reviewCode(name: string, host: HostAction): string {
  const p = parsePlan(referencePlan(name));
  if (!p.ok) throw new Error(name);
  return encodeReviewCode(reviewOfPlan(p.value, host));
}

describe('npm run check-plan with a review code', () => {
  it.each([
    {
      name: '01-training-flight.lawful',
      host: { kind: 'accept' } as const,
      exit: 0,
      lawful: true,
      reason: 'lawful-plan-accepted',
    },
    {
      name: '03-kaliningrad-cap.unlawful',
      host: { kind: 'refuse', article: 'Art. VIII §I.4' } as const,
      exit: 1,
      lawful: false,
      reason: 'refusal-of-lawful-plan',
    },
  ])(
    '$name, host $host.kind: the plan’s verdict and the treaty’s view of the decision',
    ({ name, host, exit, lawful, reason }) => {
      const code = reviewCode(name, host);
      const fromFile = inProcess(join(REF, `${name}.plan.json`), '--json');
      const r = inProcess(code, '--json');
      expect(r.code).toBe(exit);
      const { host: view, ...report } = JSON.parse(r.stdout) as { host: unknown };
      expect(report).toEqual(JSON.parse(fromFile.stdout));
      expect(view).toMatchObject({ decision: host.kind, lawful, reason });
      const human = inProcess(code);
      expect(human.stdout).toMatch(
        new RegExp(`^Host review: .* — ${lawful ? 'lawful' : 'not backed by the treaty'}: ${reason}`, 'm'),
      );
    },
  );

  it('exit 2 with one line for a damaged review code', () => {
    const code = reviewCode('01-training-flight.lawful', { kind: 'accept' });
    const r = inProcess(code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^check-plan: OSV1\..*: \$: review code is damaged or mistyped.*\n$/);
  });
});

/**
 * The simulation and the host model on the shipped levels and their reference plans, with the
 * real checker and world: the flight is deterministic, captures obey the resolution rule, the
 * host's answer follows the severities, and the changes it proposes really clear the findings
 * they address when the changed plan is checked again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel, levelYear } from '../../../src/rules/level';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import { reviewPlan } from '../../../src/rules/host/review';
import { simulateFlight } from '../../../src/rules/sim/flight';
import { scoreMission } from '../../../src/rules/scoring';
import { loadWorldNode } from '../../../src/world/load-node';
import type { Level, Plan } from '../../../src/rules/types';

const LEVELS = join(__dirname, '../../../levels');

function load(): { name: string; level: Level; plan: Plan }[] {
  const out: { name: string; level: Level; plan: Plan }[] = [];
  for (const name of readdirSync(join(LEVELS, 'reference')).sort()) {
    const id = name.split('.')[0]!;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(LEVELS, `${id}.json`), 'utf8'));
    } catch {
      continue; // level not written yet
    }
    const level = parseLevel(raw);
    const plan = parsePlan(JSON.parse(readFileSync(join(LEVELS, 'reference', name), 'utf8')));
    if (level.ok && plan.ok) out.push({ name, level: level.value, plan: plan.value });
  }
  return out;
}

const CASES = load();

describe('reference plans of the shipped levels', () => {
  it('finds reference plans to run', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES)('$name', ({ level, plan }) => {
    const world = loadWorldNode(levelYear(level));
    const ctx = { level, world, seed: 17 };
    const verdict = validatePlan(plan, ctx);
    const opts = { takeoffAfterArrivalH: verdict.takeoffAfterArrivalH, seed: 17 };
    const flight = simulateFlight(plan, verdict, level, world, opts);
    expect(JSON.stringify(simulateFlight(plan, verdict, level, world, opts))).toBe(JSON.stringify(flight));

    const violations = verdict.findings.filter((f) => f.severity === 'violation');
    expect(flight.status).toBe(violations.length > 0 ? 'grounded' : 'flown');
    expect(flight.captures.length + flight.misses.length).toBe(
      flight.status === 'flown' ? level.targets.length : 0,
    );
    for (const c of flight.captures) {
      const target = level.targets.find((t) => t.id === c.targetId)!;
      expect(c.resolutionM).toBeLessThanOrEqual(target.resolutionNeededM);
      expect(c.tH).toBeGreaterThanOrEqual(flight.takeoffAfterArrivalH);
      expect(c.tH).toBeLessThanOrEqual(flight.landingAfterArrivalH);
    }

    const response = reviewPlan(verdict, level, 17, plan);
    const severities = new Set(verdict.findings.map((f) => f.severity));
    const expected = severities.has('violation')
      ? 'refuse'
      : severities.has('restriction')
        ? 'demand-changes'
        : severities.has('notice')
          ? 'propose-changes'
          : 'accept';
    expect(response.decision).toBe(expected);

    if (response.proposedPlan) {
      const after = validatePlan(response.proposedPlan, ctx);
      for (const change of response.changes) {
        const left = after.findings.filter((f) => f.code === change.code && f.zoneId === change.zoneId);
        expect(left, `${change.kind} change for ${change.code} in ${change.zoneId}`).toEqual([]);
      }
      expect(after.findings.filter((f) => f.severity === 'violation')).toEqual([]);
    }

    const score = scoreMission({ level, response, protests: [], flight });
    expect(score.flown).toBe(flight.status === 'flown');
    expect(score.quota.counted).toBe(score.flown);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPlan } from '../../../src/cli/bench-route';
import { levelYear, parseLevel } from '../../../src/rules/level';
import { parsePlan } from '../../../src/rules/plan';
import { validatePlan } from '../../../src/rules/validate';
import { loadWorldNode } from '../../../src/world/load-node';

describe('the benchmark plan', () => {
  it('is a schema-valid 50-waypoint plan from Kubinka, lawful but for the Kaliningrad cap', () => {
    const json = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/levels/fx-russia.json'), 'utf8'),
    );
    const level = parseLevel(json);
    expect(level.ok).toBe(true);
    if (!level.ok) return;
    const plan = parsePlan(benchPlan(level.value.id));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.waypoints).toHaveLength(50);
    const v = validatePlan(plan.value, {
      level: level.value,
      world: loadWorldNode(levelYear(level.value)),
      seed: 1,
    });
    expect(v.distanceKm).toBeLessThan(5500);
    expect([...new Set(v.findings.filter((f) => f.severity !== 'notice').map((f) => f.code))]).toEqual([
      'restriction/distance-cap',
    ]);
    expect(benchPlan('x')).toEqual(benchPlan('x')); // deterministic
  });
});

/** The planning sandbox's synthetic level and check-plan on a sandbox plan (issue 14). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hostTerritoryOf,
  isSandboxId,
  parseSandboxId,
  sandboxLevel,
  sandboxLevelId,
  sandboxParties,
} from '../../../src/rules/level';
import { parseLevel } from '../../../src/rules/level';
import { SANDBOX_DATA } from '../../../src/cli/sandbox-level';
import { main } from '../../../src/cli/run-check-plan';

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sandbox-'));
function planFile(level: string, waypoints: object[], name = 'p'): string {
  const file = join(dir, `${name}.plan.json`);
  const plan = {
    format: 'open-skies-plan',
    version: 1,
    level,
    airfield: 'kubinka',
    aircraft: 'oc-135b',
    waypoints,
  };
  writeFileSync(file, JSON.stringify(plan));
  return file;
}
const overBelarus = [
  { lat: 55.19, lon: 30.2, altitudeM: 1500, sensors: ['optical'] },
  { lat: 54.5, lon: 30.4, altitudeM: 1500, sensors: ['optical'] },
];

describe('sandbox level ids', () => {
  it('round-trips observer, host and year through the reserved id', () => {
    const id = sandboxLevelId({ observer: 'USA', host: 'RUS', year: 2019 });
    expect(id).toBe('sandbox-usa-rus-2019');
    expect(isSandboxId(id)).toBe(true);
    expect(parseSandboxId(id)).toEqual({ observer: 'USA', host: 'RUS', year: 2019 });
    expect(isSandboxId('03-kaliningrad-cap')).toBe(false);
  });
});

describe('sandbox level', () => {
  it('is a valid level: group territory, the year’s airfield distances, the observer’s aircraft', () => {
    const r = sandboxLevel({ observer: 'USA', host: 'RUS', year: 2019 }, SANDBOX_DATA);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(parseLevel(r.value).ok).toBe(true);
    expect(new Set(r.value.hostTerritory)).toEqual(new Set(['RUS', 'BLR']));
    expect(r.value.airfields.find((a) => a.id === 'kubinka')?.maxDistanceKm).toBe(5500);
    expect(r.value.aircraft).toBe('oc-135b');
    const early = sandboxLevel({ observer: 'USA', host: 'RUS', year: 2005 }, SANDBOX_DATA);
    expect(early.ok && early.value.airfields.find((a) => a.id === 'kubinka')?.maxDistanceKm).toBe(5000);
  });
  it('follows the parties in force: later accessions and the withdrawals', () => {
    const iso = (y: number) => new Set(sandboxParties(SANDBOX_DATA, y).map((p) => p.iso3));
    expect(iso(2002).has('SWE')).toBe(false);
    expect(iso(2003).has('SWE')).toBe(true);
    expect(iso(2020).has('USA')).toBe(true); // left in November 2020
    expect(iso(2021).has('USA')).toBe(false);
    expect(iso(2021).has('RUS')).toBe(true); // left in December 2021
  });
  it('refuses what is not a sandbox: a year out of range, a non-party, observing its own group', () => {
    const bad = (observer: string, host: string, year: number) => {
      const r = sandboxLevel({ observer, host, year }, SANDBOX_DATA);
      return r.ok ? '' : (r.errors[0]?.message ?? '');
    };
    expect(bad('USA', 'RUS', 2001)).toMatch(/outside 2002–2021/);
    expect(bad('USA', 'RUS', 2021)).toMatch(/USA is not a treaty party in 2021/);
    expect(bad('BLR', 'RUS', 2019)).toMatch(/own group/);
    expect(hostTerritoryOf(SANDBOX_DATA, 'DEU')).toEqual(['DEU']);
  });
});

describe('check-plan on a sandbox plan', () => {
  it('accepts a lawful flight over Belarus from Kubinka under 1,200 km', () => {
    const r = run([planFile('sandbox-usa-rus-2019', overBelarus), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; level: string; distanceKm: number };
    expect(report).toMatchObject({ ok: true, level: 'sandbox-usa-rus-2019' });
    expect(report.distanceKm).toBeLessThan(1200);
  });
  it('finds a breach (sensor below minimum) with exit 1, and a bad sandbox id with exit 2', () => {
    const low = overBelarus.map((w) => ({ ...w, altitudeM: 500 }));
    const r = run([planFile('sandbox-usa-rus-2019', low, 'low'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sensor/below-minimum-altitude');
    const gone = run([planFile('sandbox-usa-rus-2021', overBelarus, 'gone')]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/\$\.level: USA is not a treaty party in 2021/);
  });
});

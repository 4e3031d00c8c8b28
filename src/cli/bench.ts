/**
 * `npm run bench`: median time of validatePlan on a 50-waypoint plan over Russia with real
 * borders and every zone of level 03 (or the fixture level fx-russia, with a cap, a corridor and
 * an exercise zone, when level 03 is absent; BENCH_LEVEL=<file> picks another), against the same
 * geometric questions answered with @turf/turf. Every call does the full work: the plan object
 * is rebuilt for each run, and only static indexes of the map and zones (not results) survive
 * between calls.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { levelYear, parseLevel, validatePlan, type Level, type Plan } from '../rules';
import { loadWorldNode } from '../world/load-node';
import { benchPlan } from './bench-route';
import { turfCheck, turfInputs } from './bench-turf';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const TURF_RUNS = Number(process.env.BENCH_TURF_RUNS ?? 21);
const WARMUP = 200;

function loadLevel(): Level {
  const candidates = [
    ...(process.env.BENCH_LEVEL ? [resolve(process.env.BENCH_LEVEL)] : []),
    resolve(ROOT, 'levels/03-kaliningrad-cap.json'),
    resolve(ROOT, 'tests/fixtures/levels/fx-russia.json'),
  ];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error('no level for the bench');
  const parsed = parseLevel(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok)
    throw new Error(`${file}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.value;
}

function median(samples: bigint[]): number {
  const sorted = [...samples].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Number(sorted[Math.floor(sorted.length / 2)] ?? 0n) / 1000;
}

function time(runs: number, fn: () => unknown): { medianUs: number; sink: unknown } {
  const samples: bigint[] = [];
  let sink: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    sink = fn();
    samples.push(process.hrtime.bigint() - t0);
  }
  return { medianUs: median(samples), sink };
}

const level = loadLevel();
const world = loadWorldNode(levelYear(level));
const ctx = { level, world, seed: level.weather.seed };
// A fresh plan object per call: nothing can be recognised as "already validated".
const freshPlan = (): Plan => benchPlan(level.id);

const first = validatePlan(freshPlan(), ctx);
for (let i = 0; i < WARMUP; i++) validatePlan(freshPlan(), ctx);
const ours = time(RUNS, () => validatePlan(freshPlan(), ctx).findings.length);

const inputs = turfInputs(level, world, freshPlan());
for (let i = 0; i < 3; i++) turfCheck(freshPlan(), inputs);
const turf = time(TURF_RUNS, () => turfCheck(freshPlan(), inputs));

const codes = [...new Set(first.findings.map((f) => f.code))].join(', ') || 'none';
console.log(
  `level ${level.id}: ${freshPlan().waypoints.length} waypoints, ${level.zones.length} zone(s), ${Math.round(first.distanceKm)} km`,
);
console.log(`findings: ${first.findings.length} (${codes})`);
console.log(`validatePlan: ${RUNS} runs; turf: ${TURF_RUNS} runs (checksum ${String(turf.sink)})`);
const speedup = turf.medianUs / ours.medianUs;
console.log(
  `rules-bench: validate50_us=${ours.medianUs.toFixed(1)} turf_us=${turf.medianUs.toFixed(1)} speedup=${speedup.toFixed(1)}`,
);

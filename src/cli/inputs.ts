/**
 * Reading the checker's inputs. Every way an input can be unusable becomes an InputError that
 * names the file and the JSON path, printed as one line (exit 2) — never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  levelYear,
  parseLevel,
  parsePlan,
  type Level,
  type ParseError,
  type Plan,
  type WorldGeo,
} from '../rules';
import { decodeText, jsonProblem } from './text-input';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${file}: ${path}: ${detail}`);
    this.name = 'InputError';
  }
}

/** Plan and level files are small: anything larger is refused before it is parsed. */
export const MAX_FILE_BYTES = 5_000_000;

export function readJson(file: string): unknown {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, '$', 'file not found');
    if (code === 'EISDIR') throw new InputError(file, '$', 'is a directory, not a file');
    throw new InputError(file, '$', `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError(file, '$', `the file is ${bytes.length} bytes; at most ${MAX_FILE_BYTES} are read`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new InputError(file, '$', decoded.problem);
  try {
    return JSON.parse(decoded.text);
  } catch {
    throw new InputError(file, '$', jsonProblem(decoded.text));
  }
}

const joinErrors = (errors: readonly ParseError[]) => errors.map((e) => `${e.path}: ${e.message}`).join('; ');

function firstPath(errors: readonly ParseError[]): string {
  return errors[0]?.path ?? '$';
}

/** All errors on one line: "$.a: x; $.b: y" after the first path. */
function parseFailure(file: string, errors: readonly ParseError[]): InputError {
  const [first, ...rest] = errors;
  const detail = first ? `${first.message}${rest.length ? `; ${joinErrors(rest)}` : ''}` : 'invalid';
  return new InputError(file, firstPath(errors), detail);
}

export function loadPlan(file: string): Plan {
  const parsed = parsePlan(readJson(file));
  if (!parsed.ok) throw parseFailure(file, parsed.errors);
  // The game will not submit a plan with no waypoints, so there is no flight to judge: the
  // checker agrees and refuses it as input (exit 2) rather than calling it lawful.
  if (parsed.value.waypoints.length === 0) {
    throw new InputError(
      file,
      '$.waypoints',
      'the plan has no waypoints; add at least one before checking it',
    );
  }
  return parsed.value;
}

/** The level file a plan names: `<levelsDir>/<plan.level>.json`. */
export function levelFileOf(plan: Plan, levelsDir: string): string {
  return join(levelsDir, `${plan.level}.json`);
}

export function loadLevel(planFile: string, plan: Plan, levelsDir: string): Level {
  const file = levelFileOf(plan, levelsDir);
  let json: unknown;
  try {
    json = readJson(file);
  } catch (e) {
    if (e instanceof InputError && e.detail === 'file not found') {
      throw new InputError(planFile, '$.level', `unknown level "${plan.level}" (no ${file})`);
    }
    throw e;
  }
  const parsed = parseLevel(json);
  if (!parsed.ok) throw parseFailure(file, parsed.errors);
  if (parsed.value.id !== plan.level) {
    throw new InputError(
      file,
      '$.id',
      `level id "${parsed.value.id}" does not match the plan's level "${plan.level}"`,
    );
  }
  return parsed.value;
}

/**
 * Ids the plan names must exist: the start airfield among the level's, the end airfield and the
 * aircraft in the world. (Sensors and coordinates were checked by the schema.)
 */
export function checkReferences(
  planFile: string,
  levelFile: string,
  plan: Plan,
  level: Level,
  world: WorldGeo,
): void {
  const levelAirfields = level.airfields.map((a) => a.id);
  if (!levelAirfields.includes(plan.airfield) || !world.airfields.has(plan.airfield)) {
    throw new InputError(
      planFile,
      '$.airfield',
      `unknown airfield "${plan.airfield}" for level ${level.id} (expected one of ${levelAirfields.join(', ')})`,
    );
  }
  const end = plan.endAirfield ?? plan.airfield;
  if (!world.airfields.has(end)) {
    throw new InputError(planFile, '$.endAirfield', `unknown airfield "${end}"`);
  }
  const aircraft = plan.aircraft ?? level.aircraft;
  if (!world.aircraft.has(aircraft)) {
    // Without an aircraft in the plan, the level's own aircraft is the broken input.
    throw new InputError(
      plan.aircraft === undefined ? levelFile : planFile,
      '$.aircraft',
      `unknown aircraft "${aircraft}" (expected one of ${[...world.aircraft.keys()].join(', ')})`,
    );
  }
}

export { levelYear };

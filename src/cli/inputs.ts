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

/** "line 3, column 7" for a character offset, to point at broken JSON. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, '$', 'file not found');
    if (code === 'EISDIR') throw new InputError(file, '$', 'is a directory, not a file');
    throw new InputError(file, '$', `cannot read the file (${code ?? 'unknown error'})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineColumn(text, Number(position[1]))}` : '';
    throw new InputError(file, '$', `not valid JSON${where} (${message.replace(/\s*\(line.*$/, '')})`);
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

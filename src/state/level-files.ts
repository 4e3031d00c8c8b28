/**
 * The shipped levels: every levels/*.json bundled at build time, parsed through parseLevel, and a
 * broken file turned into a LevelLoadError the menu shows (file, JSON path, message) instead of a
 * blank screen. The game imports this module on demand, after the title screen has painted
 * (loadLevelsAfterTitle in actions/world.ts): the level files and their schema are a chunk of their own.
 */
import { parseLevel } from '../rules/level/parse';
import type { Level } from '../rules/types';
import type { GameStore, LevelLoadError } from './store';

export interface LevelFiles {
  /** File name (levels/xx.json) → its text (JSON), parsed here so a syntax error is listed too. */
  [file: string]: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return new Error(`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Parses every level file; good levels by id, bad ones as errors naming file and path. */
export function parseLevelFiles(files: LevelFiles): {
  levels: Record<string, Level>;
  errors: LevelLoadError[];
} {
  const levels: Record<string, Level> = {};
  const errors: LevelLoadError[] = [];
  for (const file of Object.keys(files).sort()) {
    const json = parseJson(files[file] ?? '');
    if (json instanceof Error) {
      errors.push({ file, errors: [{ path: '$', message: json.message }] });
      continue;
    }
    const parsed = parseLevel(json);
    if (!parsed.ok) {
      errors.push({ file, errors: parsed.errors.map((e) => ({ path: e.path, message: e.message })) });
      continue;
    }
    const level = parsed.value;
    const base = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (Object.hasOwn(levels, level.id)) {
      errors.push({
        file,
        errors: [{ path: '$.id', message: `Another level file already uses the id "${level.id}".` }],
      });
      continue;
    }
    if (base !== level.id) {
      errors.push({
        file,
        errors: [{ path: '$.id', message: `The id "${level.id}" should match the file name "${base}".` }],
      });
    }
    levels[level.id] = level;
  }
  return { levels, errors };
}

/**
 * Every shipped level, bundled at build time. The schema file that sits beside them is for
 * editors and sources.json is the cards' source list (read by src/rules/level/sources.ts):
 * neither is a level.
 */
const LEVEL_MODULES = import.meta.glob<string>(
  ['/levels/*.json', '!/levels/level.schema.json', '!/levels/sources.json'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

export function bundledLevelFiles(): LevelFiles {
  const files: LevelFiles = {};
  for (const [path, json] of Object.entries(LEVEL_MODULES)) files[path.replace(/^\//, '')] = json;
  return files;
}

/** Parses the levels into the store: good levels playable, broken ones listed on the menu. */
export function loadLevels(store: GameStore, files: LevelFiles = bundledLevelFiles()): void {
  const { levels, errors } = parseLevelFiles(files);
  store.setState({ levels, levelErrors: errors });
}

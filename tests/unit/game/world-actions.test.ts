import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';
import type { Plan } from '../../../src/rules/types';
import { loadLevelsAfterTitle, loadWorld, showScreen } from '../../../src/state/actions/world';
import { bundledLevelFiles, loadLevels, parseLevelFiles } from '../../../src/state/level-files';
import { loadTopologyNode } from '../../../src/world/load-node';

const good = readFileSync('levels/01-training-flight.json', 'utf8');
const goodJson = JSON.parse(good) as Record<string, unknown>;
const withChange = (patch: Record<string, unknown>): string => JSON.stringify({ ...goodJson, ...patch });

/** A store with no browser storage behind it (the save lives in memory). */
function memoryStore() {
  return createGameStore(createSafeStorage(() => undefined));
}

describe('parseLevelFiles', () => {
  it.each([
    ['a good level', { 'levels/01-training-flight.json': good }, ['01-training-flight'], []],
    ['broken JSON', { 'levels/x.json': '{ "id": ' }, [], [['levels/x.json', '$', /not valid JSON/]]],
    [
      'a schema error names the JSON path',
      { 'levels/01-training-flight.json': withChange({ quota: { active: 'two', used: 0 } }) },
      [],
      [['levels/01-training-flight.json', '$.quota.active', /./]],
    ],
    [
      'an id that does not match the file name is loaded but reported',
      { 'levels/renamed.json': good },
      ['01-training-flight'],
      [['levels/renamed.json', '$.id', /file name/]],
    ],
    [
      'two files with one id: the second is refused',
      { 'levels/01-training-flight.json': good, 'levels/zz-copy.json': good },
      ['01-training-flight'],
      [['levels/zz-copy.json', '$.id', /already uses/]],
    ],
  ] as const)('%s', (_name, files, ids, errors) => {
    const r = parseLevelFiles(files as Record<string, string>);
    expect(Object.keys(r.levels)).toEqual(ids);
    expect(r.errors).toHaveLength(errors.length);
    errors.forEach(([file, path, msg], i) => {
      const e = r.errors[i]!;
      expect(e.file).toBe(file);
      const hit = e.errors.find((x) => x.path === path);
      expect(hit, JSON.stringify(e.errors)).toBeDefined();
      expect(hit!.message).toMatch(msg);
    });
  });

  it('the bundle holds every levels/*.json except the schema and the source list', () => {
    const files = Object.keys(bundledLevelFiles());
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => /^levels\/[^/]+\.json$/.test(f))).toBe(true);
    expect(files).not.toContain('levels/level.schema.json');
    expect(files).not.toContain('levels/sources.json');
  });
});

describe('store loading', () => {
  it('loadLevels stores good levels and the errors of bad files', () => {
    const store = memoryStore();
    loadLevels(store, { 'levels/01-training-flight.json': good, 'levels/bad.json': '[' });
    expect(Object.keys(store.getState().levels)).toEqual(['01-training-flight']);
    expect(store.getState().levelErrors.map((e) => e.file)).toEqual(['levels/bad.json']);
  });

  it('loadWorld builds WorldGeo from the atlas, and refuses anything else', () => {
    const store = memoryStore();
    expect(loadWorld(store, { type: 'FeatureCollection' })).toBe(false);
    expect(store.getState().world).toBeNull();
    expect(loadWorld(store, loadTopologyNode())).toBe(true);
    const world = store.getState().world!;
    expect(world.states.get('RUS')?.polygons.length).toBeGreaterThan(0);
    expect(world.parties.has('USA')).toBe(true);
  });

  it('showScreen switches screens and closes any open panel', () => {
    const store = memoryStore();
    store.setState({ panel: 'settings' });
    showScreen(store, 'about');
    expect(store.getState().screen).toBe('about');
    expect(store.getState().panel).toBeNull();
  });
});

describe('followMissionYear', () => {
  it('puts the world in the mission’s year and keeps the map over the party observed after it', async () => {
    const { followMissionYear } = await import('../../../src/state/actions/world');
    const { setMapFocus } = await import('../../../src/state/actions/view');
    const store = memoryStore();
    loadLevels(store, { 'levels/01-training-flight.json': good });
    expect(loadWorld(store, loadTopologyNode())).toBe(true);
    setMapFocus(store, 'RUS');
    const stop = followMissionYear(store);
    expect(store.getState().world!.parties.has('HRV')).toBe(true); // 2019: Croatia had acceded (2004)
    store.setState({
      mission: {
        levelId: '01-training-flight',
        phase: 'briefing',
        seed: 1,
        past: [],
        present: {} as Plan,
        future: [],
      },
    });
    expect(store.getState().world!.parties.has('HRV')).toBe(false); // 2002, the level's year
    expect(store.getState().mapFocus).toBe('UKR');
    store.setState({ mission: null });
    expect(store.getState().mapFocus).toBe('UKR');
    stop();
  });
});

describe('loadLevelsAfterTitle (the title does not wait for the level parsing)', () => {
  const files = () => ({ 'levels/01-training-flight.json': good, 'levels/x.json': '{ "id": ' });
  const loader = (store: ReturnType<typeof memoryStore>) => () => loadLevels(store, files());

  it('shows the title with the levels unparsed, parses them once after it has painted', () => {
    const store = memoryStore();
    let paint: (() => void) | null = null;
    loadLevelsAfterTitle(store, (fn) => (paint = fn), loader(store));
    expect(store.getState().screen).toBe('start');
    expect(Object.keys(store.getState().levels)).toEqual([]);
    (paint as unknown as () => void)();
    expect(Object.keys(store.getState().levels)).toEqual(['01-training-flight']);
    expect(store.getState().levelErrors.map((e) => e.file)).toEqual(['levels/x.json']);
    const levels = store.getState().levels;
    showScreen(store, 'menu');
    expect(store.getState().levels).toBe(levels); // not parsed twice
  });

  it('parses them at once when the player leaves the title before it has painted', () => {
    const store = memoryStore();
    loadLevelsAfterTitle(store, () => {}, loader(store));
    showScreen(store, 'menu');
    expect(Object.keys(store.getState().levels)).toEqual(['01-training-flight']);
  });

  it('parses them at once when a link skips the title', () => {
    const store = memoryStore();
    showScreen(store, 'free-flight');
    let painted = false;
    loadLevelsAfterTitle(store, () => (painted = true), loader(store));
    expect(painted).toBe(false);
    expect(Object.keys(store.getState().levels)).toEqual(['01-training-flight']);
  });

  it('loads them asynchronously (their own chunk) and reports a chunk that cannot load', async () => {
    const store = memoryStore();
    const errors: unknown[] = [];
    loadLevelsAfterTitle(
      store,
      (fn) => fn(),
      () => Promise.resolve().then(() => loadLevels(store, files())),
      (e) => errors.push(e),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(Object.keys(store.getState().levels)).toEqual(['01-training-flight']);

    const other = memoryStore();
    const gone = new Error('Failed to fetch dynamically imported module');
    loadLevelsAfterTitle(
      other,
      (fn) => fn(),
      () => Promise.reject(gone),
      (e) => errors.push(e),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual([gone]);
    expect(other.getState().levels).toEqual({});
  });
});

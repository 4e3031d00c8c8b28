import { describe, expect, it } from 'vitest';
import { createGameStore } from '../../../src/state/store';
import { createSafeStorage, STORAGE_KEY } from '../../../src/state/storage';
import { migrateSave, SAVE_VERSION } from '../../../src/state/migrate';
import { DEFAULT_SETTINGS } from '../../../src/state/schema';
import { memoryStorage } from '../../helpers/memory-storage';

describe('store persistence', () => {
  it('persists settings and progress under the project key with the current version', () => {
    const backing = memoryStorage();
    const store = createGameStore(createSafeStorage(() => backing));
    store.setState({ settings: { ...store.getState().settings, musicVolume: 0.25 } });
    const saved = JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null');
    expect(saved.version).toBe(SAVE_VERSION);
    expect(saved.state.settings.musicVolume).toBe(0.25);
    expect(saved.state.world).toBeUndefined();
    expect(saved.state.verdict).toBeUndefined();
  });

  it('restores a saved game into a new store', () => {
    const backing = memoryStorage();
    const a = createGameStore(createSafeStorage(() => backing));
    a.setState({
      progress: {
        ...a.getState().progress,
        trust: 71,
        results: { '01-training-flight': { stars: 2, score: 340 } },
      },
    });
    const b = createGameStore(createSafeStorage(() => backing));
    expect(b.getState().progress.trust).toBe(71);
    expect(b.getState().progress.results['01-training-flight']).toEqual({ stars: 2, score: 340 });
  });

  it.each([
    ['not JSON at all', '{{{garbage'],
    ['JSON of the wrong shape', JSON.stringify({ state: 42, version: SAVE_VERSION })],
    [
      'a settings slice with bad values',
      JSON.stringify({ state: { settings: { uiScale: 'huge' } }, version: SAVE_VERSION }),
    ],
    ['null', 'null'],
  ])('starts with defaults when storage holds %s', (_name, raw) => {
    const backing = memoryStorage();
    backing.data.set(STORAGE_KEY, raw);
    const store = createGameStore(createSafeStorage(() => backing));
    expect(store.getState().settings.uiScale).toBe(DEFAULT_SETTINGS.uiScale);
    expect(store.getState().mission).toBeNull();
  });

  it('keeps valid slices when another slice is broken', () => {
    const backing = memoryStorage();
    backing.data.set(
      STORAGE_KEY,
      JSON.stringify({
        version: SAVE_VERSION,
        state: { settings: { palette: 'neon' }, progress: { trust: 90, results: {}, quotaUsed: {} } },
      }),
    );
    const store = createGameStore(createSafeStorage(() => backing));
    expect(store.getState().settings.palette).toBe('okabe-ito');
    expect(store.getState().progress.trust).toBe(90);
  });

  it.each([
    ['getItem throws (blocked iframe storage)', { throwOnGet: true }],
    ['setItem throws (private mode, quota)', { throwOnSet: true }],
  ])('still starts and works in memory when %s', async (_name, opts) => {
    const store = createGameStore(createSafeStorage(() => memoryStorage(opts)));
    store.setState({ settings: { ...store.getState().settings, muted: true } });
    await Promise.resolve();
    expect(store.getState().settings.muted).toBe(true);
    expect(store.getState().saveAvailable).toBe(false);
  });

  it('still starts when reading localStorage itself throws', () => {
    const store = createGameStore(
      createSafeStorage(() => {
        throw new Error('SecurityError');
      }),
    );
    expect(store.getState().screen).toBe('start');
    expect(store.getState().saveAvailable).toBe(false);
  });
});

describe('save migration', () => {
  it('migrates a version 1 save (one volume, stars map) to the current shape', () => {
    const v1 = {
      settings: { volume: 0.3, muted: true },
      progress: { stars: { '01-training-flight': 3, broken: 'x' } },
    };
    const migrated = migrateSave(v1, 1);
    expect(migrated.settings.effectsVolume).toBe(0.3);
    expect(migrated.settings.musicVolume).toBe(0.3);
    expect(migrated.settings.muted).toBe(true);
    expect(migrated.progress.results).toEqual({ '01-training-flight': { stars: 3, score: 0 } });
  });

  it('runs the migration through the store when the stored version is older', () => {
    const backing = memoryStorage();
    backing.data.set(STORAGE_KEY, JSON.stringify({ version: 1, state: { settings: { volume: 0.1 } } }));
    const store = createGameStore(createSafeStorage(() => backing));
    expect(store.getState().settings.effectsVolume).toBe(0.1);
    const rewritten = JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null');
    expect(rewritten.version).toBe(SAVE_VERSION);
  });

  it('drops a mission that does not match the schema but keeps progress', () => {
    const migrated = migrateSave({ mission: { levelId: 5 }, progress: { trust: 10 } }, SAVE_VERSION);
    expect(migrated.mission).toBeNull();
    expect(migrated.progress.trust).toBe(10);
  });

  describe('v2 → v3: the deviation answer leaves mission.outcome', () => {
    const PLAN = {
      format: 'open-skies-plan',
      version: 1,
      level: '01-training-flight',
      airfield: 'x',
      waypoints: [],
    };
    const v2mission = (extra: Record<string, unknown>) => ({
      levelId: '07-exercise-airspace',
      phase: 'flight',
      seed: 3,
      past: [],
      present: PLAN,
      future: [],
      review: { protests: [], accepted: true },
      flight: { tH: 5, paused: true },
      ...extra,
    });

    it('in flight, `outcome: { deviation }` becomes `deviation` and no outcome', () => {
      const report: string[] = [];
      const m = migrateSave({ mission: v2mission({ outcome: { deviation: 'refused' } }) }, 2, report).mission;
      expect(m?.deviation).toBe('refused');
      expect(m).not.toHaveProperty('outcome');
      expect(m?.flight).toEqual({ tH: 5, paused: true });
      expect(report).toEqual([]);
    });

    it('at the debrief, the result stays the outcome and the answer moves beside it', () => {
      const outcome = { kind: 'flown', score: 310, stars: 2, trustDelta: 4, deviation: 'accepted' };
      const m = migrateSave({ mission: v2mission({ phase: 'debrief', outcome }) }, 2).mission;
      expect(m?.deviation).toBe('accepted');
      expect(m?.outcome).toEqual({ kind: 'flown', score: 310, stars: 2, trustDelta: 4 });
    });

    it('a v3 save labelled 2 (or 0) is not migrated again', () => {
      const outcome = { kind: 'declined', score: -20, stars: 0, trustDelta: -5 };
      for (const version of [0, 2, SAVE_VERSION]) {
        const m = migrateSave(
          { mission: v2mission({ phase: 'debrief', deviation: 'refused', outcome }) },
          version,
        ).mission;
        expect(m?.deviation).toBe('refused');
        expect(m?.outcome).toEqual(outcome);
      }
    });

    it('a broken part of the mission is dropped alone and reported; the mission stays', () => {
      const report: string[] = [];
      const m = migrateSave(
        {
          mission: v2mission({ review: { protests: 'many' }, deviation: 'maybe', outcome: { kind: 'won' } }),
        },
        SAVE_VERSION,
        report,
      ).mission;
      expect(m?.levelId).toBe('07-exercise-airspace');
      expect(m?.flight).toEqual({ tH: 5, paused: true });
      expect(m).not.toHaveProperty('review');
      expect(m).not.toHaveProperty('deviation');
      expect(m).not.toHaveProperty('outcome');
      expect(report.sort()).toEqual(['mission.deviation', 'mission.outcome', 'mission.review']);
    });

    it('the store rewrites a v2 save in the v3 shape', () => {
      const backing = memoryStorage();
      backing.data.set(
        STORAGE_KEY,
        JSON.stringify({
          version: 2,
          state: {
            progress: { trust: 55, results: {}, quotaUsed: { 'USA>RUS@2002': 1 } },
            mission: v2mission({ outcome: { deviation: 'accepted' } }),
          },
        }),
      );
      const store = createGameStore(createSafeStorage(() => backing));
      expect(store.getState().mission?.deviation).toBe('accepted');
      expect(store.getState().saveNotice).toBeNull();
      store.setState({ settings: { ...store.getState().settings, muted: true } });
      const rewritten = JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null');
      expect(rewritten.version).toBe(SAVE_VERSION);
      expect(rewritten.state.mission.deviation).toBe('accepted');
      expect(rewritten.state.mission.outcome).toBeUndefined();
      expect(rewritten.state.progress.quotaUsed).toBeUndefined();
    });
  });
});

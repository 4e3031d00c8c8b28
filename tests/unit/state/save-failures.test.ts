/**
 * Issue 9, failures 1-4 and 7: saves that bricked the game, were wiped silently, lost good
 * fields with a bad neighbour, broke screens when newer or tampered, and storage that never
 * came back. Each describe is named after the failure it pins.
 */
import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import { currentLevel, isUnlocked, missionInProgress, playableCampaign } from '../../../src/state/selectors';
import { createGameStore } from '../../../src/state/store';
import { BACKUP_KEY, createSafeStorage, STORAGE_KEY } from '../../../src/state/storage';
import { SAVE_VERSION } from '../../../src/state/migrate';
import { dismissSaveBanner } from '../../../src/state/actions/save';
import { DEFAULT_SETTINGS } from '../../../src/state/schema';
import { findingTitle } from '../../../src/i18n';
import { bootStore, enterPlan, memoryStorage, referencePlan } from './actions-helpers';

const save = (state: unknown, version: number = SAVE_VERSION): string => JSON.stringify({ state, version });

/** A mission saved in the middle of planning 01, as the game writes it. */
function planningSave(): Record<string, unknown> {
  const backing = memoryStorage();
  bootStore(backing);
  a.startMission('01-training-flight');
  a.beginPlanning();
  enterPlan(referencePlan('01-training-flight.lawful'));
  return JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null').state;
}

describe('1. A save can brick the game for good', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'a mission for level "%s" boots to a working game and is closed with a notice',
    (id) => {
      const state = planningSave();
      (state.mission as Record<string, unknown>).levelId = id;
      const backing = memoryStorage();
      backing.data.set(STORAGE_KEY, save(state));
      const store = bootStore(backing);
      const s = store.getState();
      expect(currentLevel(s)).toBeNull();
      expect(playableCampaign(s)[0]).toBe('01-training-flight');
      expect(isUnlocked(s, '01-training-flight')).toBe(true);
      if (s.mission) {
        // A slug such as "constructor" is kept; Continue then closes it with a message.
        expect(missionInProgress(s)).toBe(true);
        expect(a.resumeMission()).toBe(false);
        expect(store.getState().missionNotice?.key).toBe('say.save-level-missing');
      } else {
        expect(s.saveNotice?.problem).toBe('repaired');
      }
      a.startMission('01-training-flight');
      expect(store.getState().mission?.levelId).toBe('01-training-flight');
    },
  );

  it('results keyed by built-in names do not count as flown levels', () => {
    const backing = memoryStorage();
    backing.data.set(
      STORAGE_KEY,
      save({
        progress: {
          results: JSON.parse('{"__proto__":{"stars":3,"score":1},"toString":{"stars":3,"score":1}}'),
        },
      }),
    );
    const store = bootStore(backing);
    expect(Object.keys(store.getState().progress.results)).toEqual([]);
    expect(isUnlocked(store.getState(), '02-first-flight-over-russia')).toBe(false);
  });
});

describe('2. An unreadable save is wiped silently', () => {
  it.each([
    ['garbage', '{{{garbage'],
    ['truncated JSON', save({ progress: { trust: 80 } }).slice(0, 30)],
    ['a wrong shape', JSON.stringify({ state: 42, version: SAVE_VERSION })],
    ['null', 'null'],
  ])('%s is kept aside under the backup key and the player is told', (_name, raw) => {
    const backing = memoryStorage();
    backing.data.set(STORAGE_KEY, raw);
    const store = createGameStore(createSafeStorage(() => backing));
    expect(store.getState().saveNotice?.problem).toBe('unreadable');
    expect(store.getState().saveNotice?.original).toBe(raw);
    expect(backing.data.get(BACKUP_KEY)).toBe(raw);
    // Playing on writes the main key, never the backup.
    store.setState({ settings: { ...store.getState().settings, muted: true } });
    expect(backing.data.get(BACKUP_KEY)).toBe(raw);
  });

  it('a second broken save never overwrites the first backup', () => {
    const backing = memoryStorage();
    backing.data.set(STORAGE_KEY, 'first broken');
    createGameStore(createSafeStorage(() => backing));
    backing.data.set(STORAGE_KEY, 'second broken');
    const store = createGameStore(createSafeStorage(() => backing));
    expect(backing.data.get(BACKUP_KEY)).toBe('first broken');
    expect(store.getState().saveNotice?.backupKey).toBe(`${BACKUP_KEY}-2`);
    expect(backing.data.get(`${BACKUP_KEY}-2`)).toBe('second broken');
  });

  it('a good save tells nothing and keeps nothing aside', () => {
    const backing = memoryStorage();
    backing.data.set(STORAGE_KEY, save(planningSave()));
    const store = createGameStore(createSafeStorage(() => backing));
    expect(store.getState().saveNotice).toBeNull();
    expect(backing.data.has(BACKUP_KEY)).toBe(false);
  });
});

describe('3. One bad field throws away its good neighbours', () => {
  it('one out-of-range setting falls back alone', () => {
    const backing = memoryStorage();
    const settings = { ...DEFAULT_SETTINGS, palette: 'high-contrast', captions: false, uiScale: 99 };
    backing.data.set(STORAGE_KEY, save({ settings }));
    const store = createGameStore(createSafeStorage(() => backing));
    const s = store.getState().settings;
    expect(s.uiScale).toBe(DEFAULT_SETTINGS.uiScale);
    expect(s.palette).toBe('high-contrast');
    expect(s.captions).toBe(false);
    expect(store.getState().saveNotice?.problem).toBe('repaired');
  });

  it("an old save's quota ledger (bad entry or not) is left behind; trust and results stay", () => {
    const backing = memoryStorage();
    const progress = {
      trust: 83,
      results: { '01-training-flight': { stars: 3, score: 900 } },
      quotaUsed: { 'USA>RUS@2002': 2, 'USA>BLR@2002': -4 },
    };
    backing.data.set(STORAGE_KEY, save({ progress }));
    const store = createGameStore(createSafeStorage(() => backing));
    const p = store.getState().progress;
    expect(p.trust).toBe(83);
    expect(p.results['01-training-flight']).toEqual({ stars: 3, score: 900 });
    // Since v3 the ledger is counted from the results (selectors.quotaUsedFor), never stored.
    expect(p).not.toHaveProperty('quotaUsed');
    expect(store.getState().saveNotice).toBeNull();
  });
});

describe('4. Newer or tampered states break screens', () => {
  it('a review holding a finding code this build does not know closes the mission as newer', () => {
    const backing = memoryStorage();
    bootStore(backing);
    a.startMission('01-training-flight');
    a.beginPlanning();
    enterPlan(referencePlan('01-training-flight.lawful'));
    a.submitPlan();
    const state = JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null').state;
    state.mission.review = { protests: [{ code: 'route/from-the-future', article: 'Art. XX' }] };
    backing.data.set(STORAGE_KEY, save(state));
    const store = bootStore(backing);
    expect(a.resumeMission()).toBe(false);
    expect(store.getState().missionNotice?.key).toBe('say.save-newer');
    expect(store.getState().screen).toBe('campaign');
  });

  it('a finding title for an unknown code says a newer version made it', () => {
    expect(findingTitle('route/from-the-future')).toMatch(/newer version/);
    expect(findingTitle('constructor')).toMatch(/newer version/);
    expect(findingTitle('route/too-long')).not.toMatch(/newer/);
  });

  it('a flight-phase save with no review still reaches the debrief', () => {
    const backing = memoryStorage();
    const first = bootStore(backing);
    a.startMission('01-training-flight');
    a.beginPlanning();
    enterPlan(referencePlan('01-training-flight.lawful'));
    a.submitPlan();
    a.acceptReview();
    expect(first.getState().mission?.phase).toBe('flight');
    const state = JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null').state;
    delete state.mission.review;
    backing.data.set(STORAGE_KEY, save(state));
    const store = bootStore(backing);
    expect(a.resumeMission()).toBe(true);
    expect(store.getState().review).not.toBeNull();
    a.setFlightTime(store.getState().flight!.landingAfterArrivalH);
    a.finishFlight();
    expect(store.getState().mission?.phase).toBe('debrief');
  });

  it.each([0, 1, -3, 1.5])('a v2 save labelled version %s keeps its results', (version) => {
    const backing = memoryStorage();
    const progress = {
      trust: 70,
      results: { '01-training-flight': { stars: 2, score: 500 } },
      quotaUsed: {},
    };
    backing.data.set(
      STORAGE_KEY,
      save({ settings: { ...DEFAULT_SETTINGS, musicVolume: 0.2 }, progress }, version),
    );
    const store = createGameStore(createSafeStorage(() => backing));
    expect(store.getState().progress.results['01-training-flight']).toEqual({ stars: 2, score: 500 });
    expect(store.getState().settings.musicVolume).toBe(0.2);
  });

  it('a save from a newer version or with an unknown phase is told as newer and kept aside', () => {
    for (const raw of [
      save({ progress: { trust: 61, results: {}, quotaUsed: {} } }, SAVE_VERSION + 1),
      save({ mission: { ...(planningSave().mission as object), phase: 'refuelling' } }),
    ]) {
      const backing = memoryStorage();
      backing.data.set(STORAGE_KEY, raw);
      const store = createGameStore(createSafeStorage(() => backing));
      expect(store.getState().saveNotice?.problem).toBe('newer');
      expect(backing.data.get(BACKUP_KEY)).toBe(raw);
    }
  });

  it('a mission for an unknown level is offered to Continue, which closes it with its notice', () => {
    const state = planningSave();
    (state.mission as Record<string, unknown>).levelId = '99-not-in-this-build';
    const backing = memoryStorage();
    backing.data.set(STORAGE_KEY, save(state));
    const store = bootStore(backing);
    expect(missionInProgress(store.getState())).toBe(true);
    expect(a.resumeMission()).toBe(false);
    expect(store.getState().missionNotice).toEqual({
      key: 'say.save-level-missing',
      params: { id: '99-not-in-this-build' },
    });
  });
});

describe('7. Blocked or full storage is barely told', () => {
  it('after a failed write the game tries again and saves once storage is back', async () => {
    const backing = memoryStorage();
    let full = false;
    const flaky: Storage = {
      ...backing,
      getItem: (k) => backing.getItem(k),
      setItem: (k, v) => {
        if (full) throw new Error('QuotaExceededError');
        backing.setItem(k, v);
      },
      removeItem: (k) => backing.removeItem(k),
    };
    const pending: (() => void)[] = [];
    const storage = createSafeStorage(
      () => flaky,
      (run) => void pending.push(run),
    );
    const store = createGameStore(storage);
    full = true;
    store.setState({ settings: { ...store.getState().settings, muted: true } });
    await Promise.resolve();
    expect(store.getState().saveAvailable).toBe(false);
    expect(pending).toHaveLength(1);
    pending.shift()!(); // still full: tries again later
    expect(store.getState().saveAvailable).toBe(false);
    expect(pending).toHaveLength(1);
    full = false;
    pending.shift()!();
    expect(store.getState().saveAvailable).toBe(true);
    expect(JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null').state.settings.muted).toBe(true);
    // Later writes go to the real storage again.
    store.setState({ settings: { ...store.getState().settings, muted: false } });
    expect(JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null').state.settings.muted).toBe(false);
  });

  it('never writes over a save it could not read', () => {
    const pending: (() => void)[] = [];
    const storage = createSafeStorage(
      () => memoryStorage({ throwOnGet: true }),
      (run) => void pending.push(run),
    );
    const store = createGameStore(storage);
    store.setState({ settings: { ...store.getState().settings, muted: true } });
    expect(store.getState().saveAvailable).toBe(false);
    expect(pending).toHaveLength(0);
  });

  it('the banner can be dismissed and comes back when saving fails again', async () => {
    const backing = memoryStorage();
    let full = true;
    const flaky: Storage = {
      ...backing,
      getItem: (k) => backing.getItem(k),
      setItem: (k, v) => {
        if (full) throw new Error('QuotaExceededError');
        backing.setItem(k, v);
      },
      removeItem: (k) => backing.removeItem(k),
    };
    const pending: (() => void)[] = [];
    const store = createGameStore(
      createSafeStorage(
        () => flaky,
        (run) => void pending.push(run),
      ),
    );
    store.setState({ screen: 'menu' });
    await Promise.resolve();
    expect(store.getState().saveAvailable).toBe(false);
    dismissSaveBanner(store);
    expect(store.getState().saveBannerDismissed).toBe(true);
    full = false;
    pending.shift()!();
    expect(store.getState().saveAvailable).toBe(true);
    full = true;
    // A change to what is saved (changes to nothing saved write nothing: save-writer.ts).
    store.setState((s) => ({ progress: { ...s.progress, trust: s.progress.trust + 1 } }));
    await Promise.resolve();
    expect(store.getState().saveAvailable).toBe(false);
    expect(store.getState().saveBannerDismissed).toBe(false);
  });
});

describe('the save stays under 500 kB', () => {
  it('a long undo history of 500-waypoint plans is trimmed oldest first; the plan in hand stays', async () => {
    const MAX_SAVE_CHARS = 500_000;
    const state = planningSave();
    const m = state.mission as { present: { waypoints: unknown[] }; past: unknown[]; future: unknown[] };
    const big = { ...m.present, waypoints: Array.from({ length: 500 }, () => m.present.waypoints[0]) };
    m.present = big;
    m.past = Array.from({ length: 100 }, () => big);
    m.future = Array.from({ length: 20 }, () => big);
    const backing = memoryStorage();
    const store = createGameStore(createSafeStorage(() => backing));
    store.setState({ mission: state.mission as never });
    const written = backing.data.get(STORAGE_KEY) ?? '';
    expect(written.length).toBeLessThanOrEqual(MAX_SAVE_CHARS);
    const saved = JSON.parse(written).state.mission;
    expect(saved.present.waypoints).toHaveLength(500);
    expect(saved.past.length).toBeLessThan(100);
  });
});

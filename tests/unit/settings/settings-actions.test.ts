import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../helpers/memory-storage';
import { createGameStore, type GameStore } from '../../../src/state/store';
import { createSafeStorage, STORAGE_KEY } from '../../../src/state/storage';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../src/state/schema';
import { bindActionStore } from '../../../src/state/actions/mission-core';
import { closePanel, openPanel, togglePanel } from '../../../src/state/actions/panels';
import {
  isReducedMotion,
  resetSettings,
  setCaptions,
  setDefaultTimeSpeed,
  setEffectsVolume,
  setLanguage,
  setMusicVolume,
  setMuted,
  setPalette,
  setReducedMotion,
  setSystemMediaQuery,
  setUiScale,
  toggleMuted,
} from '../../../src/state/actions/settings';

let backing: ReturnType<typeof memoryStorage>;
let store: GameStore;

beforeEach(() => {
  backing = memoryStorage();
  store = createGameStore(createSafeStorage(() => backing));
  bindActionStore(store);
});

const settings = (): Settings => store.getState().settings;

describe('settings actions', () => {
  it.each<[string, () => void, Partial<Settings>]>([
    ['effects volume', () => setEffectsVolume(0.35), { effectsVolume: 0.35 }],
    ['effects volume clamps high', () => setEffectsVolume(7), { effectsVolume: 1 }],
    ['effects volume clamps low', () => setEffectsVolume(-1), { effectsVolume: 0 }],
    ['effects volume rounds to hundredths', () => setEffectsVolume(0.333333), { effectsVolume: 0.33 }],
    ['effects volume NaN is silence', () => setEffectsVolume(Number.NaN), { effectsVolume: 0 }],
    ['music volume', () => setMusicVolume(0.1), { musicVolume: 0.1 }],
    ['mute', () => setMuted(true), { muted: true }],
    ['toggle mute', () => toggleMuted(), { muted: true }],
    ['captions off', () => setCaptions(false), { captions: false }],
    ['ui scale', () => setUiScale(1.5), { uiScale: 1.5 }],
    ['ui scale clamps', () => setUiScale(9), { uiScale: 2 }],
    ['ui scale clamps low', () => setUiScale(0.1), { uiScale: 0.75 }],
    ['reduced motion forced on', () => setReducedMotion(true), { reducedMotion: true }],
    ['reduced motion forced off', () => setReducedMotion(false), { reducedMotion: false }],
    ['high-contrast palette', () => setPalette('high-contrast'), { palette: 'high-contrast' }],
    ['unknown palette ignored', () => setPalette('neon'), { palette: 'okabe-ito' }],
    ['time speed', () => setDefaultTimeSpeed(16), { timeSpeed: 16 }],
    ['time speed not offered is ignored', () => setDefaultTimeSpeed(3), { timeSpeed: 4 }],
    ['language', () => setLanguage('fr'), { language: 'fr' }],
    ['language must look like a code', () => setLanguage('<script>'), { language: 'en' }],
  ])('%s', (_name, act, expected) => {
    act();
    expect(settings()).toEqual({ ...DEFAULT_SETTINGS, ...expected });
    expect(settingsSchema.safeParse(settings()).success).toBe(true);
  });

  it('does not notify subscribers when nothing changes', () => {
    let calls = 0;
    store.subscribe(() => calls++);
    setMuted(false);
    setPalette('okabe-ito');
    setUiScale(1);
    expect(calls).toBe(0);
    setMuted(true);
    expect(calls).toBe(1);
  });

  it('restores the defaults', () => {
    setMuted(true);
    setUiScale(2);
    setPalette('high-contrast');
    resetSettings();
    expect(settings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings persistence', () => {
  it('saves every setting and restores it in a new session', () => {
    setEffectsVolume(0.2);
    setMusicVolume(0);
    setMuted(true);
    setCaptions(false);
    setUiScale(1.25);
    setReducedMotion(true);
    setPalette('high-contrast');
    setDefaultTimeSpeed(8);
    const saved = JSON.parse(backing.data.get(STORAGE_KEY) ?? 'null');
    expect(saved.state.settings.palette).toBe('high-contrast');
    const reloaded = createGameStore(createSafeStorage(() => backing));
    expect(reloaded.getState().settings).toEqual({
      ...DEFAULT_SETTINGS,
      effectsVolume: 0.2,
      musicVolume: 0,
      muted: true,
      captions: false,
      uiScale: 1.25,
      reducedMotion: true,
      palette: 'high-contrast',
      timeSpeed: 8,
    });
  });

  it('never persists the open panel', () => {
    openPanel('settings');
    const saved = JSON.parse(backing.data.get(STORAGE_KEY) ?? '{"state":{}}');
    expect(saved.state.panel).toBeUndefined();
  });
});

describe('panels', () => {
  it('opens, toggles and closes', () => {
    openPanel('settings');
    expect(store.getState().panel).toBe('settings');
    togglePanel('shortcuts');
    expect(store.getState().panel).toBe('shortcuts');
    togglePanel('shortcuts');
    expect(store.getState().panel).toBeNull();
    openPanel('handbook');
    closePanel();
    expect(store.getState().panel).toBeNull();
  });
});

describe('isReducedMotion', () => {
  it.each<[boolean | null, boolean, boolean]>([
    [null, false, false],
    [null, true, true],
    [true, false, true],
    [false, true, false],
  ])('setting %s with system %s → %s', (setting, system, expected) => {
    setSystemMediaQuery((q) => ({ matches: q === '(prefers-reduced-motion: reduce)' && system }));
    setReducedMotion(setting);
    expect(isReducedMotion(store.getState())).toBe(expected);
    setSystemMediaQuery(null);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import {
  AudioDirector,
  GAIN,
  humLevel,
  humRate,
  spriteEntries,
  type HowlLike,
} from '../../../src/audio/director';
import { detectCues, newProblems, type Cue } from '../../../src/audio/cues';
import { createGameStore, type GameState, type GameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';
import type { Finding, Level, Plan, Verdict } from '../../../src/rules/types';
import type { FlightResult } from '../../../src/rules/sim/flight-types';

/** A Howl double that records every call. */
class FakeHowl implements HowlLike {
  calls: string[] = [];
  private next = 1;
  volumes = new Map<number, number>();
  rates = new Map<number, number>();
  stopped = new Set<number>();
  sprites = new Map<number, string>();
  play(sprite?: string): number {
    const id = this.next++;
    this.sprites.set(id, sprite ?? '');
    this.calls.push(`play ${sprite}`);
    return id;
  }
  stop(id?: number): this {
    if (id !== undefined) this.stopped.add(id);
    this.calls.push(`stop ${id}`);
    return this;
  }
  volume(v: number, id?: number): this {
    if (id !== undefined) this.volumes.set(id, v);
    return this;
  }
  rate(r: number, id?: number): this {
    if (id !== undefined) this.rates.set(id, r);
    return this;
  }
  fade(_from: number, to: number, _ms: number, id?: number): this {
    if (id !== undefined) this.volumes.set(id, to);
    return this;
  }
  state(): 'loaded' {
    return 'loaded';
  }
  unload(): void {
    this.calls.push('unload');
  }
  idOf(sprite: string): number | undefined {
    return [...this.sprites]
      .filter(([, s]) => s === sprite)
      .map(([id]) => id)
      .pop();
  }
  count(sprite: string): number {
    return this.calls.filter((c) => c === `play ${sprite}`).length;
  }
}

const finding = (code: Finding['code'], severity: Finding['severity'], leg?: number): Finding => ({
  code,
  severity,
  basis: 'Art. VI',
  leg,
  params: {},
});

const verdict = (findings: Finding[]): Verdict => ({
  ok: findings.every((f) => f.severity === 'notice'),
  findings,
  distanceKm: 1834,
  maxDistanceKm: 2100,
  legs: [],
  flightDurationH: 4,
  takeoffAfterArrivalH: 26,
  endAfterArrivalH: 30,
});

const level = {
  id: 'L1',
  targets: [
    { id: 't1', name: 'Baltiysk' },
    { id: 't2', name: 'Chkalovsk' },
  ],
} as unknown as Level;

const flight = {
  status: 'flown',
  durationH: 4,
  takeoffAfterArrivalH: 26,
  landingAfterArrivalH: 30,
  captures: [
    {
      targetId: 't1',
      tH: 27.0,
      leg: 0,
      sensor: 'optical',
      resolutionM: 0.3,
      resolutionNeededM: 1,
      value: 10,
      objective: true,
    },
    {
      targetId: 't2',
      tH: 27.01,
      leg: 0,
      sensor: 'optical',
      resolutionM: 0.3,
      resolutionNeededM: 1,
      value: 5,
      objective: false,
    },
  ],
} as unknown as FlightResult;

let store: GameStore;
let howl: FakeHowl;
let created: number;
let cues: Cue[];
let now: number;
let timers: (() => void)[];
let director: AudioDirector;

const mission = (
  phase: 'planning' | 'flight',
  flightState?: { tH: number; paused: boolean },
): GameState['mission'] => ({
  levelId: 'L1',
  phase,
  seed: 7,
  past: [],
  present: {} as Plan,
  future: [],
  ...(flightState ? { flight: flightState } : {}),
});

const set = (patch: Partial<GameState>): void => store.setState(patch);
const settings = (p: Partial<GameState['settings']>): void =>
  set({ settings: { ...store.getState().settings, ...p } });

beforeEach(() => {
  store = createGameStore(createSafeStorage(() => undefined));
  store.setState({ levels: { L1: level } });
  howl = new FakeHowl();
  created = 0;
  cues = [];
  now = 0;
  timers = [];
  director = new AudioDirector(
    store,
    () => {
      created++;
      return howl;
    },
    spriteEntries({ click: [0, 40], hum: [100, 3000, true] }),
    { onCue: (c) => cues.push(c), now: () => now, setTimer: (fn) => timers.push(fn) },
  );
});

describe('unlocking', () => {
  it('makes no sound and no Howl before the first gesture', () => {
    set({ screen: 'start' });
    director.click();
    expect(created).toBe(0);
    expect(howl.calls).toEqual([]);
    expect(director.loadState).toBe('locked');
  });

  it('waits for a real gesture when the start screen is skipped by a shared link', () => {
    let gesture = false;
    const d = new AudioDirector(store, () => howl, {}, { hadGesture: () => gesture });
    set({ screen: 'free-flight' });
    expect(d.unlocked).toBe(false);
    gesture = true;
    d.unlock();
    expect(d.unlocked).toBe(true);
    d.destroy();
  });

  it('creates the Howl once when the Start button leaves the start screen, and plays the menu music', () => {
    set({ screen: 'menu' });
    set({ screen: 'campaign' });
    expect(created).toBe(1);
    expect(howl.count('ambient')).toBe(1);
    expect(howl.volumes.get(howl.idOf('ambient') ?? -1)).toBeCloseTo(0.5 * GAIN.ambient);
    expect(cues.map((c) => c.captionKey)).toContain('caption.music');
  });
});

describe('music', () => {
  beforeEach(() => set({ screen: 'menu' }));

  it.each<[string, () => void]>([
    ['entering a mission', () => set({ screen: 'mission', mission: mission('planning') })],
    ['mute', () => settings({ muted: true })],
    ['music volume 0', () => settings({ musicVolume: 0 })],
  ])('stops (after a fade) on %s', (_name, act) => {
    const id = howl.idOf('ambient') ?? -1;
    act();
    expect(director.playing.music).toBe(false);
    expect(howl.volumes.get(id)).toBe(0);
    timers.forEach((fn) => fn());
    expect(howl.stopped.has(id)).toBe(true);
  });

  it('follows the music volume while playing', () => {
    settings({ musicVolume: 0.25 });
    expect(howl.volumes.get(howl.idOf('ambient') ?? -1)).toBeCloseTo(0.25 * GAIN.ambient);
  });

  it('comes back after unmuting', () => {
    settings({ muted: true });
    settings({ muted: false });
    expect(howl.count('ambient')).toBe(2);
    expect(director.playing.music).toBe(true);
  });
});

describe('engine hum', () => {
  beforeEach(() => {
    set({ screen: 'menu' });
    set({ screen: 'mission', mission: mission('planning'), flight });
  });

  it('runs only while the flight runs, and its rate and level follow the time speed', () => {
    expect(director.playing.hum).toBe(false);
    set({ mission: mission('flight', { tH: 26, paused: false }) });
    const id = howl.idOf('hum') ?? -1;
    expect(director.playing.hum).toBe(true);
    expect(howl.rates.get(id)).toBe(humRate(4));
    settings({ timeSpeed: 16 });
    expect(howl.rates.get(id)).toBe(humRate(16));
    expect(howl.volumes.get(id)).toBeCloseTo(0.8 * GAIN.hum * humLevel(16));
    expect(cues.map((c) => c.captionKey)).toEqual(
      expect.arrayContaining(['caption.engineStart', 'caption.engineSpeed']),
    );
    set({ mission: mission('flight', { tH: 26.5, paused: true }) });
    expect(director.playing.hum).toBe(false);
    expect(cues.at(-1)?.captionKey).toBe('caption.engineStop');
    set({ mission: mission('flight', { tH: 26.5, paused: false }) });
    expect(director.playing.hum).toBe(true);
    // Landed: the clock stands at the landing time.
    set({ mission: mission('flight', { tH: 30, paused: false }) });
    expect(director.playing.hum).toBe(false);
  });

  it.each<[number, number]>([
    [1, 0.9],
    [2, 1],
    [4, 1.1],
    [16, 1.3],
  ])('speed %d× plays the hum at rate %d', (speed, rate) => {
    expect(humRate(speed)).toBeCloseTo(rate);
    expect(humLevel(speed)).toBeGreaterThanOrEqual(humLevel(1));
  });
});

describe('one-shots', () => {
  beforeEach(() => set({ screen: 'menu' }));

  it('clicks on UI presses, at the effects volume, and stays silent when muted', () => {
    settings({ effectsVolume: 0.5 });
    director.click();
    expect(howl.volumes.get(howl.idOf('click') ?? -1)).toBeCloseTo(0.5 * GAIN.click);
    settings({ muted: true });
    director.click();
    expect(howl.count('click')).toBe(1);
    expect(cues.filter((c) => c.captionKey === 'caption.click')).toHaveLength(2);
  });

  it('fires the shutter once per capture crossed by the clock, captioned with the target', () => {
    set({ screen: 'mission', mission: mission('flight', { tH: 26.5, paused: false }), flight });
    set({ mission: mission('flight', { tH: 26.99, paused: false }) });
    expect(howl.count('shutter')).toBe(0);
    now = 1000;
    set({ mission: mission('flight', { tH: 27.005, paused: false }) });
    now = 1050;
    set({ mission: mission('flight', { tH: 27.02, paused: false }) });
    const shutters = cues.filter((c) => c.sound === 'shutter');
    expect(shutters.map((c) => c.params?.target)).toEqual(['Baltiysk', 'Chkalovsk']);
    // Two captures 50 ms apart: both captioned, one sound.
    expect(howl.count('shutter')).toBe(1);
  });

  it('sounds the alert when a new problem appears in the plan, not on load nor for notices', () => {
    set({ screen: 'mission', mission: mission('planning'), verdict: verdict([]) });
    set({ verdict: verdict([finding('timeline/short-notice', 'notice')]) });
    expect(howl.count('alert')).toBe(0);
    set({ verdict: verdict([finding('route/too-long', 'violation')]) });
    expect(howl.count('alert')).toBe(1);
    expect(cues.at(-1)).toMatchObject({ captionKey: 'caption.alert', params: { finding: 'route/too-long' } });
    set({ verdict: verdict([finding('route/too-long', 'violation')]) });
    expect(howl.count('alert')).toBe(1);
  });

  it('stays quiet while a waypoint is dragged and alerts once on the drop for what is new since it began', () => {
    set({ screen: 'mission', mission: mission('planning'), verdict: verdict([]) });
    set({ routeDrag: 2 });
    set({ verdict: verdict([finding('route/too-long', 'violation')]) });
    set({ verdict: verdict([]) });
    set({ verdict: verdict([finding('route/too-long', 'violation')]) });
    expect(howl.count('alert')).toBe(0);
    expect(cues.filter((c) => c.sound === 'alert')).toHaveLength(0);
    set({ routeDrag: null });
    expect(howl.count('alert')).toBe(1);
    // A drag that ends where it began brings nothing new: no alert.
    set({ routeDrag: 2 });
    set({ verdict: verdict([]) });
    set({ verdict: verdict([finding('route/too-long', 'violation')]) });
    set({ routeDrag: null });
    expect(howl.count('alert')).toBe(1);
  });
});

describe('detectCues and newProblems', () => {
  const base = (): GameState => ({ ...store.getState(), screen: 'mission', mission: mission('planning') });

  it('lists only problems that were not there before', () => {
    const a = verdict([finding('route/too-long', 'violation', 1)]);
    const b = verdict([
      finding('route/too-long', 'violation', 1),
      finding('restriction/corridor', 'restriction', 2),
    ]);
    expect(newProblems(a, b).map((f) => f.code)).toEqual(['restriction/corridor']);
    expect(newProblems(b, a)).toEqual([]);
  });

  it('counts the extra problems in the caption', () => {
    const prev = { ...base(), verdict: verdict([]) };
    const next = {
      ...prev,
      verdict: verdict([
        finding('route/too-long', 'violation'),
        finding('sensor/not-fitted', 'violation', 1),
      ]),
    };
    expect(detectCues(prev, next)).toEqual([
      expect.objectContaining({
        sound: 'alert',
        captionKey: 'caption.alert.more',
        params: { finding: 'route/too-long', more: 1 },
      }),
    ]);
  });

  it('says nothing when another mission is loaded', () => {
    const prev = { ...base(), verdict: verdict([]) };
    const next: GameState = {
      ...base(),
      mission: { levelId: 'L2', phase: 'planning', seed: 7, past: [], present: {} as Plan, future: [] },
      verdict: verdict([finding('route/too-long', 'violation')]),
    };
    expect(detectCues(prev, next)).toEqual([]);
  });
});

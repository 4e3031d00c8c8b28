/**
 * The audio director: the only code that talks to the sound library. It follows the store —
 * music in the menus, the engine hum while the aircraft flies (its pitch and level follow the
 * time speed), one-shots for the cues — and waits for the first gesture before making a sound.
 * The library is injected (a Howl factory), so tests drive it with a fake.
 */
import type { GameState, GameStore } from '../state/store';
import { CLICK_CUE, detectCues, flightRunning, MUSIC_CUE, type Cue, type OneShot } from './cues';

/** The part of a Howl the director uses (Howler's Howl satisfies it). */
export interface HowlLike {
  play(sprite?: string): number;
  stop(id?: number): unknown;
  volume(volume: number, id?: number): unknown;
  rate(rate: number, id?: number): unknown;
  fade(from: number, to: number, durationMs: number, id?: number): unknown;
  state(): 'unloaded' | 'loading' | 'loaded';
  unload(): void;
}

export type SpriteEntry = [number, number] | [number, number, boolean];
export type HowlFactory = (sprite: Record<string, SpriteEntry>) => HowlLike;

/** The JSON's arrays as Howler sprite entries: [offset ms, duration ms, loop]. */
export function spriteEntries(json: Record<string, (number | boolean)[]>): Record<string, SpriteEntry> {
  const out: Record<string, SpriteEntry> = {};
  for (const [name, [offset, duration, loop]] of Object.entries(json)) {
    if (typeof offset === 'number' && typeof duration === 'number')
      out[name] = [offset, duration, loop === true];
  }
  return out;
}

/** Relative levels of the sounds (the sprite is normalised; these make the mix). */
export const GAIN: Record<OneShot | 'hum' | 'ambient', number> = {
  click: 0.35,
  shutter: 0.8,
  alert: 0.7,
  hum: 0.55,
  ambient: 0.6,
};

/** Screens where the calm menu music plays. */
const MENU_SCREENS: ReadonlySet<GameState['screen']> = new Set(['menu', 'campaign', 'free-flight', 'about']);

/** Engine pitch by time speed: 1× → 0.9, 16× → 1.3 (a busier engine, never a squeal). */
export function humRate(speed: number): number {
  return Math.round((0.9 + 0.1 * Math.log2(Math.max(1, speed))) * 1000) / 1000;
}

/** Engine level by time speed: a little louder as time runs faster. */
export function humLevel(speed: number): number {
  return Math.round((0.75 + 0.0625 * Math.log2(Math.max(1, speed))) * 1000) / 1000;
}

const MUSIC_FADE_MS = 1200;
const STOP_FADE_MS = 400;
const SHUTTER_SPACING_MS = 140;

export interface DirectorOptions {
  onCue?: (cue: Cue) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** Has the page had a user gesture yet? (A shared link may skip the start screen without one.) */
  hadGesture?: () => boolean;
}

export class AudioDirector {
  private howl: HowlLike | null = null;
  private musicId: number | null = null;
  private humId: number | null = null;
  private lastShutterMs = -Infinity;
  /** The state before the waypoint drag in progress (null when none). */
  private beforeDrag: GameState | null = null;
  private readonly unsubscribe: () => void;
  /** Counts of one-shots played, for tests and the debug hook. */
  readonly played: Record<OneShot, number> = { click: 0, shutter: 0, alert: 0 };

  constructor(
    private readonly store: GameStore,
    private readonly createHowl: HowlFactory,
    private readonly sprite: Record<string, SpriteEntry>,
    private readonly opts: DirectorOptions = {},
  ) {
    this.unsubscribe = store.subscribe((next, prev) => this.onChange(next, prev));
  }

  get unlocked(): boolean {
    return this.howl !== null;
  }

  get playing(): { music: boolean; hum: boolean } {
    return { music: this.musicId !== null, hum: this.humId !== null };
  }

  get loadState(): 'locked' | 'unloaded' | 'loading' | 'loaded' {
    return this.howl ? this.howl.state() : 'locked';
  }

  /** Call from inside a user gesture: creates the sound (and its AudioContext) once. */
  unlock(): void {
    if (this.howl) return;
    this.howl = this.createHowl(this.sprite);
    this.reconcile();
  }

  /** A UI control was pressed. */
  click(): void {
    this.cue(CLICK_CUE);
  }

  destroy(): void {
    this.unsubscribe();
    this.howl?.unload();
    this.howl = null;
  }

  private onChange(next: GameState, prev: GameState): void {
    // The Start button is the first gesture: leaving the start screen unlocks the sound.
    if (
      !this.howl &&
      prev.screen === 'start' &&
      next.screen !== 'start' &&
      (this.opts.hadGesture?.() ?? true)
    ) {
      this.unlock();
    }
    // While a waypoint is dragged the plan changes every frame: no alert per move. When it
    // lands, the plan is compared with the one before the drag (one alert for what is new).
    if (next.routeDrag !== null) {
      this.beforeDrag ??= prev;
    } else {
      const from = this.beforeDrag ?? prev;
      this.beforeDrag = null;
      for (const cue of detectCues(from, next)) this.cue(cue);
    }
    if (
      next.screen !== prev.screen ||
      next.settings !== prev.settings ||
      next.mission !== prev.mission ||
      next.flight !== prev.flight
    ) {
      this.reconcile();
    }
  }

  private cue(cue: Cue): void {
    this.opts.onCue?.(cue);
    if (cue.sound) this.playOnce(cue.sound);
  }

  private effects(): number {
    const s = this.store.getState().settings;
    return s.muted ? 0 : s.effectsVolume;
  }

  private music(): number {
    const s = this.store.getState().settings;
    return s.muted ? 0 : s.musicVolume;
  }

  private playOnce(sound: OneShot): void {
    const level = this.effects() * GAIN[sound];
    if (!this.howl || level <= 0) return;
    const now = this.opts.now?.() ?? Date.now();
    // Several captures in one frame at 16×: one shutter sound per 140 ms (every one is captioned).
    if (sound === 'shutter') {
      if (now - this.lastShutterMs < SHUTTER_SPACING_MS) return;
      this.lastShutterMs = now;
    }
    const id = this.howl.play(sound);
    this.howl.volume(level, id);
    this.played[sound] += 1;
  }

  /** Starts, stops and levels the two loops to match the state. */
  private reconcile(): void {
    const howl = this.howl;
    if (!howl) return;
    const s = this.store.getState();

    const musicLevel = this.music() * GAIN.ambient;
    const wantMusic = MENU_SCREENS.has(s.screen) && musicLevel > 0;
    if (wantMusic && this.musicId === null) {
      const id = howl.play('ambient');
      howl.fade(0, musicLevel, MUSIC_FADE_MS, id);
      this.musicId = id;
      this.opts.onCue?.(MUSIC_CUE);
    } else if (wantMusic && this.musicId !== null) {
      howl.volume(musicLevel, this.musicId);
    } else if (!wantMusic && this.musicId !== null) {
      this.fadeOut(this.musicId, musicLevel);
      this.musicId = null;
    }

    const speed = s.settings.timeSpeed;
    const humLevelNow = this.effects() * GAIN.hum * humLevel(speed);
    const wantHum = flightRunning(s) && humLevelNow > 0;
    if (wantHum && this.humId === null) {
      const id = howl.play('hum');
      howl.rate(humRate(speed), id);
      howl.fade(0, humLevelNow, STOP_FADE_MS, id);
      this.humId = id;
    } else if (wantHum && this.humId !== null) {
      howl.rate(humRate(speed), this.humId);
      howl.volume(humLevelNow, this.humId);
    } else if (!wantHum && this.humId !== null) {
      this.fadeOut(this.humId, humLevelNow);
      this.humId = null;
    }
  }

  private fadeOut(id: number, from: number): void {
    const howl = this.howl;
    if (!howl) return;
    howl.fade(from, 0, STOP_FADE_MS, id);
    const setTimer = this.opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    setTimer(() => howl.stop(id), STOP_FADE_MS);
  }
}

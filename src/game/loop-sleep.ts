/**
 * The game loop runs only while the canvas needs it. Behind the full-screen DOM screens (title,
 * menu, campaign, about) the map is a dimmed still: once it is drawn the loop sleeps, and wakes
 * for a moment when something changes (the store, the window size) so the still stays current.
 * While the tab is hidden the loop stops. Leaving the screen or showing the tab wakes it.
 */
import type Phaser from 'phaser';
import type { GameStore, Screen } from '../state/store';

/** DOM screens that cover the whole map (they dim it by CSS: see base.css). */
export const COVERING_SCREENS: ReadonlySet<Screen> = new Set<Screen>(['start', 'menu', 'about', 'campaign']);

/** How long the loop stays awake behind a screen after a change (scene restarts, reframing). */
export const AWAKE_MS = 600;

export interface Loop {
  readonly running: boolean;
  sleep(): void;
  wake(): void;
}

export interface LoopSleepDeps {
  loop: Loop;
  /** A full-screen DOM screen covers the map. */
  covered(): boolean;
  /** The map is up and nothing is loading or starting (only then may the loop sleep behind a screen). */
  settled(): boolean;
  hidden(): boolean;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(id: unknown): void;
}

export interface LoopSleep {
  /** Re-decides now (screen shown, tab shown or hidden). */
  update(): void;
  /** Something behind the screen changed: stay awake for `ms` to draw it. */
  poke(ms?: number): void;
  dispose(): void;
}

export function createLoopSleep(d: LoopSleepDeps): LoopSleep {
  let awakeUntil = 0;
  let timer: unknown = null;
  const later = (ms: number): void => {
    if (timer !== null) d.clearTimer(timer);
    timer = d.setTimer(() => {
      timer = null;
      update();
    }, ms);
  };
  const update = (): void => {
    if (d.hidden()) {
      d.loop.sleep();
      return;
    }
    if (!d.covered()) {
      d.loop.wake();
      return;
    }
    // Behind a screen: awake while the map loads or something just changed, asleep after.
    const left = awakeUntil - d.now();
    if (!d.settled() || left > 0) {
      d.loop.wake();
      later(Math.max(50, Math.min(AWAKE_MS, left > 0 ? left : 250)));
    } else {
      d.loop.sleep();
    }
  };
  return {
    update,
    poke(ms = AWAKE_MS) {
      awakeUntil = Math.max(awakeUntil, d.now() + ms);
      update();
    },
    dispose() {
      if (timer !== null) d.clearTimer(timer);
      timer = null;
    },
  };
}

/** Wires the loop sleep to the game, the store and the page. Returns the function that undoes it. */
export function sleepWhenIdle(game: Phaser.Game, store: GameStore, doc: Document = document): () => void {
  const loop: Loop = {
    get running() {
      return game.loop.running;
    },
    sleep: () => game.loop.sleep(),
    wake: () => {
      if (game.loop.running) return;
      game.loop.wake();
      // No catch-up: the first frame after a sleep is a normal frame, not one long step.
      game.loop.resetDelta();
    },
  };
  const control = createLoopSleep({
    loop,
    covered: () => COVERING_SCREENS.has(store.getState().screen),
    settled: () =>
      game.isBooted &&
      game.registry.has('mapSubject') &&
      game.scene.isActive('MapScene') &&
      !game.scene.isActive('Preloader'),
    hidden: () => doc.visibilityState === 'hidden',
    now: () => performance.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  let screen = store.getState().screen;
  const off = store.subscribe((s) => {
    if (s.screen !== screen) {
      screen = s.screen;
      control.poke();
    } else if (COVERING_SCREENS.has(s.screen)) control.poke();
  });
  const onVisibility = (): void => control.update();
  const onResize = (): void => control.poke();
  doc.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('resize', onResize);
  control.poke();
  return () => {
    off();
    control.dispose();
    doc.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('resize', onResize);
  };
}

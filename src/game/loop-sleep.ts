/**
 * The game loop runs only while the canvas needs it. Behind the full-screen DOM screens (title,
 * menu, campaign, about) the map is a dimmed still: once it is drawn the loop sleeps, and wakes
 * for a moment when something changes (the store, the window size) so the still stays current.
 * On the map the loop renders on change: it sleeps when nothing has moved for a moment (no
 * input, no store change) and runs all the time only while something animates (a flight, a
 * held arrow key). While the tab is hidden the loop stops. Any change or input wakes it.
 */
import type Phaser from 'phaser';
import type { GameStore, Screen } from '../state/store';

/** DOM screens that cover the whole map (they dim it by CSS: see base.css). */
export const COVERING_SCREENS: ReadonlySet<Screen> = new Set<Screen>([
  'start',
  'menu',
  'about',
  'campaign',
  'campaign-end',
]);

/** How long the loop stays awake after a change or input (scene restarts, settling, reframing). */
export const AWAKE_MS = 300;

export interface Loop {
  readonly running: boolean;
  sleep(): void;
  wake(): void;
}

export interface LoopSleepDeps {
  loop: Loop;
  /** A full-screen DOM screen covers the map. */
  covered(): boolean;
  /** The map is up and nothing is loading or starting (only then may the loop sleep). */
  settled(): boolean;
  /** Something on the map moves by itself (a flight, a held key): the map needs every frame. */
  animating(): boolean;
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
    if (timer !== null) return; // the pending check re-decides (and re-arms) when it fires
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
    const left = awakeUntil - d.now();
    if (!d.covered() && d.settled() && d.animating()) {
      d.loop.wake();
    } else if (!d.settled() || left > 0) {
      // Loading, or a change to draw: awake for now, look again later.
      d.loop.wake();
      later(Math.max(50, left > 0 ? left : 250));
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
  let animating = (): boolean => false;
  const control = createLoopSleep({
    loop,
    covered: () => COVERING_SCREENS.has(store.getState().screen),
    settled: () =>
      game.isBooted &&
      store.getState().mapSubject !== null &&
      game.scene.isActive('MapScene') &&
      !game.scene.isActive('Preloader'),
    animating: () => animating(),
    hidden: () => doc.visibilityState === 'hidden',
    now: () => performance.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  // Any change of the store may change the picture; input may too (hover, drag, pan, zoom).
  const off = store.subscribe(() => control.poke());
  const held = new Set<string>();
  // Behind a screen the map takes no input: only changes wake it there.
  const onInput = (): void => {
    if (!COVERING_SCREENS.has(store.getState().screen)) control.poke();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    held.add(e.code || e.key);
    control.poke();
  };
  const onKeyUp = (e: KeyboardEvent): void => {
    held.delete(e.code || e.key);
    control.poke();
  };
  const onBlur = (): void => held.clear();
  const onResize = (): void => control.poke();
  // Back in view: draw once (the window may have changed meanwhile); hidden: stop.
  const onVisibility = (): void => (doc.visibilityState === 'hidden' ? control.update() : control.poke());
  const INPUT = ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'transitionend'] as const;
  for (const type of INPUT) window.addEventListener(type, onInput, { capture: true, passive: true });
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('blur', onBlur);
  window.addEventListener('resize', onResize);
  doc.addEventListener('visibilitychange', onVisibility);
  animating = () => store.getState().mission?.phase === 'flight' || held.size > 0;
  control.poke();
  return () => {
    off();
    control.dispose();
    for (const type of INPUT) window.removeEventListener(type, onInput, { capture: true });
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('keyup', onKeyUp, true);
    window.removeEventListener('blur', onBlur);
    window.removeEventListener('resize', onResize);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}

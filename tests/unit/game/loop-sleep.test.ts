/**
 * The loop-sleep controller: asleep behind a full-screen DOM screen once the map is up, awake
 * for a moment after a change behind it, awake again on return; stopped while the tab is hidden.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWAKE_MS, createLoopSleep, type LoopSleep } from '../../../src/game/loop-sleep';

interface World {
  covered: boolean;
  animating: boolean;
  settled: boolean;
  hidden: boolean;
  running: boolean;
  control: LoopSleep;
}

function world(init: Partial<Omit<World, 'control'>> = {}): World {
  const w = {
    covered: true,
    animating: false,
    settled: false,
    hidden: false,
    running: true,
    ...init,
  } as World;
  w.control = createLoopSleep({
    loop: {
      get running() {
        return w.running;
      },
      sleep: () => {
        w.running = false;
      },
      wake: () => {
        w.running = true;
      },
    },
    covered: () => w.covered,
    settled: () => w.settled,
    animating: () => w.animating,
    hidden: () => w.hidden,
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  return w;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loop sleep', () => {
  it('keeps the loop running behind the title while the map loads, then sleeps', () => {
    const w = world();
    w.control.poke();
    vi.advanceTimersByTime(5000);
    expect(w.running).toBe(true); // still loading: the preloader needs its frames
    w.settled = true;
    vi.advanceTimersByTime(AWAKE_MS + 300);
    expect(w.running).toBe(false);
  });

  it('wakes when the player leaves the menu for the map, and sleeps again behind the menu', () => {
    const w = world({ settled: true });
    w.control.update();
    expect(w.running).toBe(false);
    w.covered = false;
    w.control.poke();
    expect(w.running).toBe(true);
    w.covered = true;
    w.control.poke();
    expect(w.running).toBe(true); // draws the change behind the menu…
    vi.advanceTimersByTime(AWAKE_MS + 300);
    expect(w.running).toBe(false); // …then sleeps
  });

  it('a change behind the menu wakes the loop for a moment', () => {
    const w = world({ settled: true });
    w.control.update();
    w.control.poke();
    expect(w.running).toBe(true);
    vi.advanceTimersByTime(AWAKE_MS + 300);
    expect(w.running).toBe(false);
  });

  it('on the map renders on change: asleep when still, awake on input, always awake while something animates', () => {
    const w = world({ covered: false, settled: true });
    w.control.poke();
    expect(w.running).toBe(true);
    vi.advanceTimersByTime(AWAKE_MS + 300);
    expect(w.running).toBe(false); // nothing moved: a still map costs nothing
    w.control.poke(); // a pointer move, a store change
    expect(w.running).toBe(true);
    w.animating = true; // a flight runs
    vi.advanceTimersByTime(10_000);
    w.control.update();
    expect(w.running).toBe(true);
    w.animating = false; // landed
    w.control.poke();
    vi.advanceTimersByTime(AWAKE_MS + 300);
    expect(w.running).toBe(false);
  });

  it('stops while the tab is hidden, on the map too, and runs again when it shows', () => {
    const w = world({ covered: false, settled: true, animating: true });
    w.control.update();
    expect(w.running).toBe(true);
    w.hidden = true;
    w.control.update();
    expect(w.running).toBe(false);
    w.control.poke(); // a change while hidden does not wake it
    vi.advanceTimersByTime(2000);
    expect(w.running).toBe(false);
    w.hidden = false;
    w.control.update();
    expect(w.running).toBe(true);
  });
});

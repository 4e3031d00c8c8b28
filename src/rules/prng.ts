/**
 * Seeded pseudo-random numbers for weather, escorts and host behaviour.
 *
 * The state is one unsigned 32-bit integer (a plain number), so it can live in the game state,
 * be saved and be re-created: `createRng(rng.state)` continues exactly where `rng` stopped.
 * Generator: mulberry32 (public domain, Tommy Ettinger) — small, fast, good enough for a game.
 */

/** A PRNG state: an unsigned 32-bit integer. */
export type RngState = number;

/** Normalises any number (seed from a level, a share code…) to a valid state. */
export function seedState(seed: number): RngState {
  if (!Number.isFinite(seed)) return 0x9e3779b9;
  return Math.trunc(seed) >>> 0;
}

/** One step of mulberry32: returns a float in [0, 1) and the next state. Pure. */
export function nextFloat(state: RngState): [value: number, next: RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/** A float in [min, max) and the next state. */
export function nextRange(state: RngState, min: number, max: number): [value: number, next: RngState] {
  const [u, next] = nextFloat(state);
  return [min + (max - min) * u, next];
}

/** An integer in [min, max] (both inclusive) and the next state. */
export function nextInt(state: RngState, min: number, max: number): [value: number, next: RngState] {
  const [u, next] = nextFloat(state);
  return [min + Math.floor(u * (max - min + 1)), next];
}

/**
 * Mixes integers into one well-spread 32-bit value (murmur3 finaliser on each step). Used to
 * derive independent streams, e.g. one per weather tile, without walking a generator.
 */
export function hashInts(...values: readonly number[]): RngState {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (Math.trunc(v) >>> 0), 0x01000193) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Small stateful wrapper for code that draws many numbers; `state` can be saved at any time. */
export interface Rng {
  readonly state: RngState;
  float(): number;
  range(min: number, max: number): number;
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let state = seedState(seed);
  const float = (): number => {
    const [v, next] = nextFloat(state);
    state = next;
    return v;
  };
  return {
    get state() {
      return state;
    },
    float,
    range: (min, max) => min + (max - min) * float(),
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(float() * items.length)] as T;
    },
  };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, hashInts, nextFloat, nextInt, seedState } from '../../../src/rules/prng';

describe('prng', () => {
  it('is a pure function of its state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (s) => {
        expect(nextFloat(s)).toEqual(nextFloat(s));
        const [v, next] = nextFloat(s);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(1);
        expect(Number.isInteger(next) && next >= 0 && next <= 0xffffffff).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('can be re-created from its saved state and continues identically', () => {
    const a = createRng(1234);
    for (let i = 0; i < 17; i++) a.float();
    const b = createRng(a.state);
    const fromA = Array.from({ length: 10 }, () => a.float());
    const fromB = Array.from({ length: 10 }, () => b.float());
    expect(fromB).toEqual(fromA);
  });

  it('spreads values evenly (mean near 1/2, every decile hit)', () => {
    const rng = createRng(7);
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const v = rng.float();
      sum += v;
      deciles[Math.floor(v * 10)]! += 1;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
    for (const d of deciles) expect(d).toBeGreaterThan(900);
  });

  it.each([
    [0, 0],
    [1, 6],
    [-5, 5],
  ])('int(%i, %i) stays inside the inclusive range and reaches both ends', (min, max) => {
    let state = seedState(99);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const [v, next] = nextInt(state, min, max);
      state = next;
      expect(v).toBeGreaterThanOrEqual(min);
      expect(v).toBeLessThanOrEqual(max);
      seen.add(v);
    }
    expect(seen.has(min) && seen.has(max)).toBe(true);
  });

  it('normalises odd seeds and hashes distinct inputs apart', () => {
    expect(seedState(-1)).toBe(0xffffffff);
    expect(seedState(3.9)).toBe(3);
    expect(seedState(Number.NaN)).toBe(seedState(Number.POSITIVE_INFINITY));
    expect(hashInts(1, 2, 3)).toBe(hashInts(1, 2, 3));
    expect(hashInts(1, 2, 3)).not.toBe(hashInts(1, 3, 2));
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});

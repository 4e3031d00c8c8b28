/** The partial redraw's clip (src/game/box.ts): table-driven. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipFor, growBox, unionBox, type Box } from '../../../src/game/box';

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

describe('growBox', () => {
  it.each([
    ['no points', null, [], null],
    ['one point', null, [3, 4], box(3, 4, 3, 4)],
    ['points', null, [3, 4, -1, 10, 7, 2], box(-1, 2, 7, 10)],
    ['grows a box', box(0, 0, 1, 1), [5, -2], box(0, -2, 5, 1)],
    ['skips non-finite', null, [NaN, 1, 2, Infinity, 4, 5], box(4, 5, 4, 5)],
    ['odd tail ignored', null, [1, 2, 9], box(1, 2, 1, 2)],
  ] as const)('%s', (_, b, flat, want) => {
    expect(growBox(b, flat)).toEqual(want);
  });
});

describe('clipFor', () => {
  const W = 1000;
  const H = 800;
  it.each([
    ['no area now: whole frame', null, box(0, 0, 10, 10), 5, null],
    ['no area before: whole frame', box(0, 0, 10, 10), null, 5, null],
    [
      'both areas and the margin, in whole pixels',
      box(100.5, 200, 150, 250),
      box(120, 180.2, 160, 240),
      10,
      box(90, 170, 170, 260),
    ],
    ['kept inside the canvas', box(-50, -50, 20, 20), box(0, 0, 10, 10), 8, box(0, 0, 28, 28)],
    ['most of the canvas: whole frame', box(0, 0, 900, 700), box(0, 0, 10, 10), 0, null],
    ['off the canvas: whole frame', box(2000, 2000, 2100, 2100), box(2000, 2000, 2100, 2100), 4, null],
  ] as const)('%s', (_, now, before, margin, want) => {
    expect(clipFor(now, before, margin, W, H)).toEqual(want);
  });

  it('covers both areas and their margin inside the canvas, whatever they are', () => {
    const area = fc
      .tuple(
        fc.double({ min: -200, max: 1200, noNaN: true }),
        fc.double({ min: -200, max: 1000, noNaN: true }),
      )
      .chain(([x0, y0]) =>
        fc
          .tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }))
          .map(([w, h]) => box(x0, y0, x0 + w, y0 + h)),
      );
    fc.assert(
      fc.property(area, area, fc.double({ min: 0, max: 50, noNaN: true }), (a, b, m) => {
        const c = clipFor(a, b, m, W, H);
        if (!c) return;
        const u = unionBox(a, b);
        expect(c.x0).toBeLessThanOrEqual(Math.max(0, u.x0 - m));
        expect(c.y0).toBeLessThanOrEqual(Math.max(0, u.y0 - m));
        expect(c.x1).toBeGreaterThanOrEqual(Math.min(W, u.x1 + m));
        expect(c.y1).toBeGreaterThanOrEqual(Math.min(H, u.y1 + m));
        expect(Number.isInteger(c.x0) && Number.isInteger(c.y1)).toBe(true);
      }),
    );
  });
});

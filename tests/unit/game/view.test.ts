import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { screenPx, type MapBounds } from '../../../src/game/projection';
import {
  growBounds,
  clampView,
  fitView,
  limitsFor,
  mapToScreen,
  panBy,
  screenToMap,
  visibleBounds,
  zoomAt,
  type View,
} from '../../../src/game/view';
import { bakeFrameFor, drawsOneToOne, frameCovers } from '../../../src/game/bake';

const FIT: MapBounds = [
  [0, 0],
  [1000, 600],
];
const ALL: MapBounds = [
  [-800, -700],
  [1000, 600],
];
const W = 1280;
const H = 800;
const limits = limitsFor(FIT, ALL, W, H);
const start = fitView(FIT, W, H, 40);

describe('view (camera as data)', () => {
  it('zooming keeps the map point under the cursor fixed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: W }),
        fc.integer({ min: 0, max: H }),
        (f, x, y) => {
          const at = screenPx(x, y);
          const before = screenToMap(start, at);
          const v = zoomAt(start, f, at, {
            ...limits,
            keepInView: [
              [-1e9, -1e9],
              [1e9, 1e9],
            ],
          });
          const after = screenToMap(v, at);
          expect(after.x).toBeCloseTo(before.x, 6);
          expect(after.y).toBeCloseTo(before.y, 6);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it.each([
    ['far zoom in', 1e6, limits.maxZoom],
    ['far zoom out', 1e-6, limits.minZoom],
  ])('%s is clamped to the limits', (_name, factor, expected) => {
    const v = zoomAt(start, factor, screenPx(W / 2, H / 2), limits);
    expect(v.zoom).toBeCloseTo(expected, 9);
  });

  it.each([
    [1e7, 0],
    [-1e7, 0],
    [0, 1e7],
    [0, -1e7],
  ])('a huge drag (%d, %d) still leaves part of the party on screen', (dx, dy) => {
    const v = panBy(start, dx, dy, limits);
    const [[x0, y0], [x1, y1]] = visibleBounds(v);
    const [[a0, b0], [a1, b1]] = ALL;
    expect(x0 < a1 && x1 > a0 && y0 < b1 && y1 > b0).toBe(true);
  });

  it('panning follows the pointer one for one', () => {
    const v = panBy(start, 30, -20, limits);
    const p = mapToScreen(v, screenToMap(start, screenPx(100, 100)));
    expect(p.x).toBeCloseTo(130, 9);
    expect(p.y).toBeCloseTo(80, 9);
  });

  it('clamping a view inside the limits changes nothing', () => {
    expect(clampView(start, limits)).toEqual(start);
  });

  it('fitView with a panel on the left centres the party in the free area', () => {
    const v = fitView(FIT, W, H, 0, { top: 0, right: 0, bottom: 0, left: 400 });
    const left = mapToScreen(v, { x: 0, y: 300 } as never);
    const right = mapToScreen(v, { x: 1000, y: 300 } as never);
    expect(left.x).toBeCloseTo(400, 6);
    expect(right.x).toBeCloseTo(W, 6);
  });
});

describe('bake frames', () => {
  const v: View = { cx: 500, cy: 300, zoom: 2, widthPx: 1000, heightPx: 800 };
  it.each([
    ['the same view', v, true],
    ['a small pan', { ...v, cx: 520 }, true],
    ['a pan past the margin', { ...v, cx: 700 }, false],
    ['another zoom', { ...v, zoom: 2.2 }, false],
  ])('%s: covered = %s', (_n, next, covered) => {
    expect(frameCovers(bakeFrameFor(v), next as View)).toBe(covered);
  });

  it('never asks for a texture larger than the limit (4K screens)', () => {
    const f = bakeFrameFor({ cx: 0, cy: 0, zoom: 1, widthPx: 3840, heightPx: 2160 }, 4096);
    expect(f.widthPx).toBeLessThanOrEqual(4096);
    expect(f.heightPx).toBeLessThanOrEqual(4096);
    expect(frameCovers(f, { cx: 0, cy: 0, zoom: 1, widthPx: 3840, heightPx: 2160 })).toBe(true);
  });

  it('no frame covers anything before the first bake', () => {
    expect(frameCovers(null, v)).toBe(false);
  });

  // One texture pixel per screen pixel: the map is sampled nearest (exact, and a plain copy on a
  // software canvas); any other scale, even one the frame still covers, is filtered.
  it.each([
    ['at the zoom it was baked for', 2, true],
    ['after any pan at that zoom', 2 * (1 + 1e-12), true],
    ['a zoom within the frame’s 0.1 % tolerance', 2.001, false],
    ['mid-zoom', 2.5, false],
  ])('draws 1:1 %s: %s', (_n, zoom, oneToOne) => {
    expect(drawsOneToOne(bakeFrameFor(v), zoom)).toBe(oneToOne);
  });

  it('nothing is drawn 1:1 before the first bake', () => {
    expect(drawsOneToOne(null, 2)).toBe(false);
  });
});

describe('growBounds (framing the host’s changes)', () => {
  const ref: MapBounds = [
    [0, 0],
    [1000, 500],
  ];
  it.each<[string, MapBounds, MapBounds]>([
    [
      'a tiny change grows to the minimum span about its centre',
      [
        [100, 100],
        [110, 120],
      ],
      [
        [-70, -65],
        [280, 285],
      ],
    ],
    [
      'a wide change keeps its width, grows its height',
      [
        [0, 200],
        [600, 210],
      ],
      [
        [0, 30],
        [600, 380],
      ],
    ],
    [
      'a large change stays as it is',
      [
        [0, 0],
        [800, 400],
      ],
      [
        [0, 0],
        [800, 400],
      ],
    ],
  ])('%s', (_name, b, expected) => {
    expect(growBounds(b, ref, 0.35)).toEqual(expected);
  });
});

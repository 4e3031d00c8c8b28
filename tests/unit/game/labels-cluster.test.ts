/**
 * Labels for clustered sites (issue 10: Washington in 04/05): with leader lines every name of a
 * cluster finds a spot, no two names overlap, none covers a marker, and each moved name has a
 * leader end on its box's edge nearest its point.
 */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelPlacement, type LabelRequest } from '../../../src/game/labels';

type Box = readonly [number, number, number, number];
const hit = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const boxOf = (s: LabelPlacement, r: LabelRequest): Box => [s.x, s.y, s.x + r.width, s.y + r.height];

/** Capitol, Pentagon, Andrews, the restricted-airspace name and Dulles: a few px apart at 04's zoom. */
const CLUSTER: LabelRequest[] = [
  { x: 400, y: 300, width: 120, height: 16 },
  { x: 395, y: 302, width: 90, height: 16 },
  { x: 412, y: 306, width: 130, height: 16 },
  { x: 404, y: 292, width: 220, height: 16 },
  { x: 380, y: 298, width: 150, height: 16 },
];

describe('placeLabels with leader lines', () => {
  it('without leaders a tight cluster loses names', () => {
    expect(placeLabels(CLUSTER, 8, 8).filter((s) => !s.shown).length).toBeGreaterThan(0);
  });

  it('with leaders every name of the cluster is shown, none overlapping another or a marker', () => {
    const spots = placeLabels(CLUSTER, 8, 8, [], [0, 0, 1000, 800], { step: 14, rings: 4 });
    expect(spots.every((s) => s.shown)).toBe(true);
    const boxes = spots.map((s, i) => boxOf(s, CLUSTER[i]!));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++)
        expect(hit(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
      CLUSTER.forEach((m, k) => {
        if (k !== i)
          expect(hit(boxes[i]!, [m.x - 8, m.y - 8, m.x + 8, m.y + 8]), `${i} over marker ${k}`).toBe(false);
      });
    }
    const moved = spots.filter((s) => s.leader);
    expect(moved.length).toBeGreaterThan(0);
    spots.forEach((s, i) => {
      if (!s.leader) return;
      const b = boxes[i]!;
      // The leader ends on the label's box.
      expect(s.leader.x).toBeGreaterThanOrEqual(b[0] - 1e-9);
      expect(s.leader.x).toBeLessThanOrEqual(b[2] + 1e-9);
      expect(s.leader.y).toBeGreaterThanOrEqual(b[1] - 1e-9);
      expect(s.leader.y).toBeLessThanOrEqual(b[3] + 1e-9);
    });
  });

  it('keeps names inside the free area when it can (a panel covers the right of the map)', () => {
    const near = [{ x: 880, y: 200, width: 160, height: 16 }];
    const [spot] = placeLabels(near, 8, 8, [], [0, 0, 900, 800], { step: 14, rings: 4 });
    expect(spot!.shown).toBe(true);
    expect(spot!.x + 160).toBeLessThanOrEqual(900);
    expect(spot!.leader).toBeUndefined();
  });

  it('an isolated name keeps its usual spot to the right, with no leader', () => {
    const [spot] = placeLabels([{ x: 100, y: 100, width: 80, height: 16 }], 8, 8, [], undefined, {
      step: 14,
      rings: 4,
    });
    expect(spot).toEqual({ x: 108, y: 92, shown: true });
  });
});

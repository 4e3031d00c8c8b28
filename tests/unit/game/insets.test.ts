import { describe, expect, it } from 'vitest';
import { addPanelInset, type Box } from '../../../src/game/insets';
import { NO_INSETS } from '../../../src/game/view';

const area: Box = { left: 0, top: 0, right: 1280, bottom: 800 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('addPanelInset', () => {
  it.each([
    ['top bar across the width', box(0, 0, 1280, 60), { top: 60 }],
    ['bottom bar', box(0, 630, 1280, 800), { bottom: 170 }],
    ['tall left panel', box(0, 60, 347, 630), { left: 347 }],
    ['tall right panel', box(933, 60, 1280, 630), { right: 347 }],
    ['small box in the top-left corner: the top loses less', box(8, 8, 344, 125), { top: 125 }],
    ['narrow tall box in the top-left corner: the left loses less', box(8, 8, 120, 500), { left: 120 }],
    ['a panel outside the map', box(2000, 0, 2100, 100), {}],
  ])('%s', (_name, panel, expected) => {
    expect(addPanelInset(NO_INSETS, panel, area)).toEqual({ ...NO_INSETS, ...expected });
  });

  it('panels add up edge by edge, keeping the deepest on each', () => {
    let ins = addPanelInset(NO_INSETS, box(0, 0, 1280, 60), area);
    ins = addPanelInset(ins, box(0, 0, 1280, 40), area);
    ins = addPanelInset(ins, box(0, 60, 347, 630), area);
    expect(ins).toEqual({ top: 60, right: 0, bottom: 0, left: 347 });
  });
});

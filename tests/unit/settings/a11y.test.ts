import { describe, expect, it } from 'vitest';
import { verdictMessage } from '../../../src/ui/a11y/announce';
import { keyAction } from '../../../src/ui/a11y/keyboard';
import { mapLabel } from '../../../src/ui/a11y/map-label';
import { SHORTCUTS } from '../../../src/ui/a11y/shortcuts';
import { createGameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';
import type { Finding, Level, Plan, Verdict } from '../../../src/rules/types';

const f = (code: Finding['code'], severity: Finding['severity']): Finding => ({
  code,
  severity,
  basis: '',
  params: {},
});
const v = (findings: Finding[], distanceKm = 1834.4): Verdict => ({
  ok: false,
  findings,
  distanceKm,
  maxDistanceKm: 2100,
  legs: [],
  flightDurationH: 0,
  takeoffAfterArrivalH: 0,
  endAfterArrivalH: 0,
});

describe('verdictMessage', () => {
  it.each<[string, Verdict, string]>([
    ['lawful', v([]), 'Plan lawful: 1,834 of 2,100 km.'],
    [
      'lawful with a notice',
      v([f('timeline/short-notice', 'notice')]),
      'Plan lawful with 1 notice: 1,834 of 2,100 km.',
    ],
    ['one problem', v([f('route/too-long', 'violation')], 2400), '1 problem: Route too long.'],
    [
      'two problems, notices left out, duplicates once',
      v([
        f('route/too-long', 'violation'),
        f('timeline/short-notice', 'notice'),
        f('sensor/below-minimum-altitude', 'violation'),
        f('sensor/below-minimum-altitude', 'violation'),
      ]),
      '3 problems: Route too long; Sensor too low.',
    ],
  ])('%s', (_name, verdict, expected) => {
    expect(verdictMessage(verdict)).toBe(expected);
  });
});

describe('keyAction', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  it.each<[string, ReturnType<typeof key>, string | null]>([
    ['?', key('?', { shiftKey: true }), 'help'],
    ['s', key('s'), 'settings'],
    ['S (caps)', key('S', { shiftKey: true }), 'settings'],
    ['h', key('h'), 'handbook'],
    ['Escape', key('Escape'), 'close'],
    ['Space', key(' '), 'pause'],
    ['3', key('3'), 'speed'],
    ['6 is not a speed', key('6'), null],
    ['Ctrl+Z is the mission UI’s', key('z', { ctrlKey: true }), null],
    ['Ctrl+S is the browser’s', key('s', { ctrlKey: true }), null],
    ['Alt+S is not ours', key('s', { altKey: true }), null],
    ['Delete is the mission UI’s', key('Delete'), null],
    ['arrows belong to the map', key('ArrowUp'), null],
  ])('%s → %s', (_name, e, expected) => {
    expect(keyAction(e)).toBe(expected);
  });

  it('every global shortcut handled here is on the sheet', () => {
    const handled = ['help', 'settings', 'handbook', 'escape', 'pause', 'speed'];
    const sheet = SHORTCUTS.map((s) => s.id);
    for (const id of handled) expect(sheet).toContain(id);
  });
});

describe('mapLabel', () => {
  const level = { id: 'L1', observer: 'USA', host: 'UKR', targets: [] } as unknown as Level;
  const store = createGameStore(createSafeStorage(() => undefined));
  it.each<[string, number, string]>([
    ['no route', 0, 'Map: United States observing Ukraine. No waypoints yet.'],
    ['one waypoint', 1, 'Map: United States observing Ukraine. Route with 1 waypoint, 1,834 of 2,100 km.'],
    [
      'three waypoints',
      3,
      'Map: United States observing Ukraine. Route with 3 waypoints, 1,834 of 2,100 km.',
    ],
  ])('%s', (_name, count, expected) => {
    const s = {
      ...store.getState(),
      screen: 'mission' as const,
      levels: { L1: level },
      verdict: v([]),
      mission: {
        levelId: 'L1',
        phase: 'planning' as const,
        seed: 1,
        past: [],
        future: [],
        present: { waypoints: Array.from({ length: count }, () => ({ lat: 50, lon: 30 })) } as Plan,
      },
    };
    expect(mapLabel(s)).toBe(expected);
  });

  it('describes the whole map outside a mission', () => {
    expect(mapLabel(store.getState())).toMatch(/Open Skies/);
  });
});

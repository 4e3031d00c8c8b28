/**
 * Save write scheduling (save-writer.ts): a drag of a waypoint writes the save at most once per
 * animation frame (in fact once, after it ends), a hidden or closing page always gets the
 * latest save, and a save with a full undo history of a big route stays under 500 kB.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_CAP, levelYear, type Plan } from '../../../src/rules';
import * as actions from '../../../src/state/actions/mission';
import { loadLevels } from '../../../src/state/level-files';
import {
  browserSchedule,
  MAX_WAIT_MS,
  QUIET_MS,
  SAVE_BUDGET_CHARS,
  serializeSave,
} from '../../../src/state/save-writer';
import type { Persisted } from '../../../src/state/schema';
import { createGameStore, type GameStore } from '../../../src/state/store';
import { createSafeStorage, STORAGE_KEY } from '../../../src/state/storage';
import { loadWorldNode } from '../../../src/world/load-node';
import { memoryStorage, type MemoryStorage } from '../../helpers/memory-storage';

const FRAME_MS = 1000 / 60;

interface Page {
  win: EventTarget;
  doc: EventTarget & { visibilityState: string };
  backing: MemoryStorage;
  writes: string[];
  store: GameStore;
}

function page(): Page {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const backing = memoryStorage();
  const writes: string[] = [];
  const setItem = backing.setItem;
  backing.setItem = (k, v) => {
    writes.push(v);
    setItem(k, v);
  };
  const store = createGameStore(
    createSafeStorage(() => backing),
    browserSchedule(win, doc),
  );
  loadLevels(store);
  const level = store.getState().levels['01-training-flight']!;
  store.setState({ world: loadWorldNode(levelYear(level)) });
  actions.bindActionStore(store);
  actions.startMission('01-training-flight');
  actions.beginPlanning();
  for (let i = 0; i < 50; i++) actions.addWaypoint(49.6 + (i % 2) * 0.7, 29.4 + i * 0.09);
  return { win, doc, backing, writes, store };
}

const savedWaypoint = (backing: MemoryStorage, i: number): { lat: number; lon: number } =>
  JSON.parse(backing.data.get(STORAGE_KEY)!).state.mission.present.waypoints[i];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('save writes', () => {
  it('a drag of waypoint 25 writes the save at most once per frame, and the last position after it ends', () => {
    const p = page();
    vi.advanceTimersByTime(5000);
    p.writes.length = 0;
    const frames = 90; // a drag of 1.5 s: the map input moves the waypoint once per frame
    actions.selectWaypoint(24);
    for (let f = 0; f < frames; f++) {
      actions.moveWaypoint(24, 50 + f * 0.001, 31);
      vi.advanceTimersByTime(FRAME_MS);
    }
    expect(p.writes.length).toBeLessThanOrEqual(frames);
    // In fact a drag shorter than MAX_WAIT_MS writes nothing until it pauses.
    expect(p.writes.length).toBe(0);
    vi.advanceTimersByTime(QUIET_MS + 100);
    expect(p.writes.length).toBe(1);
    expect(savedWaypoint(p.backing, 24)).toMatchObject({ lat: 50.089, lon: 31 });
  });

  it('a long burst of changes (a flight clock) is still written every few seconds', () => {
    const p = page();
    vi.advanceTimersByTime(5000);
    p.writes.length = 0;
    for (let f = 0; f < 1200; f++) {
      actions.moveWaypoint(3, 50 + f * 0.0001, 31);
      vi.advanceTimersByTime(FRAME_MS);
    }
    // 20 s of changes: written every MAX_WAIT_MS, never per frame.
    expect(p.writes.length).toBeGreaterThanOrEqual(Math.floor(20_000 / MAX_WAIT_MS) - 1);
    expect(p.writes.length).toBeLessThanOrEqual(Math.ceil(20_000 / MAX_WAIT_MS) + 1);
  });

  it('pagehide writes the latest save at once', () => {
    const p = page();
    vi.advanceTimersByTime(5000);
    actions.moveWaypoint(24, 51.2345, 31.5);
    expect(savedWaypoint(p.backing, 24)?.lat).not.toBe(51.2345);
    p.win.dispatchEvent(new Event('pagehide'));
    expect(savedWaypoint(p.backing, 24)).toMatchObject({ lat: 51.2345, lon: 31.5 });
  });

  it('a tab going hidden writes the latest save at once; a tab becoming visible does not', () => {
    const p = page();
    vi.advanceTimersByTime(5000);
    p.writes.length = 0;
    actions.moveWaypoint(10, 48.5, 30.5);
    p.doc.dispatchEvent(new Event('visibilitychange'));
    expect(p.writes.length).toBe(0);
    p.doc.visibilityState = 'hidden';
    p.doc.dispatchEvent(new Event('visibilitychange'));
    expect(p.writes.length).toBe(1);
    expect(savedWaypoint(p.backing, 10)).toMatchObject({ lat: 48.5, lon: 30.5 });
  });

  it('changes that touch no saved slice (selection, announcements, verdict) write nothing', () => {
    const p = page();
    vi.advanceTimersByTime(5000);
    p.writes.length = 0;
    actions.selectWaypoint(3);
    actions.selectWaypoint(7);
    p.store.setState({ verdict: null });
    vi.advanceTimersByTime(5000);
    expect(p.writes).toEqual([]);
  });

  it('a save restores into a new store', () => {
    const p = page();
    actions.moveWaypoint(24, 50.5, 31.25);
    p.win.dispatchEvent(new Event('pagehide'));
    const again = createGameStore(createSafeStorage(() => p.backing));
    const m = again.getState().mission!;
    expect((m.present as { waypoints: { lat: number }[] }).waypoints[24]?.lat).toBe(50.5);
    expect(m.past.length).toBe(p.store.getState().mission!.past.length);
  });
});

describe('save size', () => {
  const waypoints = (n: number, k: number) =>
    Array.from({ length: n }, (_, i) => ({
      lat: 49.12345 + ((i * 7 + k) % 100) / 97,
      lon: 29.12345 + i / 13,
      altitudeM: 3000 + (i % 7) * 150,
      sensors: i % 3 === 0 ? ['optical', 'video'] : ['optical'],
    }));
  const save = (n: number): { state: Persisted; version: number } => {
    const plans = Array.from({ length: HISTORY_CAP + 1 }, (_, k): Plan => ({
      format: 'open-skies-plan',
      version: 1,
      level: '01-training-flight',
      airfield: 'boryspil',
      waypoints: waypoints(n, k) as Plan['waypoints'],
      timeline: { noticeH: 72, submitAfterArrivalH: 2, takeoffAfterSubmitH: 24 },
    }));
    return {
      version: 2,
      state: {
        settings: {} as Persisted['settings'],
        progress: { results: {}, trust: 50, trustByLevel: {} },
        mission: {
          levelId: '01-training-flight',
          phase: 'planning',
          seed: 7,
          past: plans.slice(0, -1),
          present: plans[plans.length - 1] as Plan,
          future: [],
        },
      },
    };
  };

  it('is what JSON.stringify gives when under the budget (100 undo steps of a 50-waypoint route)', () => {
    const v = save(50);
    const json = serializeSave(v);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)));
    expect(JSON.parse(json).state.mission.past).toHaveLength(HISTORY_CAP);
    expect(json.length).toBeLessThan(500 * 1024);
  });

  it('stays under 500 kB with 100 undo steps of a 500-waypoint route: oldest steps go, the present stays', () => {
    const v = save(500);
    expect(JSON.stringify(v).length).toBeGreaterThan(500 * 1024);
    const json = serializeSave(v);
    expect(json.length).toBeLessThanOrEqual(SAVE_BUDGET_CHARS);
    const back = JSON.parse(json);
    expect(back.state.mission.present).toEqual(v.state.mission!.present);
    const past = back.state.mission.past;
    expect(past.length).toBeGreaterThan(0);
    expect(past.length).toBeLessThan(HISTORY_CAP);
    expect(past[past.length - 1]).toEqual(v.state.mission!.past[HISTORY_CAP - 1]);
  });
});

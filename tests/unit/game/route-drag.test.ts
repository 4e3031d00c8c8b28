/**
 * A waypoint drag redraws only the route's moving layer on each move and the whole route once
 * when the waypoint lands; the DOM panels hold their redraw while it moves. Behaviour only:
 * draws are counted through a fake Phaser scene, no time is measured.
 */
import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { loadTopologyNode } from '../../../src/world/load-node';
import { AIRFIELD_BY_ID } from '../../../src/world';
import { asCountriesTopology, hostPolygons } from '../../../src/game/map-data';
import { createMapProjection } from '../../../src/game/projection';
import { groupTerritory } from '../../../src/game/subject';
import { routeModelOf, sameRouteModel } from '../../../src/game/map-state';
import { subscribeSlice } from '../../../src/state/subscribe';
import { RouteLayer } from '../../../src/game/views/RouteLayer';
import { paletteFor } from '../../../src/game/palette';
import * as actions from '../../../src/state/actions/mission';
import { setRouteDrag } from '../../../src/state/actions/view';
import { render } from '../../../src/ui/mission/store-view';
import { currentPlan } from '../../../src/state/selectors';
import type { GameStore } from '../../../src/state/store';
import { bootStore, memoryStorage } from '../state/actions-helpers';

const waypoints = (store: GameStore) => currentPlan(store.getState())?.waypoints ?? [];

/** A chainable stand-in for a Phaser game object: every method returns it; `clear` is counted. */
function fakeObject(counts: { clear: number }): unknown {
  const target = { text: '', style: { color: '' }, width: 40, height: 14 };
  const proxy: unknown = new Proxy(target, {
    get(t, key) {
      if (key in t) return t[key as keyof typeof t];
      return (...args: unknown[]) => {
        if (key === 'clear') counts.clear++;
        if (key === 'setText') t.text = String(args[0]);
        return proxy;
      };
    },
  });
  return proxy;
}

function fakeScene(): { scene: Phaser.Scene; graphics: { clear: number }[] } {
  const graphics: { clear: number }[] = [];
  const scene = {
    add: {
      graphics: () => {
        const c = { clear: 0 };
        graphics.push(c);
        return fakeObject(c);
      },
      text: () => fakeObject({ clear: 0 }),
    },
  } as unknown as Phaser.Scene;
  return { scene, graphics };
}

function planningStore() {
  const store = bootStore(memoryStorage());
  actions.startMission('01-training-flight');
  actions.beginPlanning();
  for (let i = 0; i < 12; i++) actions.addWaypoint(49.6 + (i % 2) * 0.7, 29.4 + i * 0.3);
  return store;
}

const topology = asCountriesTopology(loadTopologyNode());
if (!topology) throw new Error('world-atlas topology did not load');
const projection = createMapProjection({ polygons: hostPolygons(topology, new Set(groupTerritory('UKR'))) });

describe('route layer during a waypoint drag', () => {
  it('draws the moving legs on each move and the whole route once when the waypoint lands', () => {
    const store = planningStore();
    const { scene, graphics } = fakeScene();
    const route = new RouteLayer(
      scene,
      projection,
      (id) => AIRFIELD_BY_ID.get(id),
      paletteFor('okabe-ito'),
      () => 1,
    );
    route.set(routeModelOf(store.getState()));
    subscribeSlice(store, routeModelOf, (m) => route.set(m), sameRouteModel);
    const [fixed, moving] = graphics as [{ clear: number }, { clear: number }];
    const before = { ...route.drawCount };
    const fixedBefore = fixed.clear;

    actions.selectWaypoint(5);
    setRouteDrag(store, 5);
    const startFull = route.drawCount.full;
    expect(startFull).toBeGreaterThan(before.full); // the fixed part is drawn once as the drag begins
    const fixedAtStart = fixed.clear;
    for (let k = 1; k <= 10; k++) actions.moveWaypoint(5, 50 + k * 0.01, 30.9);
    expect(waypoints(store)[5]?.lat).toBeCloseTo(50.1, 5);
    expect(route.drawCount.full).toBe(startFull);
    expect(fixed.clear).toBe(fixedAtStart);
    expect(route.drawCount.moving).toBeGreaterThanOrEqual(before.moving + 10);
    expect(moving.clear).toBeGreaterThanOrEqual(10);

    setRouteDrag(store, null);
    expect(route.drawCount.full).toBe(startFull + 1);
    expect(fixed.clear).toBe(fixedAtStart + 1);
    expect(fixedBefore).toBeGreaterThan(0);
  });

  it('draws the whole route on every change when nothing is dragged (a keyboard move)', () => {
    const store = planningStore();
    const { scene } = fakeScene();
    const route = new RouteLayer(
      scene,
      projection,
      (id) => AIRFIELD_BY_ID.get(id),
      paletteFor('okabe-ito'),
      () => 1,
    );
    subscribeSlice(store, routeModelOf, (m) => route.set(m), sameRouteModel);
    const full = route.drawCount.full;
    for (let k = 1; k <= 3; k++) actions.moveWaypoint(2, 50 + k * 0.01, 30);
    expect(route.drawCount.full).toBeGreaterThanOrEqual(full + 3);
    expect(route.drawCount.moving).toBe(0);
  });

  it('draws it all again when the plan changes otherwise mid-drag (a waypoint deleted)', () => {
    const store = planningStore();
    const { scene } = fakeScene();
    const route = new RouteLayer(
      scene,
      projection,
      (id) => AIRFIELD_BY_ID.get(id),
      paletteFor('okabe-ito'),
      () => 1,
    );
    subscribeSlice(store, routeModelOf, (m) => route.set(m), sameRouteModel);
    setRouteDrag(store, 4);
    actions.moveWaypoint(4, 50.2, 30.6);
    const full = route.drawCount.full;
    const moving = route.drawCount.moving;
    const count = waypoints(store).length;
    actions.deleteWaypoint(8);
    expect(waypoints(store).length).toBe(count - 1);
    expect(route.drawCount.full).toBeGreaterThan(full);
    // The moving part is drawn with each full draw, never instead of it.
    expect(route.drawCount.moving - moving).toBe(route.drawCount.full - full);
  });
});

describe('mission panels during a waypoint drag', () => {
  it('hold while the waypoint moves and draw once when it lands', () => {
    const store = planningStore();
    let draws = 0;
    const off = render([(s) => s.mission?.present, (s) => s.verdict], () => draws++);
    expect(draws).toBe(1);
    actions.moveWaypoint(3, 50.25, 30.35);
    expect(draws).toBe(2); // no drag: every change draws

    setRouteDrag(store, 3);
    for (let k = 1; k <= 8; k++) actions.moveWaypoint(3, 50.3 + k * 0.01, 30.3);
    expect(draws).toBe(2);
    setRouteDrag(store, null);
    expect(draws).toBe(3);
    setRouteDrag(store, 3);
    setRouteDrag(store, null);
    expect(draws).toBe(3); // a drag that moved nothing draws nothing
    off();
  });
});

import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import { missionContext } from '../../../src/state/actions/mission-core';
import { followMissionYear, loadWorld } from '../../../src/state/actions/world';
import { loadTopologyNode, loadWorldNode } from '../../../src/world/load-node';
import { partiesInYear } from '../../../src/world';
import { bootStore, memoryStorage } from './actions-helpers';

describe('the rules see the world of the mission’s year', () => {
  it.each([
    ['01-training-flight', 2002, 2019],
    ['09-withdrawal', 2020, 2002],
  ])('%s (%i) is judged with that year’s parties even when the map shows %i', (levelId, year, shownYear) => {
    const store = bootStore(memoryStorage(), levelId);
    // The map (menu, free flight) may still hold another year's world when the mission starts.
    store.setState({ world: loadWorldNode(shownYear) });
    a.startMission(levelId);
    const ctx = missionContext(store.getState())?.ctx;
    expect(ctx).toBeDefined();
    expect([...ctx!.world.parties].sort()).toEqual([...partiesInYear(year)].sort());
    expect(ctx!.world.states).toBe(store.getState().world!.states);
  });

  it('builds the world of the mission’s year once: the map and the rules share it', () => {
    const store = bootStore(memoryStorage(), '01-training-flight');
    expect(loadWorld(store, loadTopologyNode())).toBe(true);
    const stopFollowing = followMissionYear(store);
    a.startMission('01-training-flight');
    const s = store.getState();
    expect(missionContext(s)?.ctx.world).toBe(s.world);
    a.quitToMenu();
    stopFollowing();
  });
});

/** Shared set-up for the mission action tests: a store on a Map-backed storage, levels and world. */
import { readFileSync } from 'node:fs';
import { levelYear, type Plan, type SensorKind } from '../../../src/rules';
import * as actions from '../../../src/state/actions/mission';
import { loadLevels } from '../../../src/state/level-files';
import { createGameStore, type GameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';
import { loadWorldNode } from '../../../src/world/load-node';

export { memoryStorage } from '../../helpers/memory-storage';

/** A store as the game has it after boot: levels parsed, world built for `levelId`'s year. */
export function bootStore(backing: Storage, levelId = '01-training-flight'): GameStore {
  const store = createGameStore(createSafeStorage(() => backing));
  loadLevels(store);
  const level = store.getState().levels[levelId];
  if (!level) throw new Error(`level ${levelId} did not load`);
  store.setState({ world: loadWorldNode(levelYear(level)) });
  actions.bindActionStore(store);
  return store;
}

export function referencePlan(name: string): Plan {
  return JSON.parse(readFileSync(`levels/reference/${name}.plan.json`, 'utf8')) as Plan;
}

/** Enters a whole plan through the actions, the way a player does in the route table. */
export function enterPlan(plan: Plan): void {
  plan.waypoints.forEach((w, i) => {
    actions.addWaypoint(w.lat, w.lon);
    actions.setLegAltitude(i, w.altitudeM);
    actions.setLegSensors(i, [...w.sensors] as SensorKind[]);
  });
  if (plan.endAirfield) actions.setEndAirfield(plan.endAirfield);
  if (plan.timeline) actions.setTimeline(plan.timeline);
}

/** How the mission UI reads the store: the same store the actions act on, with slice subscriptions. */
import { actionStore } from '../../state/actions/mission';
import type { GameState } from '../../state/store';

export const state = (): GameState => actionStore().getState();

/**
 * Watches several slices; runs once now and once per store change that changed any of them
 * (one subscription: a change of two slices at once, such as the plan and its verdict, draws
 * once, not twice). While a waypoint is dragged on the map (`routeDrag`) the panel holds: the
 * map follows the pointer every frame, and the panel draws once when the waypoint lands.
 */
export function render(selectors: ((s: GameState) => unknown)[], draw: (s: GameState) => void): () => void {
  const store = actionStore();
  const last = selectors.map((sel) => sel(store.getState()));
  let held = false;
  draw(state());
  return store.subscribe((s) => {
    let changed = false;
    for (let i = 0; i < selectors.length; i++) {
      const v = (selectors[i] as (s: GameState) => unknown)(s);
      if (!Object.is(v, last[i])) {
        last[i] = v;
        changed = true;
      }
    }
    if (s.routeDrag !== null) {
      held ||= changed;
      return;
    }
    if (changed || held) {
      held = false;
      draw(state());
    }
  });
}

export function partyName(s: GameState, iso3: string): string {
  return s.world?.states.get(iso3)?.name ?? iso3;
}

/**
 * Keeps `#game`'s aria-label (role=img) a true text alternative of the map: who observes whom
 * and the route so far. Updated when the mission, the plan or its verdict change.
 */
import type { GameState, GameStore } from '../../state/store';
import { watch } from '../../state/subscribe';
import { currentPlan } from '../../state/selectors';
import { currentLevel } from '../mission/store-view';
import { PARTY_BY_ISO3 } from '../../world/parties';
import { countryName, t, tn } from '../../i18n';

export function mapLabel(s: GameState): string {
  const level = s.screen === 'mission' ? currentLevel(s) : null;
  if (!level) return t('a11y.mapLabel.idle');
  const plan = currentPlan(s);
  const count = plan?.waypoints.length ?? 0;
  const route =
    count === 0
      ? t('a11y.mapLabel.noRoute')
      : tn('a11y.mapLabel.route', count, {
          distance: Math.round(s.verdict?.distanceKm ?? 0),
          max: Math.round(s.verdict?.maxDistanceKm ?? 0),
        });
  return t('a11y.mapLabel.mission', {
    observer: countryName(level.observer, PARTY_BY_ISO3.get(level.observer)?.name ?? level.observer),
    host: countryName(level.host, PARTY_BY_ISO3.get(level.host)?.name ?? level.host),
    route,
  });
}

export function mountMapLabel(store: GameStore, game: HTMLElement): () => void {
  const apply = (): void => {
    const label = mapLabel(store.getState());
    if (game.getAttribute('aria-label') !== label) game.setAttribute('aria-label', label);
  };
  apply();
  return watch(
    store,
    [(s) => s.screen, (s) => s.mission, (s) => s.verdict, (s) => s.levels, (s) => s.settings.language],
    apply,
  );
}

/**
 * "Effect on your mission" under the host's proposed changes: what each kind of change does
 * (take-off after sunset, altitude too coarse, a detour) and what all of them together do to
 * the objectives the plan would bring home — the same preview the planning screen shows.
 */
import type { ChangeEffect, ReviewEffects } from '../../rules';
import { fmt1, fmtInt, fmtUtc, h } from './dom';
import { tx } from './text';

function kindLine(e: ChangeEffect): string | null {
  switch (e.kind) {
    case 'takeoff-time':
      if (e.takeoffUtcMs === undefined) return null;
      return tx('review.effect.takeoff', {
        time: fmtUtc(e.takeoffUtcMs),
        detail:
          e.dark > 0
            ? tx('review.effect.dark', { n: e.dark, total: e.objectives })
            : tx('review.effect.light'),
      });
    case 'altitude':
      if (e.altitudeM === undefined || e.resolutionM === undefined) return null;
      return tx('review.effect.altitude', {
        alt: fmtInt(e.altitudeM),
        res: fmt1(e.resolutionM),
        detail:
          e.coarse > 0
            ? tx('review.effect.coarse', { n: e.coarse, total: e.objectives })
            : tx('review.effect.sharp'),
      });
    case 'route':
      return e.addedKm === undefined ? null : tx('review.effect.route', { km: fmtInt(e.addedKm) });
    default:
      return null;
  }
}

/** The effect lines, in order: one per kind of change, then the objectives before → after. */
export function effectLines(effects: ReviewEffects, siteName: (id: string) => string): string[] {
  const lines = effects.byKind.map(kindLine).filter((x): x is string => x !== null);
  const all = effects.all;
  if (all) {
    lines.push(
      all.coveredAfter === all.coveredBefore
        ? tx('review.effect.same', { covered: all.coveredAfter, total: all.objectives })
        : tx('review.effect.change', {
            before: all.coveredBefore,
            after: all.coveredAfter,
            total: all.objectives,
          }),
    );
    if (all.lost.length > 0)
      lines.push(tx('review.effect.lost', { sites: all.lost.map(siteName).join(', ') }));
  }
  return lines;
}

/** The block under the changes list; `update` redraws it (hidden when there is nothing to say). */
export function effectsBlock(): {
  el: HTMLElement;
  update(e: ReviewEffects | null, name: (id: string) => string): void;
} {
  const list = h('ul', { class: 'rev-effects-list' });
  const el = h('div', { class: 'rev-effects', id: 'rev-effects' }, [
    h('h3', {}, [tx('review.effect.title')]),
    list,
  ]);
  return {
    el,
    update(e, name) {
      const lines = e ? effectLines(e, name) : [];
      el.hidden = lines.length === 0;
      list.replaceChildren(...lines.map((l) => h('li', {}, [l])));
    },
  };
}

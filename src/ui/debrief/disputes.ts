/**
 * The debrief's findings column: every dispute of the mission and how it was settled — the
 * host's objections to earlier submissions the player met by revising the plan, then the last
 * submission's objections (withdrawn after a protest, changed, refused, declined or stood).
 */
import { missionReviewState } from '../../state/selectors';
import type { GameState } from '../../state/store';
import { h } from '../mission/dom';
import { changeText, groupObjections, mergeChanges } from '../mission/review';
import { findingTitle } from '../../i18n';
import { tx } from '../mission/text';

export function findingsResolved(s: GameState, declined: boolean): HTMLElement[] {
  const initial = s.reviewInitial;
  const final = s.review;
  // Disputes of earlier submissions the player settled by revising the plan.
  const seen = new Set<string>();
  const revised = (s.mission ? (missionReviewState(s.mission).revised ?? []) : []).filter((r) => {
    const fresh = !seen.has(r.code);
    seen.add(r.code);
    return fresh;
  });
  const earlier = revised.map((r) =>
    h('li', { class: `res-${r.severity}` }, [
      h('strong', {}, [findingTitle(r.code)]),
      ` (${r.basis}) — ${tx('debrief.dispute.revised')}`,
    ]),
  );
  if (!initial || !final) {
    return earlier.length
      ? [h('ul', { class: 'db-resolved' }, earlier)]
      : [h('p', { class: 'ms-muted' }, [tx('db.noReview')])];
  }
  if (initial.objections.length === 0 && earlier.length === 0) return [h('p', {}, [tx('db.noFindings')])];
  return [
    h('ul', { class: 'db-resolved' }, [
      ...earlier,
      ...groupObjections(initial.objections).map(({ first: o }) => {
        const after = final.objections.find((x) => x.code === o.code && x.finding.leg === o.finding.leg);
        const p = s.protestOutcomes.find((x) => x.code === o.code);
        const changes = initial.changes.filter(
          (c) => c.code === o.code && (c.zoneId ?? '') === (o.finding.zoneId ?? ''),
        );
        let how: string;
        if (after?.withdrawn && p) how = tx('db.res.withdrawn', { article: p.citedArticle });
        else if (declined) how = tx('db.res.declined');
        else if (o.kind === 'refusal') how = tx('db.res.refused');
        else if (changes.length)
          how = tx('db.res.changed', { change: mergeChanges(changes).map(changeText).join('; ') });
        else how = tx('db.res.stood');
        const protestLine =
          p && !after?.withdrawn ? ` ${tx(`rev.protest.${p.result}`)} (${p.citedArticle}).` : '';
        return h('li', { class: `res-${o.severity}` }, [
          h('strong', {}, [findingTitle(o.code)]),
          ` (${o.basis}) — ${how}${protestLine}`,
        ]);
      }),
    ]),
  ];
}

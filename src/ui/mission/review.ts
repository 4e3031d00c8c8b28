/**
 * Host review: the host's decision and remark, each objection (lawful or contested) with its
 * article, the proposed changes as a diff list, protest outcomes, and Accept / Revise / Decline.
 */
import type { HostObjection, ProposedChange } from '../../rules';
import { acceptReview, beginPlanning, declineMission, pickArticleFor } from '../../state/actions/mission';
import { canAccept, reviewKind } from '../../state/actions/mission-engine';
import { currentPlan } from '../../state/selectors';
import { currentLevel, render } from './store-view';
import type { GameState } from '../../state/store';
import { setReviewFocus } from '../../state/actions/view';
import { button, fmt1, fmtDuration, fmtInt, h } from './dom';
import { severityBadge } from './findings';
import { findingTitle, formatFinding } from '../../i18n';
import { tx } from './text';
import { effectsBlock } from './review-effects';

export function changeText(c: ProposedChange): string {
  switch (c.kind) {
    case 'altitude':
      return tx(c.waypoints.length === 1 ? 'rev.change.altitudeOne' : 'rev.change.altitude', {
        legs: c.waypoints.map((i) => i + 1).join(', '),
        from: [...new Set(c.fromM.map((m) => fmtInt(m)))].join(' / '),
        to: fmtInt(c.toM),
      });
    case 'takeoff-time':
      return tx('rev.change.takeoff', {
        from: fmt1(c.fromAfterArrivalH),
        to: fmt1(c.toAfterArrivalH),
        delta: fmt1(c.deltaH),
      });
    case 'route':
      return tx('rev.change.route', {
        n: c.insertAt + 1,
        lat: fmt1(c.waypoint.lat),
        lon: fmt1(c.waypoint.lon),
        km: fmtInt(c.addedKm),
      });
  }
}

/** Altitude changes to the same height in the same zone read as one line ("Legs to waypoints 3, 4, 5"). */
export function mergeChanges(changes: readonly ProposedChange[]): ProposedChange[] {
  const out: ProposedChange[] = [];
  for (const c of changes) {
    const prev = out[out.length - 1];
    if (
      c.kind === 'altitude' &&
      prev?.kind === 'altitude' &&
      prev.toM === c.toM &&
      prev.code === c.code &&
      prev.zoneId === c.zoneId
    ) {
      out[out.length - 1] = {
        ...prev,
        waypoints: [...prev.waypoints, ...c.waypoints],
        fromM: [...prev.fromM, ...c.fromM],
      };
    } else {
      out.push(c);
    }
  }
  return out;
}

/** Objections about the same code, zone and standing, shown once with all their legs. */
interface ObjectionGroup {
  first: HostObjection;
  legs: number[];
}

export function groupObjections(list: readonly HostObjection[]): ObjectionGroup[] {
  const groups = new Map<string, ObjectionGroup>();
  for (const o of list) {
    const key = `${o.code}|${o.finding.zoneId ?? ''}|${o.kind}|${o.withdrawn}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { first: o, legs: o.finding.leg === undefined ? [] : [o.finding.leg] });
    else if (o.finding.leg !== undefined && !g.legs.includes(o.finding.leg)) g.legs.push(o.finding.leg);
  }
  return [...groups.values()];
}

function legsText(legs: readonly number[], waypoints: number): string {
  const sorted = [...legs].sort((a, b) => a - b);
  const only = sorted[0];
  if (only === undefined) return '';
  if (sorted.length === 1) return only >= waypoints ? tx('find.finalLeg') : tx('find.leg', { n: only + 1 });
  return tx('find.legs', {
    list: sorted.map((l) => (l >= waypoints ? tx('find.finalLeg') : String(l + 1))).join(', '),
  });
}

function objectionItem(g: ObjectionGroup, waypoints: number, canProtest: boolean): HTMLLIElement {
  const o = g.first;
  const msg = formatFinding(o.finding);
  const leg = legsText(g.legs, waypoints);
  const status = o.withdrawn ? tx('rev.withdrawn') : tx(`rev.kind.${o.kind}`);
  return h(
    'li',
    { class: `finding finding-${o.severity}${o.withdrawn ? ' withdrawn' : ''}`, 'data-code': o.code },
    [
      severityBadge(o.severity),
      h('div', { class: 'finding-body' }, [
        h('p', { class: 'finding-title' }, [
          h('span', { class: 'visually-hidden' }, [`${tx(`sev.${o.severity}`)}: `]),
          msg.title,
        ]),
        h('p', { class: 'finding-text' }, [msg.text]),
        h('p', { class: 'finding-meta' }, [
          status,
          leg ? ` · ${leg}` : '',
          ' · ',
          h('span', {}, [o.basis]),
          ' · ',
          h('strong', { class: o.lawful ? 'lawful' : 'contested' }, [
            o.lawful ? tx('rev.lawful') : tx('rev.contested'),
          ]),
        ]),
        canProtest && !o.withdrawn
          ? button(tx('rev.protest'), () => pickArticleFor(o.code), {
              class: 'secondary',
              'aria-haspopup': 'dialog',
              'aria-label': tx('rev.protestAbout', { title: msg.title }),
            })
          : null,
      ]),
    ],
  );
}

/** One change; pointing at it (hover or keyboard focus) highlights its legs on the map. */
function changeItem(c: ProposedChange): HTMLLIElement {
  const onMap = c.kind !== 'takeoff-time';
  const li = h('li', onMap ? { tabindex: 0, 'data-kind': c.kind } : { 'data-kind': c.kind }, [changeText(c)]);
  if (onMap) {
    const on = (): void => setReviewFocus(c);
    const off = (): void => setReviewFocus(null);
    li.addEventListener('pointerenter', on);
    li.addEventListener('pointerleave', off);
    li.addEventListener('focus', on);
    li.addEventListener('blur', off);
  }
  return li;
}

export function mountReview(root: HTMLElement): () => void {
  const headline = h('p', { class: 'rev-decision', role: 'status' });
  const remark = h('blockquote', { class: 'rev-remark' });
  const summary = h('p', { class: 'rev-plan' });
  const objections = h('ul', { class: 'find-list', 'aria-label': tx('rev.objections') });
  const changes = h('ol', { class: 'rev-changes', 'aria-label': tx('rev.changes') });
  const changesHead = h('h3', {}, [tx('rev.changes')]);
  const mapHint = h('p', { class: 'ms-muted small rev-map-hint' }, [tx('rev.mapHint')]);
  const effects = effectsBlock();
  const protests = h('ul', { class: 'rev-protests', 'aria-label': tx('rev.protests') });
  const protestsHead = h('h3', {}, [tx('rev.protests')]);
  const acceptBtn = button(tx('rev.accept'), () => acceptReview(), { class: 'primary' });
  const reviseBtn = button(tx('rev.revise'), () => beginPlanning());
  const declineBtn = button(tx('rev.decline'), () => declineMission(), { class: 'danger' });
  const declineNote = h('p', { class: 'ms-muted small' }, [tx('rev.declineNote')]);
  const reviseHint = h('p', { class: 'rev-hint' });
  const panel = h('section', { class: 'ms-panel review', 'aria-labelledby': 'rev-title' }, [
    h('h2', { id: 'rev-title' }, [tx('rev.title')]),
    headline,
    remark,
    summary,
    objections,
    changesHead,
    changes,
    effects.el,
    mapHint,
    protestsHead,
    protests,
    reviseHint,
    h('div', { class: 'rev-actions' }, [acceptBtn, reviseBtn, declineBtn]),
    declineNote,
  ]);
  root.append(panel);

  const draw = (s: GameState): void => {
    const r = s.review;
    const plan = currentPlan(s);
    if (!r || !plan) return;
    const kind = reviewKind(r);
    panel.dataset.decision = kind;
    headline.textContent = tx(`rev.decision.${kind}`);
    remark.textContent = tx(`host.decision.${r.decision}.${r.remark.variant % 3}`);
    const v = s.verdict;
    summary.textContent = v
      ? tx('rev.plan', {
          n: plan.waypoints.length,
          km: fmtInt(v.distanceKm),
          max: fmtInt(v.maxDistanceKm),
          time: fmtDuration(v.flightDurationH),
          takeoff: fmt1(v.takeoffAfterArrivalH),
        })
      : '';
    const contestable = (o: HostObjection): boolean => !(o.lawful && o.kind === 'refusal');
    // One protest per finding code: once protested, its objections show the outcome instead.
    const protested = new Set<string>(s.protestOutcomes.map((p) => p.code));
    objections.replaceChildren(
      ...groupObjections(r.objections).map((g) =>
        objectionItem(g, plan.waypoints.length, contestable(g.first) && !protested.has(g.first.code)),
      ),
    );
    objections.hidden = r.objections.length === 0;
    changes.replaceChildren(...mergeChanges(r.changes).map(changeItem));
    changes.hidden = changesHead.hidden = r.changes.length === 0;
    const level = currentLevel(s);
    const siteName = (id: string): string => level?.targets.find((t) => t.id === id)?.name ?? id;
    effects.update(r.changes.length > 0 ? s.reviewEffects : null, siteName);
    mapHint.hidden = !r.proposedPlan || r.changes.every((c) => c.kind === 'takeoff-time');
    setReviewFocus(null);
    protests.replaceChildren(
      ...s.protestOutcomes.map((p) =>
        h('li', { class: `protest protest-${p.result}` }, [
          h('strong', {}, [tx(`rev.protest.${p.result}`)]),
          ' ',
          tx('rev.protestLine', { title: findingTitle(p.code), article: p.citedArticle }),
          ' ',
          tx(`rev.reason.${p.reason}`, { articles: p.governing.join(' or ') }),
        ]),
      ),
    );
    protests.hidden = protestsHead.hidden = s.protestOutcomes.length === 0;
    const acceptable = canAccept(r);
    acceptBtn.hidden = !acceptable;
    acceptBtn.textContent = r.changes.length > 0 ? tx('rev.acceptChanges') : tx('rev.accept');
    reviseBtn.classList.toggle('primary', !acceptable);
    reviseHint.textContent = acceptable
      ? ''
      : kind === 'refuse'
        ? tx('rev.hintRefused')
        : r.objections.every((o) => o.kind !== 'demand' || o.withdrawn || protested.has(o.code))
          ? tx('rev.hintDemandProtested')
          : tx('rev.hintDemand');
  };
  const off = render([(s) => s.review, (s) => s.protestOutcomes, (s) => s.reviewEffects], draw);
  const first = panel.querySelector<HTMLElement>('.rev-actions button:not([hidden])');
  first?.focus({ preventScroll: true });
  return () => {
    off();
    setReviewFocus(null);
    panel.remove();
  };
}

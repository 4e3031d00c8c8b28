/**
 * Host review: the host's decision and remark, each objection (lawful or contested) with its
 * article, the proposed changes as a diff list, protest outcomes, and Accept / Revise / Decline.
 */
import { formatFinding, MESSAGES, type HostObjection, type ProposedChange } from '../../rules';
import { acceptReview, beginPlanning, declineMission, pickArticleFor } from '../../state/actions/mission';
import { canAccept, reviewKind } from '../../state/actions/mission-engine';
import { currentPlan } from '../../state/selectors';
import type { GameState } from '../../state/store';
import { button, fmt1, fmtInt, h } from './dom';
import { severityBadge } from './findings';
import { render } from './store-view';
import { tx } from './text';

export function changeText(c: ProposedChange): string {
  switch (c.kind) {
    case 'altitude':
      return tx('rev.change.altitude', {
        legs: c.waypoints.map((i) => i + 1).join(', '),
        from: c.fromM.map((m) => fmtInt(m)).join(' / '),
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

function objectionItem(o: HostObjection, waypoints: number, canProtest: boolean): HTMLLIElement {
  const msg = formatFinding(o.finding);
  const leg =
    o.finding.leg === undefined
      ? ''
      : o.finding.leg >= waypoints
        ? tx('find.finalLeg')
        : tx('find.leg', { n: o.finding.leg + 1 });
  const status = o.withdrawn ? tx('rev.withdrawn') : tx(`rev.kind.${o.kind}`);
  const li = h(
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
  return li;
}

export function mountReview(root: HTMLElement): () => void {
  const headline = h('p', { class: 'rev-decision', role: 'status' });
  const remark = h('blockquote', { class: 'rev-remark' });
  const objections = h('ul', { class: 'find-list', 'aria-label': tx('rev.objections') });
  const changes = h('ol', { class: 'rev-changes', 'aria-label': tx('rev.changes') });
  const changesHead = h('h3', {}, [tx('rev.changes')]);
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
    objections,
    changesHead,
    changes,
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
    const contestable = (o: HostObjection): boolean => !(o.lawful && o.kind === 'refusal');
    objections.replaceChildren(
      ...r.objections.map((o) => objectionItem(o, plan.waypoints.length, contestable(o))),
    );
    objections.hidden = r.objections.length === 0;
    changes.replaceChildren(...r.changes.map((c) => h('li', {}, [changeText(c)])));
    changes.hidden = changesHead.hidden = r.changes.length === 0;
    protests.replaceChildren(
      ...s.protestOutcomes.map((p) =>
        h('li', { class: `protest protest-${p.result}` }, [
          h('strong', {}, [tx(`rev.protest.${p.result}`)]),
          ' ',
          tx('rev.protestLine', { title: MESSAGES[p.code].title, article: p.citedArticle }),
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
        : tx('rev.hintDemand');
  };
  const off = render([(s) => s.review, (s) => s.protestOutcomes], draw);
  const first = panel.querySelector<HTMLElement>('.rev-actions button:not([hidden])');
  first?.focus();
  return () => {
    off();
    panel.remove();
  };
}

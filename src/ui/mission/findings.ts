/**
 * The findings list: what the rules say about the plan, worst first, each with an icon and a
 * letter (never colour alone), the plain message, the leg, and a link to its Handbook article.
 */
import { countBySeverity, handbookEntryFor, SEVERITIES, worstProblem, type Finding } from '../../rules';
import { formatFinding, tn } from '../../i18n';
import { openHandbook, selectWaypoint } from '../../state/actions/mission';
import { currentPlan } from '../../state/selectors';
import type { GameState } from '../../state/store';
import { button, h } from './dom';
import { render } from './store-view';
import { tx } from './text';

export function severityBadge(sev: Finding['severity']): HTMLElement {
  return h('span', { class: `sev sev-${sev}`, 'aria-hidden': 'true' }, [
    h('span', { class: 'sev-icon' }),
    h('span', { class: 'sev-letter' }, [tx(`sev.letter.${sev}`)]),
  ]);
}

/** One finding as a list item (used in planning, review and debrief). */
export function findingItem(f: Finding, waypoints: number, opts: { select?: boolean } = {}): HTMLLIElement {
  const msg = formatFinding(f);
  const entry = handbookEntryFor(f.code);
  const legText =
    f.leg === undefined
      ? tx('find.wholePlan')
      : f.leg >= waypoints
        ? tx('find.finalLeg')
        : tx('find.leg', { n: f.leg + 1 });
  const li = h('li', { class: `finding finding-${f.severity}`, 'data-code': f.code }, [
    severityBadge(f.severity),
    h('div', { class: 'finding-body' }, [
      h('p', { class: 'finding-title' }, [
        h('span', { class: 'visually-hidden' }, [`${tx(`sev.${f.severity}`)}: `]),
        msg.title,
      ]),
      h('p', { class: 'finding-text' }, [msg.text]),
      h('p', { class: 'finding-meta' }, [
        opts.select && f.leg !== undefined && f.leg < waypoints
          ? button(legText, () => selectWaypoint(f.leg as number), {
              class: 'link',
              'aria-label': tx('find.showLeg', { leg: legText }),
            })
          : h('span', {}, [legText]),
        ' · ',
        entry
          ? button(msg.citation, () => openHandbook(entry.id), {
              class: 'link',
              'aria-haspopup': 'dialog',
              'aria-label': tx('find.openArticle', { article: msg.citation }),
            })
          : h('span', {}, [msg.citation]),
      ]),
    ]),
  ]);
  return li;
}

export function mountFindings(root: HTMLElement): () => void {
  const summary = h('p', { class: 'find-summary', role: 'status' });
  const list = h('ul', { class: 'find-list', 'aria-label': tx('find.label') });
  const legend = h('dl', { class: 'find-legend' }, [
    ...SEVERITIES.flatMap((sev) => [
      h('dt', {}, [severityBadge(sev), h('span', {}, [tx(`sev.${sev}`)])]),
      h('dd', {}, [tx(`find.legend.${sev}`)]),
    ]),
  ]);
  const panel = h('section', { class: 'ms-panel findings', 'aria-labelledby': 'find-title' }, [
    h('h2', { id: 'find-title', tabindex: -1 }, [tx('find.title')]),
    summary,
    list,
    h('h3', { class: 'visually-hidden' }, [tx('find.legend')]),
    legend,
  ]);
  root.append(panel);
  let last: unknown = null;
  const shown: { key: string; li: HTMLLIElement }[] = [];
  const draw = (s: GameState): void => {
    const v = s.verdict;
    const plan = currentPlan(s);
    if (!v || !plan || v === last) return;
    last = v;
    const { violation: nv, restriction: nr, notice: nn } = countBySeverity(v.findings);
    panel.dataset.state = worstProblem(v.findings) ?? 'ok';
    const text =
      plan.waypoints.length === 0
        ? tx('find.noRoute')
        : nv + nr + nn === 0
          ? tx('find.allClear')
          : [
              tn('find.count.violation', nv),
              tn('find.count.restriction', nr),
              tn('find.count.notice', nn),
            ].join(' · ');
    if (summary.textContent !== text) summary.textContent = text;
    // Each drag frame brings a new verdict, mostly with the same findings: only items whose
    // finding changed are rebuilt (the others, and a focused link in them, stay).
    const keys = v.findings.map((f) => `${plan.waypoints.length}|${JSON.stringify(f)}`);
    keys.forEach((key, i) => {
      if (shown[i]?.key === key) return;
      const li = findingItem(v.findings[i] as Finding, plan.waypoints.length, { select: true });
      const old = shown[i];
      if (old) old.li.replaceWith(li);
      else list.append(li);
      shown[i] = { key, li };
    });
    for (const extra of shown.splice(keys.length)) extra.li.remove();
  };
  const off = render([(s) => s.verdict], draw);
  return () => {
    off();
    panel.remove();
  };
}

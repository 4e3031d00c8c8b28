/**
 * The mission preview beside the distance budget: "Objectives 2/3 · best resolution 0.5 m" and,
 * per objective, what the plan as it stands would bring home (covered, not under the swath,
 * too coarse, in the dark, under cloud by the forecast) with the resolution it would get.
 * Read from the store's preview (computed by the planning actions with the flight's own logic).
 */
import type { MissionPreview, TargetPreview } from '../../rules/sim';
import { currentLevel, render } from './store-view';
import type { GameState } from '../../state/store';
import { fmt1, fmtInt, h } from './dom';
import { tx } from './text';
import { placeName } from '../../i18n';
import './preview.css';

export function summaryText(p: MissionPreview): string {
  const head = tx('preview.summary', { covered: p.objectivesCovered, total: p.objectives });
  const best =
    p.bestResolutionM === null
      ? tx('preview.bestNone')
      : tx('preview.best', { res: fmt1(p.bestResolutionM) });
  return `${head} · ${best}`;
}

export function siteText(t: TargetPreview, name: string): string {
  const status = tx(`preview.status.${t.status}`);
  return t.resolutionM === null || t.status === 'missed'
    ? tx('preview.site', { name, status })
    : tx('preview.siteRes', { name, status, res: fmt1(t.resolutionM), need: fmt1(t.resolutionNeededM) });
}

/** Mounts the summary and the per-objective list into `parent`; returns unmount. */
export function mountPreview(parent: HTMLElement): () => void {
  const sum = h('p', { class: 'pv-sum num', id: 'pv-sum', 'aria-live': 'polite' });
  // Scrolls when long: focusable, so keyboard users can scroll it too.
  const list = h('ul', { class: 'pv-list', 'aria-label': tx('preview.label'), tabindex: '0' });
  const caps = h('p', { class: 'pv-caps num', id: 'pv-caps' });
  const box = h('div', { class: 'pv' }, [sum, caps, list]);
  parent.append(box);
  const draw = (s: GameState): void => {
    const p = s.preview;
    const level = currentLevel(s);
    box.hidden = !p || !level || (p.objectives === 0 && p.caps.length === 0);
    if (!p || !level) return;
    // The cap counter: km flown inside each distance-capped zone, of its cap.
    caps.hidden = p.caps.length === 0;
    caps.textContent = p.caps
      .map((c) =>
        tx('map.capCounter', { zone: placeName(c.name), km: fmtInt(c.insideKm), cap: fmtInt(c.capKm) }),
      )
      .join(' · ');
    caps.dataset.state = p.caps.some((c) => c.insideKm > c.capKm) ? 'over' : 'ok';
    sum.textContent = summaryText(p);
    sum.dataset.state =
      p.objectivesCovered === p.objectives ? 'all' : p.objectivesCovered > 0 ? 'some' : 'none';
    const names = new Map(level.targets.map((t) => [t.id, t.name]));
    list.replaceChildren(
      ...p.targets
        .filter((t) => t.objective)
        .map((t) =>
          h('li', { class: `pv-item pv-${t.status}`, 'data-target': t.targetId }, [
            h('span', { class: 'pv-mark', 'aria-hidden': 'true' }, [tx(`preview.letter.${t.status}`)]),
            // The site's name without its note in brackets: the list stays one line per site.
            siteText(t, (names.get(t.targetId) ?? t.targetId).replace(/\s*\(.*\)\s*$/, '')),
          ]),
        ),
    );
  };
  const off = render([(s) => s.preview], draw);
  return () => {
    off();
    box.remove();
  };
}

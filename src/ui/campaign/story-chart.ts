/**
 * The trust story as an SVG chart: one column per event in date order (missions and treaty
 * milestones), trust 0–100 up the side, the player's line through the missions flown, stars
 * above each point, milestones as dotted lines with their letter. Decorative for screen readers
 * (the table beside it carries every value); built with createElementNS, no innerHTML.
 */
import type { TrustStory } from '../../rules/campaign-story';
import { svg } from '../mission/dom';
import { tx } from '../mission/text';

const W = 760;
const H = 300;
const PAD = { left: 44, right: 16, top: 40, bottom: 36 };

/** Letter of the i-th milestone (A, B, …), shared by the chart, the list and the table. */
export function milestoneLetter(i: number): string {
  return String.fromCharCode(65 + (i % 26));
}

function text(x: number, y: number, s: string, cls: string, anchor = 'middle'): SVGTextElement {
  const el = svg('text', { x, y, class: cls, 'text-anchor': anchor });
  el.textContent = s;
  return el;
}

export function storyChart(story: TrustStory, missionNumber: (levelId: string) => string): SVGSVGElement {
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'end-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const n = Math.max(1, story.events.length);
  const colW = (W - PAD.left - PAD.right) / n;
  const xAt = (i: number): number => PAD.left + colW * (i + 0.5);
  const yAt = (trust: number): number => PAD.top + ((100 - trust) / 100) * (H - PAD.top - PAD.bottom);
  for (const v of [0, 25, 50, 75, 100]) {
    root.append(
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: yAt(v), y2: yAt(v), class: 'end-grid' }),
      text(PAD.left - 6, yAt(v) + 4, String(v), 'end-tick', 'end'),
    );
  }
  root.append(text(4, PAD.top - 16, tx('end.chart.axis'), 'end-axis', 'start'));
  let letter = 0;
  let lastYear = -1;
  const line: [number, number][] = [[PAD.left, yAt(story.startTrust)]];
  story.events.forEach((e, i) => {
    const x = xAt(i);
    if (e.year !== lastYear) {
      root.append(text(x, H - PAD.bottom + 18, String(e.year), 'end-year'));
      lastYear = e.year;
    }
    if (e.kind === 'milestone') {
      root.append(
        svg('line', { x1: x, x2: x, y1: PAD.top - 6, y2: H - PAD.bottom, class: 'end-milestone' }),
        text(x, PAD.top - 12, milestoneLetter(letter++), 'end-letter'),
      );
      return;
    }
    if (e.flown) line.push([x, yAt(e.trustAfter)]);
  });
  if (line.length > 1) {
    root.append(svg('polyline', { points: line.map(([x, y]) => `${x},${y}`).join(' '), class: 'end-line' }));
  }
  root.append(svg('circle', { cx: PAD.left, cy: yAt(story.startTrust), r: 3, class: 'end-start' }));
  story.events.forEach((e, i) => {
    if (e.kind !== 'mission') return;
    const x = xAt(i);
    const y = e.flown ? yAt(e.trustAfter) : H - PAD.bottom - 8;
    root.append(svg('circle', { cx: x, cy: y, r: 6, class: e.flown ? 'end-point' : 'end-point unflown' }));
    root.append(text(x, y + 20, missionNumber(e.levelId), 'end-num'));
    if (e.flown) root.append(text(x, y - 11, '★'.repeat(e.stars) || '☆', 'end-stars'));
  });
  return root;
}

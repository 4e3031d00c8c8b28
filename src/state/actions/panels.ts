/** The panel switch: settings, shortcuts and the Handbook (deep-linked by article). */
import type { FindingCode } from '../../rules/types';
import type { Panel } from '../store';
import { get, set } from './mission-core';
import { protestFinding } from './mission-flow';

export function openPanel(panel: Exclude<Panel, null>): void {
  if (get().panel !== panel) set({ panel });
}

export function togglePanel(panel: Exclude<Panel, null>): void {
  if (get().panel === panel) closePanel();
  else openPanel(panel);
}

/** Opens the Treaty Handbook, optionally at one article (a finding's "basis"). */
export function openHandbook(article: string | null = null): void {
  set({ panel: 'handbook', handbookArticle: article, handbookPick: null });
}

/** Opens the Handbook to pick the article a protest against `code` will cite. */
export function pickArticleFor(code: FindingCode): void {
  if (get().mission?.phase !== 'review') return;
  set({ panel: 'handbook', handbookArticle: null, handbookPick: code });
}

/** Cites an article (its citation text, e.g. "Art. VI §II.4(A)") in the pending protest. */
export function citeArticle(citation: string): void {
  const code = get().handbookPick;
  if (!code) return;
  set({ panel: null, handbookArticle: null, handbookPick: null });
  protestFinding(code, citation);
}

/** Closes whatever panel is open, and forgets a Handbook deep link or a pending citation pick. */
export function closePanel(): void {
  if (get().panel !== null) set({ panel: null, handbookArticle: null, handbookPick: null });
}

export function dismissMissionNotice(): void {
  if (get().missionNotice !== null) set({ missionNotice: null });
}

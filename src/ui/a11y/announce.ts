/**
 * The screen-reader announcer: the only writer of `#live`. It speaks `state.announcement` (set
 * by the mission actions), the verdict when it settles after an edit ("Plan lawful: 1,834 of
 * 2,100 km" / "2 problems: Route too long; Sensor too low."), captures during the flight and phase
 * changes that no action announced. Several news in one moment are read as one message.
 */
import type { Verdict } from '../../rules/types';
import type { GameState, GameStore } from '../../state/store';
import { isProblem } from '../../rules/severity';
import { currentLevel } from '../mission/store-view';
import { findingTitle, incomingTitle, t, tn, type MessageKey } from '../../i18n';
import { tx } from '../mission/text';

/** An incoming plan's title (host duty) is the level file's English: word it in the language in use. */
function localParams(p: Record<string, string | number>): Record<string, string | number> {
  const { level, plan, title } = p;
  if (typeof level !== 'string' || typeof plan !== 'string' || typeof title !== 'string') return p;
  return { ...p, title: incomingTitle(level, plan, title) };
}

/** The verdict in one sentence; problems (violations, restrictions) listed first to last leg. */
export function verdictMessage(v: Verdict): string {
  const distance = Math.round(v.distanceKm);
  const max = Math.round(v.maxDistanceKm);
  const problems = v.findings.filter(isProblem);
  if (problems.length === 0) {
    const notices = v.findings.length;
    if (notices === 0) return t('announce.lawful', { distance, max });
    return tn('announce.lawfulWithNotices', notices, { distance, max });
  }
  const titles = [...new Set(problems.map((f) => findingTitle(f.code)))];
  return tn('announce.problems', problems.length, { list: titles.join('; ') });
}

/** Captures whose time falls in (fromH, toH]: the moments the shutter fires. */
export function capturesBetween(
  s: GameState,
  fromH: number,
  toH: number,
): { name: string; resolutionM: number }[] {
  if (!s.flight || toH <= fromH) return [];
  const level = currentLevel(s);
  return s.flight.captures
    .filter((c) => c.tH > fromH && c.tH <= toH)
    .map((c) => ({
      name: level?.targets.find((x) => x.id === c.targetId)?.name ?? c.targetId,
      resolutionM: Math.round(c.resolutionM * 10) / 10,
    }));
}

export const VERDICT_SETTLE_MS = 900;

export function mountAnnouncer(store: GameStore, live: HTMLElement): () => void {
  let pending: string[] = [];
  let flushScheduled = false;
  let lastSpoken = '';
  let lastVerdictText = '';
  let verdictTimer: ReturnType<typeof setTimeout> | null = null;

  const say = (text: string): void => {
    if (!text.trim()) return;
    pending.push(text.trim());
    if (flushScheduled) return;
    flushScheduled = true;
    queueMicrotask(() => {
      flushScheduled = false;
      let message = pending.join(' ');
      pending = [];
      // The same words twice in a row would not be read again: vary them invisibly.
      if (message === lastSpoken) message = `${message}\u00a0`;
      lastSpoken = message;
      live.textContent = message;
    });
  };

  const speakVerdict = (): void => {
    verdictTimer = null;
    const s = store.getState();
    if (!s.verdict || s.mission?.phase !== 'planning') return;
    const text = verdictMessage(s.verdict);
    if (text !== lastVerdictText) say(text);
    lastVerdictText = text;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.announcement && s.announcement !== prev.announcement)
      say(tx(s.announcement.key, localParams(s.announcement.params)));
    const phase = s.mission?.phase;
    const prevPhase = prev.mission?.phase;
    if (phase && phase !== prevPhase && s.announcement === prev.announcement) {
      say(t(`announce.phase.${phase}` as MessageKey));
    }
    if (s.verdict !== prev.verdict) {
      // While a waypoint is dragged the verdict changes every frame: speak once it settles.
      if (verdictTimer) clearTimeout(verdictTimer);
      verdictTimer = s.verdict ? setTimeout(speakVerdict, VERDICT_SETTLE_MS) : null;
      if (!s.verdict) lastVerdictText = '';
    }
    const tH = s.mission?.flight?.tH;
    const prevTH = prev.mission?.flight?.tH;
    if (phase === 'flight' && tH !== undefined && prevTH !== undefined && tH > prevTH) {
      for (const c of capturesBetween(s, prevTH, tH)) {
        say(t('announce.capture', { target: c.name, resolution: c.resolutionM }));
      }
    }
  });
  return () => {
    unsubscribe();
    if (verdictTimer) clearTimeout(verdictTimer);
  };
}

/**
 * Which sounds a change of state calls for (pure: previous state, next state → cues). The audio
 * director plays them; every cue also carries its caption, so nothing is said by sound alone.
 * Captions are i18n keys with parameters (the UI turns them into words).
 */
import type { Finding, Verdict } from '../rules/types';
import type { GameState } from '../state/store';
import { isProblem } from '../rules/severity';
import { currentLevel } from '../state/selectors';

export type OneShot = 'click' | 'shutter' | 'alert';

export interface Cue {
  /** The one-shot sound to play, or null for a caption of a loop's change (engine, music). */
  sound: OneShot | null;
  /** Which icon the caption shows (drawn by the UI, never an emoji a font may lack). */
  icon: CueIcon;
  captionKey: string;
  params?: Record<string, string | number>;
  priority?: 'low' | 'normal';
}

export type CueIcon = 'click' | 'shutter' | 'alert' | 'engine' | 'music';
export const ICONS = {
  click: 'click',
  shutter: 'shutter',
  alert: 'alert',
  engine: 'engine',
  music: 'music',
} as const;

const findingKey = (f: Finding): string => `${f.code}|${f.leg ?? ''}|${f.zoneId ?? ''}`;

/** Problems (violations, restrictions) in `next` that were not in `prev`. */
export function newProblems(prev: Verdict | null, next: Verdict | null): Finding[] {
  if (!next) return [];
  const before = new Set((prev?.findings ?? []).map(findingKey));
  return next.findings.filter((f) => isProblem(f) && !before.has(findingKey(f)));
}

/** The aircraft is in the air and the clock runs (tH: hours after arrival, take-off..landing). */
export function flightRunning(s: GameState): boolean {
  const f = s.mission?.flight;
  return (
    s.screen === 'mission' &&
    s.mission?.phase === 'flight' &&
    !!f &&
    !f.paused &&
    s.flight?.status === 'flown' &&
    f.tH < s.flight.landingAfterArrivalH
  );
}

export function detectCues(prev: GameState, next: GameState): Cue[] {
  const cues: Cue[] = [];
  const sameMission =
    prev.mission?.levelId === next.mission?.levelId && prev.mission?.seed === next.mission?.seed;

  // A new problem in the plan while planning (not on loading a mission or a level).
  const phase = next.mission?.phase;
  if (next.verdict !== prev.verdict && sameMission && prev.verdict && phase === 'planning') {
    const fresh = newProblems(prev.verdict, next.verdict);
    const first = fresh[0];
    if (first) {
      // The finding's code: the caption names it in the player's language (src/ui/a11y/captions.ts).
      const finding = first.code;
      cues.push(
        fresh.length === 1
          ? { sound: 'alert', icon: ICONS.alert, captionKey: 'caption.alert', params: { finding } }
          : {
              sound: 'alert',
              icon: ICONS.alert,
              captionKey: 'caption.alert.more',
              params: { finding, more: fresh.length - 1 },
            },
      );
    }
  }

  // The shutter fires for each capture whose moment the flight clock has just passed.
  const tH = next.mission?.flight?.tH;
  const prevTH = prev.mission?.flight?.tH;
  if (
    phase === 'flight' &&
    sameMission &&
    next.flight &&
    tH !== undefined &&
    prevTH !== undefined &&
    tH > prevTH
  ) {
    const level = currentLevel(next);
    for (const c of next.flight.captures) {
      if (c.tH > prevTH && c.tH <= tH) {
        const target = level?.targets.find((x) => x.id === c.targetId)?.name ?? c.targetId;
        cues.push({
          sound: 'shutter',
          icon: ICONS.shutter,
          captionKey: 'caption.shutter',
          // The id too: the caption names the site in the player's language.
          params: { target, targetId: c.targetId },
        });
      }
    }
  }

  // The engine: its hum starts, changes pace or stops (the loop itself is the director's).
  const was = flightRunning(prev);
  const is = flightRunning(next);
  const speed = next.settings.timeSpeed;
  if (is && !was)
    cues.push({ sound: null, icon: ICONS.engine, captionKey: 'caption.engineStart', params: { speed } });
  else if (!is && was) cues.push({ sound: null, icon: ICONS.engine, captionKey: 'caption.engineStop' });
  else if (is && speed !== prev.settings.timeSpeed) {
    cues.push({ sound: null, icon: ICONS.engine, captionKey: 'caption.engineSpeed', params: { speed } });
  }
  return cues;
}

export const CLICK_CUE: Cue = {
  sound: 'click',
  icon: ICONS.click,
  captionKey: 'caption.click',
  priority: 'low',
};
export const MUSIC_CUE: Cue = { sound: null, icon: ICONS.music, captionKey: 'caption.music' };

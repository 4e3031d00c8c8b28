/**
 * What a finished mission writes into progress: its best result and trust. The quota ledger is
 * not stored: it is counted from the results (selectors.quotaUsedFor).
 * Trust counts once per mission (rules/scoring applyMissionTrust): a retry replaces the change
 * the mission made before, so flying 02 three times moves trust once.
 */
import { applyMissionTrust, own, type Level, type MissionScore } from '../../rules';
import type { Progress } from '../schema';
import type { GameState } from '../store';

/** Trust and its per-mission ledger after this mission counts `delta` (once: a retry replaces). */
export function trustAfter(
  p: Progress,
  levelId: string,
  delta: number,
): Pick<Progress, 'trust' | 'trustByLevel'> {
  const next = applyMissionTrust({ trust: p.trust, ledger: p.trustByLevel ?? {} }, levelId, delta);
  return { trust: next.trust, trustByLevel: { ...next.ledger } };
}

/** Progress after a flown mission: best stars and score kept, trust replaced. */
export function progressAfterFlight(s: GameState, level: Level, sc: MissionScore, atIso: string): Progress {
  const prev = own(s.progress.results, level.id);
  const result = {
    stars: Math.max(sc.stars, prev?.stars ?? 0),
    score: Math.max(sc.score, prev?.score ?? 0),
    completedAtIso: atIso,
  };
  return {
    ...s.progress,
    results: { ...s.progress.results, [level.id]: result },
    ...trustAfter(s.progress, level.id, sc.trust.delta),
  };
}

/** Progress after a declined mission: only trust moves (and replaces the mission's earlier change). */
export function progressAfterDecline(s: GameState, level: Level, sc: MissionScore): Progress {
  return { ...s.progress, ...trustAfter(s.progress, level.id, sc.trust.delta) };
}

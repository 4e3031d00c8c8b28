/**
 * The campaign's trust story as the end-of-campaign screen reads it: the playable campaign's
 * levels and the player's progress through rules/campaign-story (read-only, no rules decided here).
 */
import { campaignComplete, trustStory, type TrustStory } from '../rules/campaign-story';
import { own } from '../rules';
import type { Level } from '../rules/types';
import { playableCampaign } from './selectors';
import type { GameState } from './store';

export function campaignStory(s: GameState): TrustStory {
  const levels = playableCampaign(s)
    .map((id) => own(s.levels, id))
    .filter((l): l is Level => l !== undefined);
  return trustStory(levels, s.progress);
}

/** The story is earned once the last playable mission of the campaign has a result. */
export function storyEarned(s: GameState): boolean {
  return campaignComplete(playableCampaign(s), s.progress);
}

/** This level is the campaign's last playable mission (its debrief leads to the story). */
export function isLastMission(s: GameState, levelId: string): boolean {
  const order = playableCampaign(s);
  return order.length > 0 && order[order.length - 1] === levelId;
}

/** Opening the end-of-campaign screen (the trust story) from the last debrief or the campaign. */
import { storyEarned } from '../campaign-story';
import { breakEditChain, get, set } from './mission-core';

/** Shows the trust story; does nothing until the campaign's last mission has a result. */
export function showCampaignEnd(): void {
  if (!storyEarned(get())) return;
  breakEditChain();
  set({ screen: 'campaign-end', panel: null, selectedWaypoint: null });
}

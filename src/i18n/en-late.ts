/**
 * English words the first screen never shows, in the chunks of the screens that show them: the
 * Teacher guide (Teachers screen) and the trust story (end of the campaign). Those screens add
 * them to the English table (`addEnglish`) when they load. Every other language has them in its
 * own pack (de-pack.ts).
 */
import { enCampaignEnd } from './en-campaign-end';
import { enGuide } from './en-guide';
import { enGuideTimeline } from './en-guide-timeline';

export const enLate = { ...enGuide, ...enGuideTimeline, ...enCampaignEnd } as const;

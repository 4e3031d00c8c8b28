/**
 * The words of one level in another language (every field optional): de-levels.ts holds them,
 * levels.ts lays them over the level file for display.
 */
export interface LevelWords {
  title?: string;
  briefing?: string;
  bulletin?: { title: string; text: string };
  whatHappened?: string;
  approximations?: string;
  questions?: string[];
  /** Target id → name and note. */
  targets?: Record<string, { name: string; note?: string }>;
  /** Host duty (08): incoming plan id → its title. */
  incoming?: Record<string, string>;
}

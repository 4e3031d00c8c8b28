/** The shape of a language's words (a file of its own: language.ts loads packs that name it). */
import type { en } from './en';
import type { enLate } from './en-late';
import type { LevelWords } from './level-words';

/** Every key of the English table, the words that come later (en-late.ts) included. */
export type MessageKey = keyof typeof en | keyof typeof enLate;
export type Table = Readonly<Record<MessageKey, string>>;

/** A language's words: the string table and the missions' texts (level id → words). */
export interface LanguagePack {
  table: Table;
  levels: Readonly<Record<string, LevelWords>>;
  /**
   * Names of the hosts' restricted areas (the level files' zone names, in English) as this
   * language writes them: on the map and in the findings that name them.
   */
  places?: Readonly<Record<string, string>>;
}

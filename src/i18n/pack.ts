/** The shape of a language's words (a file of its own: language.ts loads packs that name it). */
import type { en } from './en';
import type { LevelWords } from './level-words';

export type MessageKey = keyof typeof en;
export type Table = Readonly<Record<MessageKey, string>>;

/** A language's words: the string table and the missions' texts (level id → words). */
export interface LanguagePack {
  table: Table;
  levels: Readonly<Record<string, LevelWords>>;
}

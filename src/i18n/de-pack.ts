/**
 * German, loaded only when a player chooses it (language.ts `loadLanguage`): the table and the
 * mission texts are ~40 kB gzip that an English player's first screen need not download.
 */
import { de } from './de';
import { deLevels, dePlaces } from './de-levels';
import type { LanguagePack } from './pack';

export const dePack: LanguagePack = { table: de, levels: deLevels, places: dePlaces };

/** The whole English table, for the checks that compare every key: built in (en.ts) and late (en-late.ts). */
import { en } from '../../src/i18n/en';
import { enLate } from '../../src/i18n/en-late';

export const enAll = { ...en, ...enLate } as const;

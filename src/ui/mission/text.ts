/**
 * The mission UI's words come from the one shared table (src/i18n/en.ts, "mission UI"
 * section). `tx` takes keys built at run time (`sensor.${kind}`), so it checks them: an unknown
 * key shows as itself (and the unit test lists every key the mission UI builds).
 */
import { isFindingCode, MESSAGES } from '../../rules';
import { hasKey, t } from '../../i18n';

type Params = Record<string, string | number>;

export function tx(key: string, params: Params = {}): string {
  return hasKey(key) ? t(key, params) : key;
}

/** A finding's title; a code this build does not know (a save from a newer build) says so. */
export function findingTitle(code: string): string {
  return isFindingCode(code) ? MESSAGES[code].title : tx('save.newerFinding', { code });
}

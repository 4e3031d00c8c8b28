/**
 * The mission UI's words come from the one shared table (src/i18n/en.ts, "mission UI"
 * section). `tx` takes keys built at run time (`sensor.${kind}`), so it checks them: an unknown
 * key shows as itself (and the unit test lists every key the mission UI builds).
 */
import { hasKey, t } from '../../i18n';

type Params = Record<string, string | number>;

export function tx(key: string, params: Params = {}): string {
  return hasKey(key) ? t(key, params) : key;
}

/**
 * Declining the mission after a dispute over the mission plan: the flight is not counted
 * against either party's quota (Art. VIII §I.5).
 */
import type { QuotaLedgerEntry } from '../scoring';
import type { Level } from '../types';
import type { HostResponse } from './types';

export const DECLINE_BASIS = 'Art. VIII §I.5';

export interface DeclineOutcome {
  declined: true;
  /** The host's decision the observer declined. */
  decision: HostResponse['decision'];
  ledger: QuotaLedgerEntry;
  key: 'host.declined';
}

export function decline(response: HostResponse, level: Level, quotaUsed = level.quota.used): DeclineOutcome {
  return {
    declined: true,
    decision: response.decision,
    ledger: {
      host: level.host,
      observer: level.observer,
      counted: false,
      reason: 'declined',
      basis: DECLINE_BASIS,
      usedBefore: quotaUsed,
      usedAfter: quotaUsed,
      active: level.quota.active,
      left: Math.max(0, level.quota.active - quotaUsed),
    },
    key: 'host.declined',
  };
}

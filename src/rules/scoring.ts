/**
 * Mission scoring, the trust meter and the quota ledger.
 *
 * Score = value of the captured targets + objectives bonus − penalties for the findings the
 * host had to raise (waived where the player protested with the right article).
 * Stars (documented thresholds, see STAR_RULES):
 *   0 — not flown, or nothing captured;
 *   1 — flown lawfully and at least one target captured;
 *   2 — and at least half of the objectives captured (of the target value, without objectives);
 *   3 — and every objective captured, with no violation raised and no unjustified protest.
 * Trust: lawful conduct and justified protests raise it; violations submitted and unjustified
 * protests lower it, and so does refusing a deviation the host asked for flight safety
 * (Art. VIII §II). A plan with violations cannot fly (the host refuses it lawfully).
 */
import { own } from './ids';
import type { FlightResult } from './sim/flight-types';
import type { HostResponse, ProtestOutcome } from './host/types';
import type { FindingCode, Iso3, Level, Severity } from './types';

export const TRUST = {
  /** Flown with a plan the treaty allows. */
  lawfulFlight: 10,
  justifiedProtest: 5,
  unjustifiedProtest: -10,
  /** Per violation the host had to refuse. */
  violationSubmitted: -5,
  /** Refused a deviation the host asked for flight safety (Art. VIII §II). */
  deviationRefusedUnlawfully: -10,
} as const;

export const PENALTY_POINTS: Readonly<Record<Severity, number>> = {
  violation: 30,
  restriction: 10,
  notice: 5,
};
export const OBJECTIVE_BONUS = 25;
export const ALL_OBJECTIVES_BONUS = 50;
export const STAR_RULES = { twoStarShare: 0.5, threeStarShare: 1 } as const;

export type QuotaReason = 'flown' | 'declined' | 'prohibited';

export interface QuotaLedgerEntry {
  host: Iso3;
  observer: Iso3;
  /** Counts against the observer's active (and the host's passive) quota. */
  counted: boolean;
  reason: QuotaReason;
  /** Art. III §I.8 (flown), Art. VIII §I.5 (declined), Art. VIII §I.3 (prohibited). */
  basis: string;
  usedBefore: number;
  usedAfter: number;
  active: number;
  left: number;
}

export interface TrustItem {
  key:
    | 'trust.lawful-flight'
    | 'trust.violation-submitted'
    | 'trust.justified-protest'
    | 'trust.unjustified-protest'
    | 'trust.deviation-refused';
  delta: number;
  code?: FindingCode;
}

export interface Penalty {
  code: FindingCode;
  severity: Severity;
  points: number;
}

export interface MissionScore {
  flown: boolean;
  capturedValue: number;
  objectivesCaptured: number;
  objectivesTotal: number;
  objectivesBonus: number;
  penalties: Penalty[];
  penaltyPoints: number;
  score: number;
  stars: 0 | 1 | 2 | 3;
  trust: { delta: number; items: TrustItem[] };
  quota: QuotaLedgerEntry;
}

export interface MissionInput {
  level: Level;
  /** The host's response to the submitted plan, before any protest. */
  response: HostResponse;
  protests: readonly ProtestOutcome[];
  /** The flight, or null when it did not take place. */
  flight: FlightResult | null;
  declined?: boolean;
  /** Flights already flown over this host this year (defaults to level.quota.used). */
  quotaUsed?: number;
}

export function quotaEntry(
  level: Level,
  flown: boolean,
  declined: boolean,
  usedBefore: number,
): QuotaLedgerEntry {
  const reason: QuotaReason = flown ? 'flown' : declined ? 'declined' : 'prohibited';
  const basis = flown ? 'Art. III §I.8' : declined ? 'Art. VIII §I.5' : 'Art. VIII §I.3';
  const usedAfter = usedBefore + (flown ? 1 : 0);
  return {
    host: level.host,
    observer: level.observer,
    counted: flown,
    reason,
    basis,
    usedBefore,
    usedAfter,
    active: level.quota.active,
    left: Math.max(0, level.quota.active - usedAfter),
  };
}

function starsFor(
  flown: boolean,
  capturedCount: number,
  share: number,
  clean: boolean,
): MissionScore['stars'] {
  if (!flown || capturedCount === 0) return 0;
  if (share >= STAR_RULES.threeStarShare && clean) return 3;
  if (share >= STAR_RULES.twoStarShare) return 2;
  return 1;
}

export function scoreMission(input: MissionInput): MissionScore {
  const { level, response, protests, flight } = input;
  const flown = !!flight && flight.status === 'flown' && !input.declined;
  const captures = flown && flight ? flight.captures : [];
  const capturedValue = captures.reduce((sum, c) => sum + c.value, 0);
  const objectives = level.targets.filter((t) => t.objective);
  const capturedIds = new Set(captures.map((c) => c.targetId));
  const objectivesCaptured = objectives.filter((t) => capturedIds.has(t.id)).length;
  const allObjectives = objectives.length > 0 && objectivesCaptured === objectives.length;
  const objectivesBonus = objectivesCaptured * OBJECTIVE_BONUS + (allObjectives ? ALL_OBJECTIVES_BONUS : 0);

  const rightlyProtested = new Set(protests.filter((p) => p.justified).map((p) => p.code));
  const penalties: Penalty[] = response.objections
    .filter((o) => !rightlyProtested.has(o.code))
    .map((o) => ({ code: o.code, severity: o.severity, points: PENALTY_POINTS[o.severity] }));
  const penaltyPoints = penalties.reduce((sum, p) => sum + p.points, 0);
  const score = Math.max(0, capturedValue + objectivesBonus - penaltyPoints);

  const violations = response.objections.filter((o) => o.severity === 'violation');
  const items: TrustItem[] = [];
  if (flown && violations.length === 0) items.push({ key: 'trust.lawful-flight', delta: TRUST.lawfulFlight });
  for (const v of violations)
    items.push({ key: 'trust.violation-submitted', delta: TRUST.violationSubmitted, code: v.code });
  const refusedUnlawfully = flown && flight?.deviation?.answer === 'refused' && !flight.deviation.lawful;
  if (refusedUnlawfully)
    items.push({ key: 'trust.deviation-refused', delta: TRUST.deviationRefusedUnlawfully });
  for (const p of protests) {
    if (p.trustDelta === 0) continue;
    items.push({
      key: p.justified ? 'trust.justified-protest' : 'trust.unjustified-protest',
      delta: p.trustDelta,
      code: p.code,
    });
  }

  const totalValue = level.targets.reduce((sum, t) => sum + t.value, 0);
  const share =
    objectives.length > 0
      ? objectivesCaptured / objectives.length
      : totalValue > 0
        ? capturedValue / totalValue
        : 1;
  const clean =
    violations.length === 0 && !refusedUnlawfully && protests.every((p) => p.justified || p.trustDelta === 0);
  return {
    flown,
    capturedValue,
    objectivesCaptured,
    objectivesTotal: objectives.length,
    objectivesBonus,
    penalties,
    penaltyPoints,
    score,
    stars: starsFor(flown, captures.length, share, clean),
    trust: { delta: items.reduce((sum, i) => sum + i.delta, 0), items },
    quota: quotaEntry(level, flown, !!input.declined, input.quotaUsed ?? level.quota.used),
  };
}

/** The fewest stars a mission needs to open the next one in the campaign. */
export const STARS_TO_UNLOCK_NEXT = 1;

export function unlocksNext(stars: number): boolean {
  return stars >= STARS_TO_UNLOCK_NEXT;
}

export interface TrustState {
  /** Trust between the parties, 0..100. */
  trust: number;
  /** The trust change each mission last counted for, by level id. */
  ledger: Readonly<Record<string, number>>;
}

/**
 * Trust after a mission's result: a mission counts once. Flying it again (or declining it after
 * a flight) replaces the change it made before instead of adding to it, so a retry cannot pump
 * trust up to 100. Pure; clamps to 0..100.
 */
export function applyMissionTrust(state: TrustState, levelId: string, delta: number): TrustState {
  const before = own(state.ledger, levelId) ?? 0;
  const trust = Math.min(100, Math.max(0, state.trust - before + delta));
  return { trust, ledger: { ...state.ledger, [levelId]: delta } };
}

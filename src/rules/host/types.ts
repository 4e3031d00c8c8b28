/** Plain-data types of the host's review of a mission plan and of the player's answers. */
import type { Finding, FindingCode, Plan, Severity } from '../types';

/** accept · propose changes (lawful plan, safety) · demand changes (host's own restriction) · refuse. */
export type HostDecision = 'accept' | 'propose-changes' | 'demand-changes' | 'refuse';

/** What the host does with one finding. */
export type ObjectionKind = 'refusal' | 'demand' | 'proposal';

/**
 * The host's ground, as the treaty sees it: a non-compliant plan may be refused
 * (Art. VIII §I.4); flight safety allows proposing changes that do not stop observation
 * (Art. VI §II.6, Art. VIII §I.4); host practice is the host's own, contested, restriction.
 */
export type HostGround = 'non-compliant-plan' | 'host-practice' | 'flight-safety';

export interface HostObjection {
  code: FindingCode;
  severity: Severity;
  kind: ObjectionKind;
  ground: HostGround;
  /** The article or source the host relies on (the finding's legal basis). */
  basis: string;
  /** The treaty grants the host this objection (false for contested host practice). */
  lawful: boolean;
  finding: Finding;
  /** Message key for the host's line, e.g. "host.objection.route/too-long". */
  key: string;
  /** Withdrawn after a justified protest. */
  withdrawn: boolean;
}

/** A concrete change the host proposes or demands, in plan terms (leg i ends at waypoints[i]). */
export type ProposedChange =
  | {
      kind: 'altitude';
      code: FindingCode;
      zoneId?: string;
      /** Waypoint indexes whose altitude (the leg ending there) changes. */
      waypoints: number[];
      fromM: number[];
      toM: number;
    }
  | {
      kind: 'takeoff-time';
      code: FindingCode;
      zoneId?: string;
      fromAfterArrivalH: number;
      toAfterArrivalH: number;
      deltaH: number;
    }
  | {
      kind: 'route';
      code: FindingCode;
      zoneId?: string;
      /** The new waypoint is inserted at this index (before the old waypoints[index]). */
      insertAt: number;
      leg: number;
      waypoint: { lat: number; lon: number };
      addedKm: number;
    };

export interface HostResponse {
  decision: HostDecision;
  objections: HostObjection[];
  /** Concrete changes, so the UI can show the plan diff (apply with applyChanges). */
  changes: ProposedChange[];
  /** The plan as submitted, when it was given to reviewPlan. */
  submittedPlan: Plan | null;
  /** The plan with the changes applied, when the plan was given to reviewPlan. */
  proposedPlan: Plan | null;
  /** The host answers within 4 h of submission (Art. VI §II.6). */
  replyAfterSubmitH: number;
  remark: { key: string; variant: number };
  seed: number;
}

export type ProtestResult = 'host-yields' | 'host-maintains' | 'rejected';

export type ProtestReason =
  'right-article' | 'wrong-article' | 'lawful-objection' | 'no-such-objection' | 'already-withdrawn';

export interface ProtestOutcome {
  code: FindingCode;
  citedArticle: string;
  result: ProtestResult;
  /** The protest was legally sound (the right article against a contestable objection). */
  justified: boolean;
  reason: ProtestReason;
  trustDelta: number;
  /** The articles that would have been right for this code. */
  governing: readonly string[];
  /** The host's response after the protest (objections withdrawn when it yields). */
  response: HostResponse;
  key: string;
}

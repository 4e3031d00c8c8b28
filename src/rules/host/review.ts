/**
 * The host's review of a submitted mission plan (Art. VI §II.6: it answers within 4 hours).
 * Lawful answers per severity:
 * - violation: the plan breaks the treaty → refuse, citing the article for each finding;
 * - restriction: the host's own contested rule → demand a change (the player may protest);
 * - notice: hazardous or exercise airspace → propose a concrete change of time, altitude or
 *   route (flight safety; changes must not stop observation, Art. VIII §I.4);
 * - nothing → accept.
 * Deterministic from the verdict, level and seed (the seed only varies wording and timing).
 */
import { hashInts, nextFloat, nextInt, seedState } from '../prng';
import type { Finding, Level, Plan, Severity, Verdict } from '../types';
import { applyChanges, changeFor } from './changes';
import type {
  HostDecision,
  HostGround,
  HostObjection,
  HostResponse,
  ObjectionKind,
  ProposedChange,
} from './types';

export const HOST_REPLY_MAX_H = 4;
export const HOST_REMARK_VARIANTS = 3;

const KIND_OF: Readonly<Record<Severity, ObjectionKind>> = {
  violation: 'refusal',
  restriction: 'demand',
  notice: 'proposal',
};
const GROUND_OF: Readonly<Record<Severity, HostGround>> = {
  violation: 'non-compliant-plan',
  restriction: 'host-practice',
  notice: 'flight-safety',
};

export function objectionFor(finding: Finding): HostObjection {
  return {
    code: finding.code,
    severity: finding.severity,
    kind: KIND_OF[finding.severity],
    ground: GROUND_OF[finding.severity],
    basis: finding.basis,
    lawful: finding.severity !== 'restriction',
    finding,
    key: `host.objection.${finding.code}`,
    withdrawn: false,
  };
}

/** The decision that the objections still standing call for. */
export function decisionFor(objections: readonly HostObjection[]): HostDecision {
  const standing = objections.filter((o) => !o.withdrawn);
  if (standing.some((o) => o.kind === 'refusal')) return 'refuse';
  if (standing.some((o) => o.kind === 'demand')) return 'demand-changes';
  if (standing.some((o) => o.kind === 'proposal')) return 'propose-changes';
  return 'accept';
}

/** Concrete changes for the standing demands and proposals, one per zone and kind of change. */
function changesFor(
  objections: readonly HostObjection[],
  level: Level,
  verdict: Verdict,
  plan?: Plan,
): ProposedChange[] {
  const changes: ProposedChange[] = [];
  const seen = new Set<string>();
  for (const o of objections) {
    if (o.withdrawn || o.kind === 'refusal') continue;
    const change = changeFor(o.finding, level, verdict, plan);
    if (!change) continue;
    const key =
      change.kind === 'takeoff-time'
        ? 'time'
        : change.kind === 'altitude'
          ? `alt:${change.waypoints.join(',')}`
          : `route:${change.insertAt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push(change);
  }
  return changes;
}

/** Re-derives decision, remark and proposed plan from the objections and changes. */
export function settleResponse(
  base: Pick<HostResponse, 'objections' | 'changes' | 'submittedPlan' | 'replyAfterSubmitH' | 'seed'>,
): HostResponse {
  const decision = decisionFor(base.objections);
  const standing = new Set(base.objections.filter((o) => !o.withdrawn).map((o) => o.code));
  const changes = decision === 'refuse' ? [] : base.changes.filter((c) => standing.has(c.code));
  const withdrawn = base.objections.filter((o) => o.withdrawn).length;
  const [variant] = nextInt(
    hashInts(seedState(base.seed), DECISIONS.indexOf(decision), withdrawn),
    0,
    HOST_REMARK_VARIANTS - 1,
  );
  const plan = base.submittedPlan;
  return {
    decision,
    objections: base.objections,
    changes,
    submittedPlan: plan,
    proposedPlan: plan && changes.length > 0 ? applyChanges(plan, changes) : null,
    replyAfterSubmitH: base.replyAfterSubmitH,
    remark: { key: `host.decision.${decision}`, variant },
    seed: base.seed,
  };
}

const DECISIONS: readonly HostDecision[] = ['accept', 'propose-changes', 'demand-changes', 'refuse'];

/**
 * Reviews a verdict. Pass the plan to get `proposedPlan` (the plan with the host's changes,
 * for a diff) and to let the host propose an earlier take-off when the timeline allows it.
 */
export function reviewPlan(verdict: Verdict, level: Level, seed: number, plan?: Plan): HostResponse {
  const order: Readonly<Record<Severity, number>> = { violation: 0, restriction: 1, notice: 2 };
  const findings = [...verdict.findings].sort(
    (a, b) => order[a.severity] - order[b.severity] || (a.leg ?? -1) - (b.leg ?? -1),
  );
  const objections = findings.map(objectionFor);
  const [u] = nextFloat(hashInts(seedState(seed), 0x4057));
  // Between half an hour and the 4 hours the treaty allows, in quarter hours.
  const replyAfterSubmitH = Math.round((0.5 + u * (HOST_REPLY_MAX_H - 0.5)) * 4) / 4;
  const changes = changesFor(objections, level, verdict, plan);
  return settleResponse({ objections, changes, submittedPlan: plan ?? null, replyAfterSubmitH, seed });
}

/** Severity and legal basis of every finding code (PLAN-FILE.md "Codes" table). */
import type { Finding, FindingCode, Severity } from '../types';

export interface CodeInfo {
  severity: Severity;
  /** The article (or "host practice") the rule enforces. */
  basis: string;
}

export const CODE_INFO: Readonly<Record<FindingCode, CodeInfo>> = {
  'route/too-long': { severity: 'violation', basis: 'Art. VI §II.4(A), Annex A §III' },
  'route/outside-territory': {
    severity: 'violation',
    basis: 'Art. II §8, VI §II.2 (sensors over a third state: VII §3)',
  },
  'route/non-party-buffer': { severity: 'violation', basis: 'Art. VI §II.2' },
  'route/repeat-crossing': { severity: 'violation', basis: 'Art. VI §II.4(G)' },
  'route/bad-end': { severity: 'violation', basis: 'Art. VI §II.3' },
  'sensor/below-minimum-altitude': { severity: 'violation', basis: 'Art. IV §2, VI §II.4(D)' },
  'sensor/not-fitted': { severity: 'violation', basis: 'Art. IV, Annex D' },
  'sensor/not-yet-permitted': { severity: 'violation', basis: 'Art. XVIII §II.2' },
  'aircraft/out-of-range': {
    severity: 'violation',
    basis: 'flight safety (not a treaty limit; refuelling stops: Art. VI §II.3)',
  },
  'quota/exhausted': { severity: 'violation', basis: 'Art. III §I.5, §I.8; Annex A' },
  'timeline/short-notice': { severity: 'violation', basis: 'Art. VI §I.5' },
  'timeline/early-takeoff': { severity: 'violation', basis: 'Art. VI §II.4(E)' },
  'timeline/window-exceeded': { severity: 'violation', basis: 'Art. VI §I.9' },
  'restriction/distance-cap': { severity: 'restriction', basis: 'host practice' },
  'restriction/corridor': { severity: 'restriction', basis: 'host practice' },
  'restriction/altitude-floor': { severity: 'restriction', basis: 'host practice' },
  'airspace/hazardous': { severity: 'notice', basis: 'Art. VI §II.2, §II.5' },
  'airspace/exercise': { severity: 'notice', basis: 'Art. VI §II.5' },
};

type FindingExtras = Partial<Pick<Finding, 'leg' | 'at' | 'zoneId' | 'basis'>>;

/** A finding with the code's severity and basis; `extras.basis` overrides the basis (zone sources). */
export function finding(code: FindingCode, params: Finding['params'], extras: FindingExtras = {}): Finding {
  const info = CODE_INFO[code];
  const f: Finding = { code, severity: info.severity, basis: extras.basis ?? info.basis, params };
  if (extras.leg !== undefined) f.leg = extras.leg;
  if (extras.at !== undefined) f.at = { lat: extras.at.lat, lon: extras.at.lon };
  if (extras.zoneId !== undefined) f.zoneId = extras.zoneId;
  return f;
}

/** Rounds a number for a message parameter (km to 0.1, hours to 0.1) so findings stay readable. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Tolerance for comparisons at exact limits (72 h, 96 h, maximum distance) against float noise. */
export const EPSILON = 1e-9;

/** A code this build knows (a save or a file from a newer build may name others). */
export function isFindingCode(code: unknown): code is FindingCode {
  return typeof code === 'string' && Object.hasOwn(CODE_INFO, code);
}

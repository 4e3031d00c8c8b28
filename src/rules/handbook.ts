/**
 * The Treaty Handbook: one short entry per article the checks enforce (the plain rule and its
 * citation), listed and searched by the UI. Player-facing strings, like messages.ts.
 */
import type { FindingCode } from './types';

export interface HandbookEntry {
  /** Stable anchor for links from findings ("art-6-2-4a"). */
  id: string;
  citation: string;
  title: string;
  /** The rule in plain words. */
  rule: string;
  /** Finding codes that enforce this rule. */
  codes: FindingCode[];
}

export const HANDBOOK: readonly HandbookEntry[] = [
  {
    id: 'art-2',
    citation: 'Art. II',
    title: 'What counts as territory',
    codes: ['route/outside-territory'],
    rule: 'A country’s territory is its land and islands plus its waters up to 12 nautical miles (22 km) from the coast. Observation flights stay over the country being observed.',
  },
  {
    id: 'art-3',
    citation: 'Art. III',
    title: 'Quotas',
    codes: ['quota/exhausted'],
    rule: 'Each country must accept a fixed number of flights over it each year (its passive quota) and may make as many flights as it accepts in return (its active quota). Every flight uses one.',
  },
  {
    id: 'art-4',
    citation: 'Art. IV',
    title: 'Sensors allowed',
    codes: ['sensor/not-fitted'],
    rule: 'Only four kinds of sensor are allowed: optical and video cameras (no sharper than 30 cm), infrared line scanners (50 cm) and radar (3 m, which sees through cloud).',
  },
  {
    id: 'annex-d',
    citation: 'Art. IV, Annex D',
    title: 'Certified aircraft and sensors',
    codes: ['sensor/not-fitted'],
    rule: 'Every aircraft and its sensors are inspected and certified by all members before use. A sensor the aircraft does not carry cannot be used.',
  },
  {
    id: 'art-4-2',
    citation: 'Art. IV §2, VI §II.4(D)',
    title: 'Minimum altitude',
    codes: ['sensor/below-minimum-altitude'],
    rule: 'A sensor may only be switched on at or above its certified minimum height. Lower down its pictures would be sharper than the treaty allows.',
  },
  {
    id: 'art-6-1',
    citation: 'Art. VI §I',
    title: 'Aircraft range',
    codes: ['aircraft/out-of-range'],
    rule: 'Between two landings the aircraft cannot fly further than its range without refuelling.',
  },
  {
    id: 'art-6-1-5',
    citation: 'Art. VI §I.5',
    title: '72 hours’ notice',
    codes: ['timeline/short-notice'],
    rule: 'The observing country must announce the flight at least 72 hours before it arrives in the observed country.',
  },
  {
    id: 'art-6-1-9',
    citation: 'Art. VI §I.9',
    title: 'The 96-hour window',
    codes: ['timeline/window-exceeded'],
    rule: 'From arrival until the end of the observation flight, no more than 96 hours may pass, unless both sides agree.',
  },
  {
    id: 'art-6-2-2',
    citation: 'Art. VI §II.2',
    title: 'Any point may be observed',
    codes: ['route/non-party-buffer', 'airspace/hazardous'],
    rule: 'The flight may go over any point of the observed territory, even hazardous airspace. The only exception: stay at least 10 km from the border of a country that is not a member.',
  },
  {
    id: 'art-6-2-3',
    citation: 'Art. VI §II.3',
    title: 'Where a flight ends',
    codes: ['route/bad-end'],
    rule: 'An observation flight ends at one of the observed country’s Open Skies airfields.',
  },
  {
    id: 'art-6-2-4',
    citation: 'Art. VI §II.4',
    title: 'Shape of the route',
    codes: ['route/repeat-crossing'],
    rule: 'The route is flown as straight legs in the planned order. It may cross itself at one point only once, and the aircraft may not circle over one spot.',
  },
  {
    id: 'art-6-2-4a',
    citation: 'Art. VI §II.4(A)',
    title: 'Maximum flight distance',
    codes: ['route/too-long'],
    rule: 'The whole route may not be longer than the maximum flight distance of the airfield it starts from (Annex A lists them, e.g. Kubinka 5,500 km).',
  },
  {
    id: 'art-6-2-4e',
    citation: 'Art. VI §II.4(E)',
    title: '24 hours after the plan',
    codes: ['timeline/early-takeoff'],
    rule: 'The aircraft may take off no sooner than 24 hours after the mission plan is handed in, unless both sides agree.',
  },
  {
    id: 'art-6-2-5',
    citation: 'Art. VI §II.5',
    title: 'Hazardous and exercise airspace',
    codes: ['airspace/hazardous', 'airspace/exercise'],
    rule: 'In hazardous airspace the host must say what the danger is and may propose another altitude, route or time. It may not use it to stop any point being observed.',
  },
  {
    id: 'art-8',
    citation: 'Art. VIII',
    title: 'When the host may object',
    codes: [],
    rule: 'The host may ask for changes only for flight safety, the state of an airfield, or a plan that breaks the treaty. If there is no agreement, the observer may decline and the flight does not count.',
  },
  {
    id: 'art-18',
    citation: 'Art. XVIII, Annex A §II',
    title: 'Start-up period',
    codes: ['sensor/not-yet-permitted'],
    rule: 'Until 31 December 2005 fewer flights had to be accepted and infrared scanners could not be used unless both sides agreed.',
  },
  {
    id: 'host-practice',
    citation: 'host practice',
    title: 'Restrictions the treaty does not grant',
    codes: ['restriction/distance-cap', 'restriction/corridor', 'restriction/altitude-floor'],
    rule: 'Some hosts added their own limits, such as 500 km over Kaliningrad or a 10 km buffer near Abkhazia and South Ossetia. Other members said these break the treaty; an observer may comply or protest.',
  },
];

/** The Handbook entry that explains a finding code. */
export function handbookEntryFor(code: FindingCode): HandbookEntry | undefined {
  return HANDBOOK.find((e) => e.codes.includes(code));
}

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
    citation: 'Art. II §8, VI §II.2',
    title: 'What counts as territory',
    codes: ['route/outside-territory'],
    rule: 'A country’s territory is its land and islands. It also includes its sea up to 12 nautical miles (22 km) from the coast. Observation flights stay over the country being observed. Sensors stay off over any other country (Art. VII §3).',
  },
  {
    id: 'art-3',
    citation: 'Art. III §I.5, §I.8; Annex A',
    title: 'Quotas',
    codes: ['quota/exhausted'],
    rule: 'Each country must accept a fixed number of flights over it each year. This is its passive quota. It may make at most as many flights as it accepts. This is its active quota. Every flight uses one.',
  },
  {
    id: 'art-4',
    citation: 'Art. IV',
    title: 'Sensors allowed',
    codes: ['sensor/not-fitted'],
    rule: 'Only four kinds of sensor are allowed. Cameras and video may not show things smaller than 30 cm. Infrared scanners may not show things smaller than 50 cm. Radar may not show things smaller than 3 m, but it sees through cloud.',
  },
  {
    id: 'annex-d',
    citation: 'Art. IV, Annex D',
    title: 'Certified aircraft and sensors',
    codes: ['sensor/not-fitted'],
    rule: 'Every aircraft and its sensors are tested and certified before use. Every member may take part in the test (Art. IV §11). A sensor the aircraft does not carry cannot be used.',
  },
  {
    id: 'art-4-2',
    citation: 'Art. IV §2, VI §II.4(D)',
    title: 'Minimum altitude',
    codes: ['sensor/below-minimum-altitude'],
    rule: 'A sensor may only be on at or above its lowest tested height. Lower down, it could show things smaller than the treaty allows.',
  },
  {
    id: 'art-6-1',
    citation: 'flight safety; Art. VI §II.3',
    title: 'Aircraft range (flight safety)',
    codes: ['aircraft/out-of-range'],
    rule: 'This is flight safety, not a treaty rule. An aircraft cannot fly further than its fuel allows. The plan may add stops to refuel (Art. VI §II.3).',
  },
  {
    id: 'art-6-1-5',
    citation: 'Art. VI §I.5',
    title: '72 hours’ notice',
    codes: ['timeline/short-notice'],
    rule: 'The observing country must announce the flight at least 72 hours before it arrives.',
  },
  {
    id: 'art-6-1-9',
    citation: 'Art. VI §I.9',
    title: 'The 96-hour window',
    codes: ['timeline/window-exceeded'],
    rule: 'The observation flight must end within 96 hours of arrival. Both sides may agree to more.',
  },
  {
    id: 'art-6-2-2',
    citation: 'Art. VI §II.2',
    title: 'Any point may be observed',
    codes: ['route/non-party-buffer', 'airspace/hazardous'],
    rule: 'The flight may go over any point of the observed country, even dangerous airspace. There is one exception. Stay at least 10 km from the border of a country that is not a member.',
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
    citation: 'Art. VI §II.4(G)',
    title: 'Shape of the route',
    codes: ['route/repeat-crossing'],
    rule: 'The route is flown as straight legs in the planned order. It may cross itself at one point only once. The aircraft may not circle over one spot.',
  },
  {
    id: 'art-6-2-4a',
    citation: 'Art. VI §II.4(A), Annex A §III',
    title: 'Maximum flight distance',
    codes: ['route/too-long'],
    rule: 'The whole route may not be longer than the longest route allowed from its airfield. Annex A lists them: Kubinka 5,000 km in the 1992 text. Russia said 5,500 km in 2017, so the game uses 5,500 km from 2010 (a game value).',
  },
  {
    id: 'art-6-2-4e',
    citation: 'Art. VI §II.4(E)',
    title: '24 hours after the plan',
    codes: ['timeline/early-takeoff'],
    rule: 'The aircraft may take off at least 24 hours after the mission plan is handed in. Both sides may agree to less.',
  },
  {
    id: 'art-6-2-5',
    citation: 'Art. VI §II.5',
    title: 'Hazardous and exercise airspace',
    codes: ['airspace/hazardous', 'airspace/exercise'],
    rule: 'In dangerous airspace the host must say what the danger is. It may offer another height, route or time. But it may not use the danger to stop any point being seen (Art. VI §II.6).',
  },
  {
    id: 'art-8',
    citation: 'Art. VIII §I.1, §I.4; Art. VI §II.6',
    title: 'When the host may object',
    codes: [],
    rule: 'The host may refuse a plan that breaks the treaty (Art. VIII §I.1). It may ask for changes only for flight safety or an airfield problem (Art. VIII §I.4). A change may not stop any point being seen (Art. VI §II.6). If the two sides do not agree, the observer may decline. Then the flight does not count (Art. VIII §I.5).',
  },
  {
    id: 'art-18',
    citation: 'Art. XVIII §II.2',
    title: 'Start-up period',
    codes: ['sensor/not-yet-permitted'],
    rule: 'Until 31 December 2005 infrared scanners could not be used unless both sides agreed. Fewer flights had to be accepted, too (Annex A §II).',
  },
  {
    id: 'host-practice',
    citation: 'host practice',
    title: 'Restrictions the treaty does not grant',
    codes: ['restriction/distance-cap', 'restriction/corridor', 'restriction/altitude-floor'],
    rule: 'Some hosts added their own limits, like 500 km over Kaliningrad or a 10 km strip near Abkhazia and South Ossetia. The treaty says any point may be observed (Art. VI §II.2). A host may ask for changes only for safety or an airfield problem (Art. VIII §I.4). So other members said these limits break the treaty. An observer may agree or protest.',
  },
];

/** The Handbook entry that explains a finding code. */
export function handbookEntryFor(code: FindingCode): HandbookEntry | undefined {
  return HANDBOOK.find((e) => e.codes.includes(code));
}

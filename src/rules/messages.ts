/**
 * Player-facing words for findings and the Treaty Handbook. Checks emit codes and numbers only;
 * every sentence a player reads comes from here (so tests assert codes and text can be translated).
 * Sentences are written for a 15-year-old: short, concrete, no legal jargon.
 */
import { CODE_INFO } from './checks/codes';
import type { Finding, FindingCode } from './types';

export interface MessageEntry {
  title: string;
  /** One or two sentences with {param} placeholders filled from the finding's params. */
  text: string;
  /** Alternative texts chosen by the finding's `variant` param. */
  variants?: Record<string, string>;
  /** The article the rule comes from (zone findings cite their own source instead). */
  citation: string;
}

export const MESSAGES: Readonly<Record<FindingCode, MessageEntry>> = {
  'route/too-long': {
    title: 'Route too long',
    text: 'The route is {distanceKm} km, but flights from this airfield may cover at most {maxDistanceKm} km. Cut {overKm} km from it.',
    citation: CODE_INFO['route/too-long'].basis,
  },
  'route/outside-territory': {
    title: 'Outside the observed territory',
    text: 'Part of the route is not over {host}. Every waypoint must be over its land or its waters up to 12 nautical miles (22 km) from the coast.',
    variants: {
      'waypoint-land':
        'Waypoint {waypoint} is over {over}, not over {host}. Every waypoint must be over the country you observe.',
      'waypoint-sea':
        'Waypoint {waypoint} is out at sea, more than 12 nautical miles (22 km) from the coast of {host}. Move it over land or closer to the coast.',
      'sensor-leg':
        'This leg crosses {over} with {sensors} switched on. You may only observe {host}: switch the sensors off for this leg or fly around.',
    },
    citation: CODE_INFO['route/outside-territory'].basis,
  },
  'route/non-party-buffer': {
    title: 'Too close to a non-member state',
    text: 'The path comes within {distanceKm} km of the border of {state}, which is not part of the treaty. Stay at least {bufferKm} km away.',
    citation: CODE_INFO['route/non-party-buffer'].basis,
  },
  'route/repeat-crossing': {
    title: 'Path crosses the same point again',
    text: 'The path passes over the same spot {passes} times. It may cross itself at one point only once.',
    citation: CODE_INFO['route/repeat-crossing'].basis,
  },
  'route/bad-end': {
    title: 'Wrong airfield at the end',
    text: 'The flight must end at an Open Skies airfield of {host}, and {airfield} is not one in this mission. Pick one of the mission’s airfields.',
    citation: CODE_INFO['route/bad-end'].basis,
  },
  'sensor/below-minimum-altitude': {
    title: 'Sensor too low',
    text: 'The {sensor} sensor is on at {altitudeM} m, below its certified minimum of {minAltitudeM} m. Any lower and its pictures would be sharper than the treaty allows.',
    citation: CODE_INFO['sensor/below-minimum-altitude'].basis,
  },
  'sensor/not-fitted': {
    title: 'Sensor not on board',
    text: 'The {aircraft} does not carry a {sensor} sensor, so it cannot be switched on.',
    citation: CODE_INFO['sensor/not-fitted'].basis,
  },
  'sensor/not-yet-permitted': {
    title: 'Infrared not allowed yet',
    text: 'Infrared scanners may be used only from {allowedFrom}, when the treaty’s start-up period ends. Switch infrared off.',
    citation: CODE_INFO['sensor/not-yet-permitted'].basis,
  },
  'aircraft/out-of-range': {
    title: 'Beyond the aircraft’s range',
    text: 'The route is {distanceKm} km without a landing, but the {aircraft} can fly only {rangeKm} km before it must refuel.',
    citation: CODE_INFO['aircraft/out-of-range'].basis,
  },
  'quota/exhausted': {
    title: 'No flights left this year',
    text: '{observer} has already used all {active} of its flights over {host} this year. The host does not have to accept another one.',
    citation: CODE_INFO['quota/exhausted'].basis,
  },
  'timeline/short-notice': {
    title: 'Notice too short',
    text: 'You gave {noticeH} hours’ notice. The host must be told at least {minNoticeH} hours before you arrive.',
    citation: CODE_INFO['timeline/short-notice'].basis,
  },
  'timeline/early-takeoff': {
    title: 'Take-off too early',
    text: 'Take-off is {takeoffAfterSubmitH} hours after you hand in the mission plan. You must wait at least {minH} hours.',
    citation: CODE_INFO['timeline/early-takeoff'].basis,
  },
  'timeline/window-exceeded': {
    title: 'Mission takes too long',
    text: 'The flight ends {endAfterArrivalH} hours after you arrived, {overH} hours too late. Arrival to the end of the flight must fit into {maxH} hours.',
    citation: CODE_INFO['timeline/window-exceeded'].basis,
  },
  'restriction/distance-cap': {
    title: 'Over the host’s distance cap',
    text: 'You fly {insideKm} km inside {zone}, but the host allows only {capKm} km there. The treaty sets no such cap: shorten the route there or protest.',
    citation: CODE_INFO['restriction/distance-cap'].basis,
  },
  'restriction/corridor': {
    title: 'Inside a claimed buffer',
    text: 'The path comes within {distanceKm} km of {zone}, where the host claims a {bufferKm} km buffer. The treaty does not grant it: change the route or protest.',
    citation: CODE_INFO['restriction/corridor'].basis,
  },
  'restriction/altitude-floor': {
    title: 'Below the host’s altitude floor',
    text: 'You fly at {altitudeM} m over {zone}, where the host demands at least {floorM} m. The treaty does not grant this: climb or protest.',
    citation: CODE_INFO['restriction/altitude-floor'].basis,
  },
  'airspace/hazardous': {
    title: 'Hazardous airspace',
    text: 'This leg crosses {zone}, declared hazardous. That is allowed: the host must say what the danger is and may propose another altitude, route or time.',
    citation: CODE_INFO['airspace/hazardous'].basis,
  },
  'airspace/exercise': {
    title: 'Military exercise',
    text: 'This leg crosses {zone} while an exercise is on. The host may propose another altitude, route or time, but it may not close the area to you.',
    citation: CODE_INFO['airspace/exercise'].basis,
  },
};

/** 5500 → "5,500"; 12.34 → "12.3": fixed formatting, independent of the machine's locale. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const rounded = Math.round(x * 10) / 10;
  const [int = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Replaces {name} with the param's value; an unknown placeholder stays visible, never "undefined". */
export function fillTemplate(template: string, params: Finding['params']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export interface FormattedFinding {
  code: FindingCode;
  title: string;
  text: string;
  citation: string;
}

export function formatFinding(f: Finding): FormattedFinding {
  const entry = MESSAGES[f.code];
  const variant = typeof f.params.variant === 'string' ? entry.variants?.[f.params.variant] : undefined;
  return {
    code: f.code,
    title: entry.title,
    text: fillTemplate(variant ?? entry.text, f.params),
    citation: f.basis,
  };
}

// ---------------------------------------------------------------- Treaty Handbook
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

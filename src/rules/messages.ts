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
    variants: {
      enters:
        'The path enters {state}, which is not part of the treaty. Stay at least {bufferKm} km away from its border.',
    },
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
    text: 'The {sensor} sensor is on at {altitudeM} m, below its lowest tested height of {minAltitudeM} m. Lower down, it could show things smaller than the treaty allows.',
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
    title: 'Beyond the aircraft’s range (flight safety)',
    text: 'The route is {distanceKm} km without a landing, but the {aircraft} can fly only {rangeKm} km before it must refuel. This is flight safety, not a treaty rule: add a stop to refuel.',
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
    variants: {
      crosses:
        'The path crosses {zone}, where the host claims a {bufferKm} km buffer. The treaty does not grant it: change the route or protest.',
    },
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
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
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

/** A code this build knows (a save or a file from a newer build may name others). */
export function isFindingCode(code: unknown): code is FindingCode {
  return typeof code === 'string' && Object.hasOwn(MESSAGES, code);
}

export function formatFinding(f: Finding): FormattedFinding {
  const entry: MessageEntry = isFindingCode(f.code)
    ? MESSAGES[f.code]
    : { title: String(f.code), text: String(f.code), citation: f.basis };
  const variant = typeof f.params.variant === 'string' ? entry.variants?.[f.params.variant] : undefined;
  return {
    code: f.code,
    title: entry.title,
    text: fillTemplate(variant ?? entry.text, f.params),
    citation: f.basis,
  };
}

export { HANDBOOK, handbookEntryFor, type HandbookEntry } from './handbook';

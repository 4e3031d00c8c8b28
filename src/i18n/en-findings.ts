/**
 * How the rules' findings read: per finding code a title, a text with {param} placeholders filled
 * from the finding's params, and texts chosen by the `variant` param. The rules emit code and
 * params only (src/rules/checks); formatFinding (./findings.ts) words them.
 */
export const enFindings = {
  'finding.route/too-long.title': 'Route too long',
  'finding.route/too-long.text':
    'The route is {distanceKm} km, but flights from this airfield may cover at most {maxDistanceKm} km. Cut {overKm} km from it.',
  'finding.route/outside-territory.title': 'Outside the observed territory',
  'finding.route/outside-territory.text':
    'Part of the route is not over {host}. Every waypoint must be over its land or its waters up to 12 nautical miles (22 km) from the coast.',
  'finding.route/outside-territory.waypoint-land':
    'Waypoint {waypoint} is over {over}, not over {host}. Every waypoint must be over the country you observe.',
  'finding.route/outside-territory.waypoint-sea':
    'Waypoint {waypoint} is out at sea, more than 12 nautical miles (22 km) from the coast of {host}. Move it over land or closer to the coast.',
  'finding.route/outside-territory.sensor-leg':
    'This leg crosses {over} with {sensors} switched on. You may only observe {host}: switch the sensors off for this leg or fly around.',
  'finding.route/non-party-buffer.title': 'Too close to a non-member state',
  'finding.route/non-party-buffer.text':
    'The path comes within {distanceKm} km of the border of {state}, which is not part of the treaty. Stay at least {bufferKm} km away.',
  'finding.route/non-party-buffer.enters':
    'The path enters {state}, which is not part of the treaty. Stay at least {bufferKm} km away from its border.',
  'finding.route/repeat-crossing.title': 'Path crosses the same point again',
  'finding.route/repeat-crossing.text':
    'The path passes over the same spot {passes} times. It may cross itself at one point only once.',
  'finding.route/bad-end.title': 'Wrong airfield at the end',
  'finding.route/bad-end.text':
    'The flight must end at an Open Skies airfield of {host}, and {airfield} is not one in this mission. Pick one of the mission’s airfields.',
  'finding.sensor/below-minimum-altitude.title': 'Sensor too low',
  'finding.sensor/below-minimum-altitude.text':
    'The {sensor} sensor is on at {altitudeM} m, below its lowest tested height of {minAltitudeM} m. Lower down, it could show things smaller than the treaty allows.',
  'finding.sensor/not-fitted.title': 'Sensor not on board',
  'finding.sensor/not-fitted.text':
    'The {aircraft} does not carry a {sensor} sensor, so it cannot be switched on.',
  'finding.sensor/not-yet-permitted.title': 'Infrared not allowed yet',
  'finding.sensor/not-yet-permitted.text':
    'Infrared scanners may be used only from {allowedFrom}, when the treaty’s start-up period ends. Switch infrared off.',
  'finding.aircraft/out-of-range.title': 'Beyond the aircraft’s range (flight safety)',
  'finding.aircraft/out-of-range.text':
    'The route is {distanceKm} km without a landing, but the {aircraft} can fly only {rangeKm} km before it must refuel. This is flight safety, not a treaty rule: add a stop to refuel.',
  'finding.quota/exhausted.title': 'No flights left this year',
  'finding.quota/exhausted.text':
    '{observer} has already used all {active} of its flights over {host} this year. The host does not have to accept another one.',
  'finding.timeline/short-notice.title': 'Notice too short',
  'finding.timeline/short-notice.text':
    'You gave {noticeH} hours’ notice. The host must be told at least {minNoticeH} hours before you arrive.',
  'finding.timeline/early-takeoff.title': 'Take-off too early',
  'finding.timeline/early-takeoff.text':
    'Take-off is {takeoffAfterSubmitH} hours after you hand in the mission plan. You must wait at least {minH} hours.',
  'finding.timeline/window-exceeded.title': 'Mission takes too long',
  'finding.timeline/window-exceeded.text':
    'The flight ends {endAfterArrivalH} hours after you arrived, {overH} hours too late. Arrival to the end of the flight must fit into {maxH} hours.',
  'finding.restriction/distance-cap.title': 'Over the host’s distance cap',
  'finding.restriction/distance-cap.text':
    'You fly {insideKm} km inside {zone}, but the host allows only {capKm} km there. The treaty sets no such cap: shorten the route there or protest.',
  'finding.restriction/corridor.title': 'Inside a claimed buffer',
  'finding.restriction/corridor.text':
    'The path comes within {distanceKm} km of {zone}, where the host claims a {bufferKm} km buffer. The treaty does not grant it: change the route or protest.',
  'finding.restriction/corridor.crosses':
    'The path crosses {zone}, where the host claims a {bufferKm} km buffer. The treaty does not grant it: change the route or protest.',
  'finding.restriction/altitude-floor.title': 'Below the host’s altitude floor',
  'finding.restriction/altitude-floor.text':
    'You fly at {altitudeM} m over {zone}, where the host demands at least {floorM} m. The treaty does not grant this: climb or protest.',
  'finding.airspace/hazardous.title': 'Hazardous airspace',
  'finding.airspace/hazardous.text':
    'This leg crosses {zone}, declared hazardous. That is allowed: the host must say what the danger is and may propose another altitude, route or time.',
  'finding.airspace/exercise.title': 'Military exercise',
  'finding.airspace/exercise.text':
    'This leg crosses {zone} while an exercise is on. The host may propose another altitude, route or time, but it may not close the area to you.',
  // The words around article numbers in a finding's basis or a Handbook citation.
  'cite.hostPractice': 'host practice',
  'cite.flightSafety': 'flight safety',
  'cite.notTreatyLimit': 'not a treaty limit; refuelling stops',
  'cite.thirdState': 'sensors over a third state',
} as const;

/**
 * German for en-findings.ts. Besides the finding's own params a text may use the words the
 * formatter derives from them (findings.ts DERIVED_PARAMS): {sensorName} for {sensor},
 * {sensorNames} for {sensors}, {allowedFromDate} for {allowedFrom}.
 */
import type { enFindings } from './en-findings';

export const deFindings: Record<keyof typeof enFindings, string> = {
  'finding.route/too-long.title': 'Route zu lang',
  'finding.route/too-long.text':
    'Die Route ist {distanceKm} km lang, aber Flüge ab diesem Flugplatz dürfen höchstens {maxDistanceKm} km zurücklegen. Kürze sie um {overKm} km.',
  'finding.route/outside-territory.title': 'Außerhalb des beobachteten Gebiets',
  'finding.route/outside-territory.text':
    'Ein Teil der Route liegt nicht über {host}. Jeder Wegpunkt muss über dem Land oder den Gewässern bis 12 Seemeilen (22 km) vor der Küste liegen.',
  'finding.route/outside-territory.waypoint-land':
    'Wegpunkt {waypoint} liegt über {over}, nicht über {host}. Jeder Wegpunkt muss über dem Land liegen, das du beobachtest.',
  'finding.route/outside-territory.waypoint-sea':
    'Wegpunkt {waypoint} liegt auf offener See, mehr als 12 Seemeilen (22 km) vor der Küste von {host}. Verschiebe ihn über Land oder näher an die Küste.',
  'finding.route/outside-territory.sensor-leg':
    'Dieser Abschnitt überquert {over} mit eingeschalteten Sensoren ({sensorNames}). Du darfst nur {host} beobachten: Schalte die Sensoren auf diesem Abschnitt aus oder fliege außen herum.',
  'finding.route/non-party-buffer.title': 'Zu nah an einem Nichtvertragsstaat',
  'finding.route/non-party-buffer.text':
    'Der Flugweg kommt bis auf {distanceKm} km an die Grenze von {state} heran, das dem Vertrag nicht angehört. Halte mindestens {bufferKm} km Abstand.',
  'finding.route/non-party-buffer.enters':
    'Der Flugweg führt nach {state}, das dem Vertrag nicht angehört. Halte mindestens {bufferKm} km Abstand zu seiner Grenze.',
  'finding.route/repeat-crossing.title': 'Flugweg kreuzt dieselbe Stelle erneut',
  'finding.route/repeat-crossing.text':
    'Der Flugweg führt {passes}-mal über dieselbe Stelle. Er darf sich an einem Punkt nur einmal kreuzen.',
  'finding.route/bad-end.title': 'Falscher Flugplatz am Ende',
  'finding.route/bad-end.text':
    'Der Flug muss auf einem Open-Skies-Flugplatz von {host} enden, und {airfield} ist keiner in dieser Mission. Wähle einen der Flugplätze der Mission.',
  'finding.sensor/below-minimum-altitude.title': 'Sensor zu tief',
  'finding.sensor/below-minimum-altitude.text':
    'Der Sensor „{sensorName}“ ist in {altitudeM} m eingeschaltet, unter seiner niedrigsten geprüften Höhe von {minAltitudeM} m. Weiter unten könnte er Dinge zeigen, die kleiner sind, als der Vertrag erlaubt.',
  'finding.sensor/not-fitted.title': 'Sensor nicht an Bord',
  'finding.sensor/not-fitted.text':
    'Die {aircraft} hat keinen Sensor „{sensorName}“ an Bord, daher lässt er sich nicht einschalten.',
  'finding.sensor/not-yet-permitted.title': 'Infrarot noch nicht erlaubt',
  'finding.sensor/not-yet-permitted.text':
    'Infrarotscanner dürfen erst ab dem {allowedFromDate} eingesetzt werden, wenn die Anlaufphase des Vertrags endet. Schalte Infrarot aus.',
  'finding.aircraft/out-of-range.title': 'Jenseits der Reichweite (Flugsicherheit)',
  'finding.aircraft/out-of-range.text':
    'Die Route ist {distanceKm} km lang ohne Landung, aber die {aircraft} kann nur {rangeKm} km fliegen, bevor sie tanken muss. Das ist Flugsicherheit, keine Vertragsregel: Plane eine Zwischenlandung zum Tanken ein.',
  'finding.quota/exhausted.title': 'Keine Flüge mehr in diesem Jahr',
  'finding.quota/exhausted.text':
    '{observer} hat in diesem Jahr bereits alle {active} Flüge über {host} verbraucht. Der Gastgeber muss keinen weiteren annehmen.',
  'finding.timeline/short-notice.title': 'Ankündigung zu kurz',
  'finding.timeline/short-notice.text':
    'Du hast {noticeH} Stunden vorher angekündigt. Der Gastgeber muss mindestens {minNoticeH} Stunden vor deiner Ankunft Bescheid bekommen.',
  'finding.timeline/early-takeoff.title': 'Start zu früh',
  'finding.timeline/early-takeoff.text':
    'Der Start ist {takeoffAfterSubmitH} Stunden nach Abgabe des Missionsplans. Du musst mindestens {minH} Stunden warten.',
  'finding.timeline/window-exceeded.title': 'Mission dauert zu lange',
  'finding.timeline/window-exceeded.text':
    'Der Flug endet {endAfterArrivalH} Stunden nach deiner Ankunft, {overH} Stunden zu spät. Von der Ankunft bis zum Ende des Flugs dürfen höchstens {maxH} Stunden vergehen.',
  'finding.restriction/distance-cap.title': 'Über der Streckengrenze des Gastgebers',
  'finding.restriction/distance-cap.text':
    'Du fliegst {insideKm} km innerhalb von {zone}, aber der Gastgeber erlaubt dort nur {capKm} km. Der Vertrag kennt keine solche Grenze: Kürze die Route dort oder protestiere.',
  'finding.restriction/corridor.title': 'In einer beanspruchten Pufferzone',
  'finding.restriction/corridor.text':
    'Der Flugweg kommt bis auf {distanceKm} km an {zone} heran, wo der Gastgeber eine Pufferzone von {bufferKm} km beansprucht. Der Vertrag gewährt sie nicht: Ändere die Route oder protestiere.',
  'finding.restriction/corridor.crosses':
    'Der Flugweg kreuzt {zone}, wo der Gastgeber eine Pufferzone von {bufferKm} km beansprucht. Der Vertrag gewährt sie nicht: Ändere die Route oder protestiere.',
  'finding.restriction/altitude-floor.title': 'Unter der Mindesthöhe des Gastgebers',
  'finding.restriction/altitude-floor.text':
    'Du fliegst in {altitudeM} m über {zone}, wo der Gastgeber mindestens {floorM} m verlangt. Der Vertrag gewährt das nicht: Steig höher oder protestiere.',
  'finding.airspace/hazardous.title': 'Gefährlicher Luftraum',
  'finding.airspace/hazardous.text':
    'Dieser Abschnitt überquert {zone}, das als gefährlich erklärt ist. Das ist erlaubt: Der Gastgeber muss sagen, worin die Gefahr besteht, und darf eine andere Flughöhe, Route oder Zeit vorschlagen.',
  'finding.airspace/exercise.title': 'Militärübung',
  'finding.airspace/exercise.text':
    'Dieser Abschnitt überquert {zone}, während dort eine Übung läuft. Der Gastgeber darf eine andere Flughöhe, Route oder Zeit vorschlagen, das Gebiet für dich aber nicht sperren.',
  // The words around article numbers in a finding's basis or a Handbook citation.
  'cite.hostPractice': 'Praxis des Gastgebers',
  'cite.flightSafety': 'Flugsicherheit',
  'cite.notTreatyLimit': 'keine Vertragsgrenze; Zwischenlandungen zum Tanken',
  'cite.thirdState': 'Sensoren über einem Drittstaat',
};

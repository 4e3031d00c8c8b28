/**
 * German words of the mission files (levels/*.json are English), laid over a level by
 * `localLevel` (levels.ts). Missions 01–03 are complete; the others have their titles so far
 * (their briefings and cards still read in English).
 */
import type { LevelWords } from './level-words';

export const deLevels: Readonly<Record<string, LevelWords>> = {
  '01-training-flight': {
    title: 'Trainingsflug über der Ukraine',
    briefing:
      'September 2002: Der Vertrag ist seit Januar in Kraft, und die Ukraine hat einer freundschaftlichen Trainingsmission für eine neue US-Besatzung zugestimmt. Du fliegst die OC-135B ab Boryspil bei Kyjiw, und die ganze Route vom Start bis zur Landung darf nicht länger als 2.100 km sein. Plane eine Schleife, die die Flugzeuge in Hostomel und Wassylkiw und die Schiffe in Mykolajiw fotografiert und dann nach Boryspil zurückkehrt. Wähle für jeden Abschnitt eine Flughöhe: Tief ergibt scharfe Bilder eines schmalen Streifens, hoch breite, aber unscharfe. Ukrainische Begleiter sitzen mit an Bord, wie es der Vertrag vorsieht. Hinweis zur Karte: Die Karte zeigt die heutigen Grenzen, daher ist die Krim, die 2002 zur Ukraine gehörte und 2014 von Russland annektiert wurde, außerhalb der Ukraine gezeichnet.',
    bulletin: {
      title: 'Das Streckenbudget und die Mindesthöhe deiner Kameras',
      text: 'Jeder Open-Skies-Flugplatz hat eine längste erlaubte Route. Ab Boryspil sind es 2.100 km, vom Start bis zur Landung. Eine längere Route verstößt gegen den Vertrag (Art. VI §II.4(A)). Jede Kamera hat außerdem eine niedrigste Höhe, die bei ihrer Prüfung festgelegt wurde. Für die Kameras der OC-135B sind es 900 m (ein Spielwert). Weiter unten könnten sie Dinge zeigen, die kleiner als 30 cm sind, und das verbietet der Vertrag (Art. IV §2). Jeder Wegpunkt muss über der Ukraine liegen: über ihrem Land, ihren Inseln oder ihrem Meer bis 12 Seemeilen vor der Küste.',
    },
    whatHappened:
      'Der Vertrag über den Offenen Himmel wurde am 24. März 1992 in Helsinki unterzeichnet und trat am 1. Januar 2002 in Kraft. Bei der ersten Verteilung der Quoten hatten die USA einen Flug über der Ukraine, den sie sich mit Kanada teilten. Der Open-Skies-Flugplatz der Ukraine war Borispol (Boryspil) bei Kyjiw, mit einer Höchststrecke von 2.100 km. Bis Ende 2005 durfte kein Infrarotscanner ohne die Zustimmung beider Seiten eingesetzt werden (die Anlaufphase). Dieser Trainingsflug selbst ist ein Spielszenario, keine belegte Mission.',
    approximations:
      'Datum, Route und Ziele sind für das Training erfunden; die Positionen der Ziele beruhen auf Allgemeinwissen, nicht auf Vermessungsdaten. Die Mindesthöhe der Kameras der OC-135B (900 m) und ihre Geschwindigkeit sind Spielwerte. Hinweis zur Karte: Die Kartendaten von Natural Earth, die dieses Spiel verwendet, zeigen die heutigen Grenzen. 2002 gehörte die Krim zur Ukraine; Russland annektierte sie 2014, und die meisten Vertragsparteien erkennen das nicht an. Die Karte zeichnet die Krim daher außerhalb der Ukraine, und diese Mission bleibt auf dem Festland.',
    questions: [
      'Warum begrenzt der Vertrag, wie scharf die Bilder sein dürfen, statt jede Seite ihre besten Kameras verwenden zu lassen?',
      'Ukrainische Begleiter fliegen im US-Flugzeug mit. Was ändert das für die Besatzung und für die Ukraine?',
      'Deine Route durfte nicht länger als 2.100 km sein. Welches Ziel hast du ausgelassen oder schlechter erfasst, und warum?',
    ],
    targets: {
      'hostomel-airfield': {
        name: 'Antonow-Flugplatz Hostomel',
        note: 'Große Transportflugzeuge auf dem Vorfeld; um einen Typ vom anderen zu unterscheiden, braucht es etwa 1 m.',
      },
      'vasylkiv-air-base': {
        name: 'Luftwaffenstützpunkt Wassylkiw',
        note: 'Kampfflugzeuge im Freien; Position nach Allgemeinwissen.',
      },
      'chornobyl-plant': {
        name: 'Kernkraftwerk Tschornobyl',
        note: 'Die Schutzhülle über Reaktor 4; ein Gebäude braucht etwa 1 m.',
      },
      'kremenchuk-dam': { name: 'Krementschuk-Staudamm am Dnipro' },
      'mykolaiv-shipyard': {
        name: 'Werften von Mykolajiw',
        note: 'Schiffe auf den Hellingen: Für ein Schiff reichen etwa 3 m.',
      },
      'odesa-port': { name: 'Hafen von Odesa' },
    },
  },
  '02-first-flight-over-russia': {
    title: 'Erster Flug über Russland',
    briefing:
      'Dezember 2002, das erste Jahr des Vertrags: ein US-Beobachtungsflug über Russland. Du kommst in Kubinka westlich von Moskau an, und die OC-135B darf von dort bis zu 5.000 km weit fliegen. Jetzt zählen die Fristen: Ankündigung 72 Stunden vor der Ankunft, Missionsplan nach der Ankunft, Start frühestens 24 Stunden nach dem Plan und die ganze Mission innerhalb von 96 Stunden. Russland hat für einen Teil deines Zeitfensters ein Raketenstart-Gefahrengebiet um Plessezk erklärt; der Vertrag erlaubt dir, hindurch zu planen, und der Gastgeber muss sich dann abstimmen. Die Wintertage sind kurz: Kameras brauchen die Sonne, und in Plessezk geht sie im Dezember kaum auf.',
    bulletin: {
      title: 'Quote und die Fristen des Vertrags: 72, 24 und 96 Stunden',
      text: 'Jeder Flug verbraucht einen deiner Flüge über diesem Gastgeber in diesem Jahr: deine aktive Quote. Ist keiner mehr übrig, gibt es keinen Flug (Art. III §I.5, §I.8). Kündige den Flug mindestens 72 Stunden vor deiner Ankunft an (Art. VI §I.5). Starte frühestens 24 Stunden nach Abgabe des Missionsplans (Art. VI §II.4(E)). Beende den Flug innerhalb von 96 Stunden nach deiner Ankunft (Art. VI §I.9). Verletzt dein Plan diese Fristen, darf der Gastgeber ihn ablehnen.',
    },
    whatHappened:
      'Der Vertrag trat am 1. Januar 2002 in Kraft, zehn Jahre nach seiner Unterzeichnung. Bei der ersten Verteilung der Quoten hatten die USA 8 Flüge über der Gruppe Belarus–Russland. Kubinka war Russlands Einreiseort und Open-Skies-Flugplatz, mit 5.000 km in der Tabelle des Vertrags von 1992. Nach der Regel des Vertrags zu gefährlichem Luftraum darf jeder Punkt eingeplant werden: Der Gastgeber muss die Gefahr nennen und sich abstimmen, sie abstellen oder eine andere Flughöhe, Route oder Zeit vorschlagen (Art. VI §II.2, §II.5–6).',
    approximations:
      'Datum, Route und Ziele dieser Mission sind ein Spielszenario. Das Raketenstart-Gefahrengebiet, seine Zeiten und sein Radius sind erfunden, um die Regel zu lehren. Die Positionen der Ziele außer Plessezk und Engels-2 beruhen auf Allgemeinwissen. Kameras brauchen in diesem Spiel eine Sonnenhöhe von mindestens 5° über dem Horizont, die Plessezk im Dezember nie erreicht.',
    questions: [
      'Warum gibt der Vertrag dem Gastgeber 72 Stunden Vorlauf und der Besatzung 24 Stunden zwischen Plan und Start? Wen schützt jede dieser Fristen?',
      'Der Gastgeber hat ein Raketenstart-Gefahrengebiet erklärt. Warum lässt der Vertrag dich trotzdem hindurch planen?',
      'Ein Flug, der wegen eines Streits über den Plan abgelehnt oder abgesagt wird, zählt nicht zur Quote. Warum ist diese Regel für das Vertrauen wichtig?',
    ],
    targets: {
      'plesetsk-pads': {
        name: 'Startrampen des Kosmodroms Plessezk',
        note: 'Im Dezember steigt die Sonne hier nie 5° über den Horizont, zu tief für Kameras. Position 62°55′32″N 40°34′40″E, Allgemeinwissen; eine andere Schätzung ergibt 62,8, 40,1.',
      },
      'engels-2': { name: 'Luftwaffenstützpunkt Engels-2 (Bomber Tu-160 und Tu-95MS)' },
      migalovo: {
        name: 'Luftwaffenstützpunkt Migalowo, Twer (Transportflugzeuge)',
        note: 'Position nach Allgemeinwissen.',
      },
      'ivanovo-severny': {
        name: 'Luftwaffenstützpunkt Iwanowo-Sewerny (Radarflugzeuge)',
        note: 'Position nach Allgemeinwissen.',
      },
    },
  },
  '03-kaliningrad-cap': {
    title: 'Die Obergrenze über Kaliningrad',
    briefing:
      'November 2017: eine US-Mission über der Gruppe Belarus–Russland ab Kubinka, mit 5.500 km Strecke. Deine Ziele liegen in der Oblast Kaliningrad, der russischen Exklave an der Ostsee zwischen Polen und Litauen: die Baltische Flotte in Baltijsk und der Luftwaffenstützpunkt Tschkalowsk. Russland sagt jetzt, dass kein Beobachtungsflug mehr als 500 km über der Oblast fliegen darf. Der Vertrag selbst kennt keine solche Teilgrenze, und die USA sagen, die Obergrenze verstoße gegen ihn: Du darfst protestieren, musst aber damit rechnen, dass Russland bei seiner Haltung bleibt. Abschnitte, die Litauen oder Polen überqueren, müssen mit ausgeschalteten Sensoren geflogen werden.',
    bulletin: {
      title: 'Eine eigene Obergrenze des Gastgebers: 500 km über Kaliningrad',
      text: 'Russland lässt dich nur 500 km über der Oblast Kaliningrad fliegen, über ihrem Land und ihrem Meer. Deine ganze Route ab Kubinka darf trotzdem 5.500 km lang sein. Der Vertrag sagt, dass jeder Punkt beobachtet werden darf (Art. VI §II.2). Ein Gastgeber darf Änderungen nur aus Sicherheitsgründen, wegen eines Problems am Flugplatz oder bei einem vertragswidrigen Plan verlangen (Art. VIII §I.4). Deshalb sagen andere Vertragsparteien, die Obergrenze sei nicht erlaubt. Ist deine Route in der Oblast länger, markiert das Spiel sie als Auflage. Der Gastgeber wird dich bitten, sie zu ändern. Du darfst zustimmen oder protestieren.',
    },
    whatHappened:
      '2017 bestätigte das russische Außenministerium, dass Beobachtungsflüge über der Oblast Kaliningrad auf 500 km begrenzt waren, während die Gesamtgrenze von 5.500 km gleich blieb. Russland sagte, lange Zickzackflüge hätten den internationalen Flughafen Chrabrowo gestört und 500 km reichten bis zum entferntesten Punkt der Oblast. Der Bericht des US-Außenministeriums zur Vertragstreue vom Juni 2015 nannte bereits den versperrten Zugang zu Teilen Kaliningrads. Nach der Obergrenze kündigte das Pentagon Ende 2017 eigene Maßnahmen an, darunter eine kürzere Höchststrecke über Hawaii (Mission 05). Die Obergrenze hielt nicht ewig: Am 19. Februar 2020 überflogen Beobachter aus den USA, Estland und Litauen Kaliningrad, und Presseberichten zufolge erfüllte Russland damit erstmals die US-Forderung zur 500-km-Grenze.',
    approximations:
      'Keine Quelle sagt, wann die Obergrenze begann; 2014 passt zum Bericht von 2015. Das Gebiet der Obergrenze folgt der Grenze der Oblast auf der Karte, dazu ein Meeresgürtel von 12 Seemeilen. Wo der Gürtel auf Litauen und Polen trifft, sind seine Enden gerade entlang von Breitenkreisen gezogen. Die US-Quote sowie Datum, Route und Ziele dieser Mission sind Spielwerte. Nur Baltijsk und Tschkalowsk haben belegte Positionen; die anderen Orte beruhen auf Allgemeinwissen.',
    questions: [
      'Russland sagte, die Obergrenze schütze einen stark genutzten zivilen Flughafen. Die USA sagten, sie verhindere die Beobachtung. Wie könnte eine neutrale Stelle entscheiden, wer recht hat?',
      'Wenn ein Gastgeber gegen den Vertrag verstößt: Ist es besser zu protestieren, mit einer eigenen Beschränkung zu antworten oder auszutreten? Was bewirkt jede Wahl für das Vertrauen?',
      'Haben 500 km gereicht, um alles zu sehen, was du in Kaliningrad sehen musstest? Was musstest du auslassen?',
    ],
    targets: {
      baltiysk: {
        name: 'Marinestützpunkt Baltijsk (Baltische Flotte)',
        note: 'globalsecurity.org nennt 54-38N 19-55E.',
      },
      chkalovsk: {
        name: 'Marinefliegerstützpunkt Tschkalowsk',
        note: '9 km nordwestlich von Kaliningrad; Start- und Landebahn auf 3.100 m verlängert, 2018 wiedereröffnet.',
      },
      'kaliningrad-port': { name: 'Hafen von Kaliningrad', note: 'Position nach Allgemeinwissen.' },
      chernyakhovsk: { name: 'Luftwaffenstützpunkt Tschernjachowsk', note: 'Position nach Allgemeinwissen.' },
      'baltiysk-vehicles': {
        name: 'Fahrzeugpark bei Baltijsk',
        note: 'Ein erfundener Fahrzeugpark neben dem Marinestützpunkt; Fahrzeuge brauchen etwa 0,5 m.',
      },
    },
  },
  '04-bedminster': { title: 'Über Washington und Bedminster' },
  '05-hawaii': { title: 'Hawaii: eine gleichartige Antwort' },
  '06-georgia-corridor': { title: 'Der Korridor in Georgien' },
  '07-exercise-airspace': { title: 'Übungsluftraum' },
  '08-host-duty': { title: 'Gastgeberdienst in Dulles' },
  '09-withdrawal': { title: 'Die letzten Flüge' },
};

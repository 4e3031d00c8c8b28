/**
 * German words of the mission files (levels/*.json are English), laid over a level by
 * `localLevel` (levels.ts). Mission 01 is complete; the other missions have their titles so far
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
  '02-first-flight-over-russia': { title: 'Erster Flug über Russland' },
  '03-kaliningrad-cap': { title: 'Die Obergrenze über Kaliningrad' },
  '04-bedminster': { title: 'Über Washington und Bedminster' },
  '05-hawaii': { title: 'Hawaii: eine gleichartige Antwort' },
  '06-georgia-corridor': { title: 'Der Korridor in Georgien' },
  '07-exercise-airspace': { title: 'Übungsluftraum' },
  '08-host-duty': { title: 'Gastgeberdienst in Dulles' },
  '09-withdrawal': { title: 'Die letzten Flüge' },
};

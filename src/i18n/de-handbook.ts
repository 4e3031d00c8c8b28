/**
 * German for en-handbook.ts. A rule names the same articles as the English one (a test reads
 * both with the protest parser), written as the game prints them: "Art. VI §II.6", "Anhang A".
 */
import type { enHandbook } from './en-handbook';

export const deHandbook: Record<keyof typeof enHandbook, string> = {
  'handbook.art-2.title': 'Was als Hoheitsgebiet zählt',
  'handbook.art-2.rule':
    'Das Hoheitsgebiet eines Landes sind sein Land und seine Inseln. Dazu gehört auch das Meer bis 12 Seemeilen (22 km) vor der Küste. Beobachtungsflüge bleiben über dem beobachteten Land. Über jedem anderen Land bleiben die Sensoren aus (Art. VII §3).',
  'handbook.art-3.title': 'Quoten',
  'handbook.art-3.rule':
    'Jedes Land muss jedes Jahr eine feste Zahl von Flügen über sich hinnehmen. Das ist seine passive Quote. Es darf höchstens so viele Flüge machen, wie es hinnimmt. Das ist seine aktive Quote. Jeder Flug verbraucht einen.',
  'handbook.art-4.title': 'Erlaubte Sensoren',
  'handbook.art-4.rule':
    'Nur vier Arten von Sensoren sind erlaubt. Kameras und Video dürfen nichts zeigen, was kleiner als 30 cm ist. Infrarotscanner dürfen nichts zeigen, was kleiner als 50 cm ist. Radar darf nichts zeigen, was kleiner als 3 m ist, sieht aber durch Wolken.',
  'handbook.annex-d.title': 'Zertifizierte Flugzeuge und Sensoren',
  'handbook.annex-d.rule':
    'Jedes Flugzeug und seine Sensoren werden vor dem Einsatz geprüft und zertifiziert. Jedes Mitglied darf an der Prüfung teilnehmen (Art. IV §11). Ein Sensor, den das Flugzeug nicht an Bord hat, kann nicht eingesetzt werden.',
  'handbook.art-4-2.title': 'Mindesthöhe',
  'handbook.art-4-2.rule':
    'Ein Sensor darf nur in oder über seiner niedrigsten geprüften Höhe eingeschaltet sein. Weiter unten könnte er Dinge zeigen, die kleiner sind, als der Vertrag erlaubt.',
  'handbook.art-6-1.title': 'Reichweite des Flugzeugs (Flugsicherheit)',
  'handbook.art-6-1.rule':
    'Das ist Flugsicherheit, keine Vertragsregel. Ein Flugzeug kann nicht weiter fliegen, als sein Treibstoff reicht. Der Plan darf Zwischenlandungen zum Tanken vorsehen (Art. VI §II.3).',
  'handbook.art-6-1-5.title': '72 Stunden Ankündigung',
  'handbook.art-6-1-5.rule':
    'Das beobachtende Land muss den Flug mindestens 72 Stunden vor seiner Ankunft ankündigen.',
  'handbook.art-6-1-9.title': 'Das 96-Stunden-Fenster',
  'handbook.art-6-1-9.rule':
    'Der Beobachtungsflug muss innerhalb von 96 Stunden nach der Ankunft enden. Beide Seiten können mehr vereinbaren.',
  'handbook.art-6-2-2.title': 'Jeder Punkt darf beobachtet werden',
  'handbook.art-6-2-2.rule':
    'Der Flug darf über jeden Punkt des beobachteten Landes führen, auch über gefährlichen Luftraum. Es gibt eine Ausnahme: Halte mindestens 10 km Abstand zur Grenze eines Landes, das nicht Mitglied ist.',
  'handbook.art-6-2-3.title': 'Wo ein Flug endet',
  'handbook.art-6-2-3.rule':
    'Ein Beobachtungsflug endet auf einem der Open-Skies-Flugplätze des beobachteten Landes.',
  'handbook.art-6-2-4.title': 'Form der Route',
  'handbook.art-6-2-4.rule':
    'Die Route wird in geraden Abschnitten in der geplanten Reihenfolge geflogen. Sie darf sich an einem Punkt nur einmal kreuzen. Das Flugzeug darf nicht über einer Stelle kreisen.',
  'handbook.art-6-2-4a.title': 'Höchststrecke',
  'handbook.art-6-2-4a.rule':
    'Die ganze Route darf nicht länger sein als die längste Route, die ab ihrem Flugplatz erlaubt ist. Anhang A nennt sie: Kubinka 5.000 km im Text von 1992. Russland nannte 2017 5.500 km, daher verwendet das Spiel ab 2010 5.500 km (ein Spielwert).',
  'handbook.art-6-2-4e.title': '24 Stunden nach dem Plan',
  'handbook.art-6-2-4e.rule':
    'Das Flugzeug darf frühestens 24 Stunden nach Abgabe des Missionsplans starten. Beide Seiten können weniger vereinbaren.',
  'handbook.art-6-2-5.title': 'Gefahren- und Übungsluftraum',
  'handbook.art-6-2-5.rule':
    'In gefährlichem Luftraum muss der Gastgeber sagen, worin die Gefahr besteht. Er darf eine andere Höhe, Route oder Zeit anbieten. Aber er darf die Gefahr nicht nutzen, um zu verhindern, dass ein Punkt gesehen wird (Art. VI §II.6).',
  'handbook.art-8.title': 'Wann der Gastgeber widersprechen darf',
  'handbook.art-8.rule':
    'Der Gastgeber darf einen Plan ablehnen, der gegen den Vertrag verstößt (Art. VIII §I.1). Änderungen darf er nur aus Gründen der Flugsicherheit oder wegen eines Problems am Flugplatz verlangen (Art. VIII §I.4). Eine Änderung darf nicht verhindern, dass ein Punkt gesehen wird (Art. VI §II.6). Wenn sich beide Seiten nicht einigen, darf der Beobachter absagen. Dann zählt der Flug nicht (Art. VIII §I.5).',
  'handbook.art-18.title': 'Anlaufphase',
  'handbook.art-18.rule':
    'Bis zum 31. Dezember 2005 durften Infrarotscanner nur eingesetzt werden, wenn beide Seiten zustimmten. Außerdem mussten weniger Flüge hingenommen werden (Anhang A §II).',
  'handbook.host-practice.title': 'Beschränkungen, die der Vertrag nicht gewährt',
  'handbook.host-practice.rule':
    'Manche Gastgeber fügten eigene Grenzen hinzu, etwa 500 km über Kaliningrad oder einen 10 km breiten Streifen bei Abchasien und Südossetien. Der Vertrag sagt, dass jeder Punkt beobachtet werden darf (Art. VI §II.2). Ein Gastgeber darf Änderungen nur aus Sicherheitsgründen oder wegen eines Problems am Flugplatz verlangen (Art. VIII §I.4). Deshalb sagten andere Mitglieder, diese Grenzen verstießen gegen den Vertrag. Ein Beobachter darf zustimmen oder protestieren.',
};

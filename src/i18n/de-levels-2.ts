/** German words of missions 06 and 07 (beside de-levels.ts, which spreads them in). */
import type { LevelWords } from './level-words';

const GK = 'Position nach Allgemeinwissen.';

export const deLevels2: Readonly<Record<string, LevelWords>> = {
  '06-georgia-corridor': {
    title: 'Der Korridor in Georgien',
    briefing:
      'Juli 2019: eine US-Mission von Kubinka in den Nordkaukasus, mit 5.500 km Strecke. Der Vertrag hält jeden Flug 10 km von der Grenze eines Staates fern, der nicht Vertragspartei ist, etwa Aserbaidschan oder Kasachstan. Russland behandelt Abchasien und Südossetien als solche Staaten und lehnt Flüge im Umkreis von 10 km um seine Linien zu ihnen ab; die USA und Georgien sagen, diese Linien verlaufen durch Georgien, eine Vertragspartei. Beobachte die Schwarzmeerflotte in Noworossijsk und den Luftwaffenstützpunkt Mosdok. Der Flughafen Adler und die Straße zum Roki-Tunnel liegen in der beanspruchten Pufferzone: Ob du dort fliegst, entscheidest du, und Russland wird nicht nachgeben.',
    bulletin: {
      title: '10 km Abstand zu Nichtvertragsstaaten und ein beanspruchter Korridor',
      text: 'Der Vertrag sperrt nur eine Art von Ort: einen 10 km breiten Streifen entlang der Grenze eines Nachbarn, der nicht Vertragspartei ist (Art. VI §II.2). Ein Flugweg, der näher kommt, verstößt gegen den Vertrag. Russland sagt, Abchasien und Südossetien seien Staaten, und hält Flüge deshalb auch 10 km von seinen Linien zu ihnen fern. Die USA und Georgien sagen, beide gehören zu Georgien, einer Vertragspartei. Dieser Korridor ist also umstritten. Fliegst du hinein, markiert das Spiel ihn als Auflage. Der Gastgeber wird dich bitten, die Route zu ändern, und du darfst zustimmen oder protestieren.',
    },
    whatHappened:
      'Ab 2010 lehnte Russland Beobachtungsflüge im Umkreis von 10 km um seine Grenze zu Abchasien und Südossetien ab: Russland sagt, sie seien Nichtvertragsstaaten im Sinne von Art. VI §II.2. Die USA und Georgien nennen beide Regionen georgisches Gebiet. Georgien ließ ab 2012 keine russischen Flüge mehr zu, und Russland sagte, es werde Flüge nahe der Linie wieder erlauben, wenn Georgien den Vertrag wieder umsetze. Als die USA am 21. Mai 2020 ihren Austritt ankündigten, nannte Außenminister Pompeo den Korridor unter Russlands Verstößen; Außenminister Lawrow verteidigte das Verbot am 26. Mai 2020.',
    approximations:
      'Die Kartendaten zeichnen Abchasien und Südossetien als Teil Georgiens. Deshalb folgen die beanspruchten Linien der Grenze zwischen Russland und Georgien. Eine verläuft von der Mündung des Psou nach Osten bis etwa 42,1° O, die andere von etwa 43,6° O bis 44,5° O. Ein Blog nennt für den gesperrten Streifen etwa 10 mal 250 km; keine andere Quelle bestätigt das. Datum, Quote und Ziele dieser Mission sind Spielwerte. Die Positionen der Ziele beruhen auf Allgemeinwissen.',
    questions: [
      'Der Vertrag hält Flüge 10 km von Nichtvertragsstaaten fern. Warum wollten seine Verfasser eine solche Regel?',
      'Russland behandelt Abchasien und Südossetien als Staaten, die meisten Vertragsparteien nicht. Wie kann ein Vertrag funktionieren, wenn seine Mitglieder uneins sind, wo eine Grenze verläuft?',
      'Georgien ließ keine russischen Flüge mehr zu, und Russland behielt seinen Korridor. Wer hat bei dieser Pattsituation gewonnen, und wer verloren?',
    ],
    targets: {
      novorossiysk: { name: 'Marinestützpunkt Noworossijsk', note: GK },
      mozdok: { name: 'Luftwaffenstützpunkt Mosdok', note: GK },
      'beslan-vladikavkaz': { name: 'Flugplatz Wladikawkas (Beslan)', note: GK },
      'adler-airport': {
        name: 'Flughafen Sotschi (Adler)',
        note: 'Etwa 6 km vom Fluss Psou: in der beanspruchten Pufferzone. Position nach Allgemeinwissen.',
      },
      'roki-road': {
        name: 'Straße zum Roki-Tunnel, Nordseite',
        note: 'Verkehr auf der Transkaukasischen Straße, in der beanspruchten Pufferzone. Position ungefähr.',
      },
      nalchik: { name: 'Flugplatz Naltschik', note: GK },
    },
  },
  '07-exercise-airspace': {
    title: 'Übungsluftraum',
    briefing:
      'September 2019: eine US-Mission von Kubinka an die untere Wolga, wo eine große Militärübung läuft. Der Gastgeber hat das Übungsgebiet von 20 bis 50 Stunden nach deiner Ankunft für aktiv erklärt und möchte, dass du draußen bleibst. Nach dem Vertrag darf er eine andere Flughöhe, Route oder Zeit vorschlagen, aber er darf dich nicht daran hindern, das Gebiet zu beobachten. Du kannst hindurchfliegen und protestieren, wenn der Gastgeber Einwände erhebt, oder warten, bis die Übung endet, solange die ganze Mission innerhalb von 96 Stunden nach der Ankunft abgeschlossen ist. Engels-2 und die Truppen im Gelände sind deine Ziele.',
    bulletin: {
      title: 'Übungsluftraum wird verlegt, nicht gesperrt',
      text: 'Ein Gastgeber darf ein Übungsgebiet oder anderen gefährlichen Luftraum erklären. Dann darf er dir eine andere Höhe, Route oder Zeit anbieten. Aber die Änderung darf dich nicht daran hindern, einen Punkt zu sehen (Art. VI §II.2, §II.5–6). Ein aktives Übungsgebiet zu überqueren, ist also erlaubt, und das Spiel gibt nur einen Hinweis. Ein Protest, der diese Artikel anführt, sollte angenommen werden. Wenn du wartest, bis die Übung vorbei ist, laufen die Fristen des Vertrags weiter. Der Flug muss innerhalb von 96 Stunden nach deiner Ankunft enden (Art. VI §I.9).',
    },
    whatHappened:
      'Diese Mission ist ein typischer Fall, kein belegtes Ereignis: Unsere Quellen bestätigen keine Ablehnung eines Beobachtungsflugs über einer namentlich bekannten russischen Übung. Die Regel des Vertrags ist klar: Der Missionsplan darf jeden Punkt des Gebiets umfassen, gefährlichen Luftraum eingeschlossen, und der Gastgeber darf Änderungen nur aus Gründen der Flugsicherheit, wegen des Zustands eines Flugplatzes oder bei einem vertragswidrigen Plan vorschlagen, ohne die Beobachtung zu verhindern. Echte Streitfälle dieser Art gab es anderswo: Russland beklagte später, die Türkei und Polen hätten Flüge über Sperrgebieten eingeschränkt.',
    approximations:
      'Die Übung, ihr Gebiet und ihre Zeiten, die Einheiten im Gelände und der Gefechtsstand sind erfunden. Das Testgelände Kapustin Jar ist als Kreis von 45 km gezeichnet, und die Positionen der anderen Ziele beruhen auf Allgemeinwissen. Die Zahlen der Quote sind Spielwerte.',
    questions: [
      'Warum möchte ein Gastgeber Beobachter von einer Übung fernhalten, und warum haben die Verfasser des Vertrags das nicht zugelassen?',
      'Du hättest warten können, bis die Übung vorbei war. Was hat dich das Warten gekostet, und was hat es gebracht?',
      'Wenn ein Gastgeber immer wieder Änderungen vorschlägt: Wann wird aus einem rechtmäßigen Vorschlag ein Mittel, den Flug zu blockieren?',
    ],
    targets: {
      'exercise-units': {
        name: 'Panzereinheiten im Gelände',
        note: 'Im Übungsgebiet; Fahrzeuge brauchen etwa 0,5 m. Für diesen typischen Fall erfunden.',
      },
      'engels-2': { name: 'Luftwaffenstützpunkt Engels-2 (Bomber Tu-160 und Tu-95MS)' },
      'kapustin-yar': { name: 'Raketenstartplatz Kapustin Jar', note: GK },
      akhtubinsk: { name: 'Flugerprobungszentrum Achtubinsk', note: GK },
      'exercise-command-post': {
        name: 'Gefechtsstand im Gelände mit Antennen',
        note: 'Für diesen typischen Fall erfunden.',
      },
    },
  },
};

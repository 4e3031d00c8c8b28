/** German for en-guide.ts (the Teacher guide: objectives, lessons, answer notes, worksheet, glossary, values). */
import type { enGuide } from './en-guide';

export const deGuide: Record<keyof typeof enGuide, string> = {
  'guide.title': 'Leitfaden für Lehrkräfte: Open Skies im Unterricht',
  'guide.intro':
    'Open Skies ist ein Spiel über den Vertrag über den Offenen Himmel: Staaten, die einander misstrauen, lassen einander nach gemeinsamen Regeln mit unbewaffneten Beobachtungsflugzeugen über ihr gesamtes Gebiet fliegen. Die Schülerinnen und Schüler planen wirklichkeitsnahe Flüge, stoßen auf die Grenzen, die der Vertrag setzt, und auf die, die Gastgeber hinzugefügt haben, und entscheiden, wie sie antworten. Kein Login, keine Konten, nichts wird irgendwohin gesendet. Ab 14 Jahren; ein Gerät pro Paar genügt.',
  'guide.s.objectives': '1. Lernziele je Mission',
  'guide.s.lesson': '2. Eine Unterrichtsstunde von 45 Minuten, Minute für Minute',
  'guide.s.unit': '3. Eine Einheit aus drei Stunden',
  'guide.s.answers': '4. Hinweise zu den Diskussionsfragen',
  'guide.s.worksheet': '5. Arbeitsblatt (eine Kopie pro Paar)',
  'guide.s.glossary': '6. Glossar',
  'guide.s.timeline': '7. Zeitleiste 1955–2021',
  'guide.s.values': '8. Spielwerte und Näherungen der Karte',
  'guide.s.codes': '9. Arbeiten ohne Server einsammeln',
  'guide.s.sources': '10. Quellen',

  // ---------------------------------------------------------------- objectives
  'guide.obj.head': 'Nach der Mission können die Schülerinnen und Schüler …',
  'guide.obj.01':
    'erklären, wozu ein Beobachtungsflug dient (Vertrauen durch gegenseitige Beobachtung); eine Route innerhalb der Höchststrecke des Flugplatzes planen; erklären, warum Kameras nicht unterhalb ihrer zugelassenen Mindesthöhe fliegen dürfen (die 30-cm-Grenze, Art. IV §2).',
  'guide.obj.02':
    'aktive und passive Quoten erklären; die Fristen des Vertrags anwenden (72 h Ankündigung, 24 h vom Plan bis zum Start, 96-h-Fenster: Art. VI); erklären, warum gefährlicher Luftraum trotzdem eingeplant werden darf (Art. VI §II.2).',
  'guide.obj.03':
    'eine Regel des Vertrags von einer eigenen Beschränkung des Gastgebers unterscheiden (die 500-km-Obergrenze über Kaliningrad); Protest, Befolgen und Ablehnen gegeneinander abwägen; die Wahl mit Vertrauen verbinden.',
  'guide.obj.04':
    'erklären, warum der Vertrag Flüge über sensible Orte erlaubt, auch über den Golfclub eines Präsidenten; beschreiben, was Begleiter an Bord prüfen können und was nicht.',
  'guide.obj.05':
    'Gegenseitigkeit und Wie-du-mir-so-ich-dir beschreiben (die Obergrenze über Hawaii als Antwort auf die über Kaliningrad); beurteilen, ob eine gleichartige Antwort einen Vertrag stärkt oder aushöhlt.',
  'guide.obj.06':
    'die 10-km-Regel für Grenzen von Nichtvertragsstaaten anwenden; erklären, wie ein Streit über Grenzen (Abchasien, Südossetien) zu einem Streit über den Vertrag wird.',
  'guide.obj.07':
    'erklären, dass ein Gastgeber Übungsluftraum verlegen, aber nicht sperren darf (Art. VI §II.5–6); zwischen Warten und Umplanen entscheiden. (Ein typischer Fall, kein benanntes historisches Ereignis.)',
  'guide.obj.08':
    'die Rolle des Gastgebers einnehmen: Einwände, die der Vertrag deckt, von solchen trennen, die er nicht deckt (Art. VIII §I.4); erklären, warum Nachgeben im Interesse eines Gastgebers liegen kann.',
  'guide.obj.09':
    'beschreiben, warum die USA (2020) und Russland (2021) ausgetreten sind; einen Vertrag, der andere hinsehen lässt, mit einem vergleichen, der Waffen begrenzt (New START); eine Position mit Belegen vertreten.',

  // ---------------------------------------------------------------- 45-minute lesson
  'guide.lesson.intro':
    'Benötigt: ein Gerät pro Paar mit geöffnetem Spiel, den Beamer im Präsentationsmodus (Taste P), ein Arbeitsblatt pro Paar. Vor der Stunde: einmal „Für Lehrkräfte“ → Präsentationsmodus öffnen, um den Beamer zu prüfen, und das Arbeitsblatt drucken.',
  'guide.lesson.1.time': '0–5 min · Einstieg',
  'guide.lesson.1.text':
    'Zeigen Sie das Briefing von Mission 04 im Präsentationsmodus. Fragen Sie: „Im August 2017 fotografierte ein russisches Flugzeug Washington und überflog den Golfclub des US-Präsidenten, mit US-Offizieren an Bord. War das Spionage – oder ein Vertrag, der funktioniert?“ Sammeln Sie drei kurze Antworten, ohne die Frage schon aufzulösen.',
  'guide.lesson.2.time': '5–8 min · Der Vertrag in drei Sätzen',
  'guide.lesson.2.text':
    '1992 unterzeichnet, seit 2002 in Kraft: Jede Vertragspartei nimmt pro Jahr eine Anzahl unbewaffneter Beobachtungsflüge über ihr gesamtes Gebiet hin; die Flüge folgen gemeinsamen Regeln (Strecke, Bildschärfe, Fristen); die Bilder stehen jeder Vertragspartei zur Verfügung. Teilen Sie das Arbeitsblatt aus.',
  'guide.lesson.3.time': '8–20 min · Mission 01 in Paaren',
  'guide.lesson.3.text':
    'Die Paare spielen 01 (Trainingsflug über der Ukraine): planen, einreichen, fliegen. Eine Person plant, die andere füllt das Routenprotokoll auf dem Arbeitsblatt aus; bei der Prüfung wird getauscht. Wer früher fertig ist, bearbeitet die Zuordnungsaufgabe. Gehen Sie herum und fragen Sie: „Welche Regel hat dich aufgehalten?“',
  'guide.lesson.4.time': '20–23 min · Abgeben',
  'guide.lesson.4.text':
    'In der Auswertung drückt jedes Paar auf „Abgeben“, gibt seine Namen ein und schickt den Ergebniscode (Chat oder Lernplattform). Fügen Sie die Codes unter „Ergebnisse der Klasse“ ein und zeigen Sie die Tabelle: Vergleichen Sie die Punktzahlen und weisen Sie auf jede Markierung „bearbeitet?“ hin.',
  'guide.lesson.5.time': '23–35 min · Mission 03 als Debatte',
  'guide.lesson.5.text':
    'Schicken Sie die Klasse mit einem Plancode zu 03 (er öffnet im Übungsmodus, auch wenn die Mission gesperrt ist), oder spielen Sie sie am Beamer. Teilen Sie den Raum: Die eine Hälfte berät die US-Besatzung, die andere den russischen Gastgeber. Planen Sie eine Route über Kaliningrad, die länger als 500 km ist, und reichen Sie sie ein. Auf die Forderung des Gastgebers hin hat jede Seite 3 Minuten für ihre Argumente: protestieren (welcher Artikel?), befolgen oder ablehnen. Stimmen Sie ab, spielen Sie das Ergebnis und lesen Sie den Ausgang laut vor.',
  'guide.lesson.6.time': '35–42 min · Fragen zur Auswertung',
  'guide.lesson.6.text':
    'Nutzen Sie die Auswertungsfragen von 03 (Hinweise in Abschnitt 4). Zeigen Sie die Karte „Was wirklich geschah“: Am 19. Februar 2020 überflogen Beobachter aus den USA, Estland und Litauen Kaliningrad; berichtet wurde, dass Russland damit erstmals die Forderung zur 500-km-Grenze erfüllte.',
  'guide.lesson.7.time': '42–45 min · Austrittskarte',
  'guide.lesson.7.text':
    'Auf einem Zettel: „Nenne eine Regel des Vertrags und eine Regel, die ein Gastgeber hinzugefügt hat. Warum ist der Unterschied für das Vertrauen wichtig?“ Sammeln Sie die Zettel an der Tür ein.',

  // ---------------------------------------------------------------- unit
  'guide.unit.1.title': 'Stunde 1 · Missionen 01–03: die Regeln und der erste Streit',
  'guide.unit.1.text':
    'Die 45-Minuten-Stunde oben. Hausaufgabe: 02 abschließen (Quote und Fristen des Vertrags) und den Ergebniscode abgeben.',
  'guide.unit.2.title': 'Stunde 2 · Missionen 04–07: Hinsehen und gleichartige Antworten',
  'guide.unit.2.text':
    'Beginnen Sie mit 04 (Bedminster) am Beamer. Die Paare spielen 05 (Hawaii) und 06 (Korridor Georgien); Gruppen, die fertig sind, spielen 07 (Übungsluftraum). Diskussion in der ganzen Klasse: Gegenseitigkeit – hat die Obergrenze über Hawaii das Ende der Obergrenze über Kaliningrad wahrscheinlicher gemacht oder unwahrscheinlicher? Zuordnungsaufgabe, dann abgeben.',
  'guide.unit.3.title': 'Stunde 3 · Missionen 08–09 und die Debatte',
  'guide.unit.3.text':
    'Die Paare spielen 08 aus Sicht des Gastgebers, dann 09 (die letzten Flüge). Letzte 20 Minuten: strukturierte Debatte „Hätten die USA 2020 aus dem Vertrag austreten sollen?“ Zwei Teams füllen zuerst die Argumententabelle des Arbeitsblatts aus (5 min), dann Eröffnungsreden (je 2 min), Erwiderungen (je 2 min), freie Abstimmung. Schließen Sie mit der Zeitleiste bis 2021.',

  // ---------------------------------------------------------------- answer notes (one per discussion question, in the level's order)
  'guide.ans.help':
    'Die Fragen sind die, die die Auswertung jeder Mission zeigt. Die Hinweise nennen die Punkte, die eine gute Antwort berührt; sie sind nicht die einzigen richtigen Antworten.',
  'guide.ans.01.1':
    'Die Schärfe ist begrenzt (30 cm für Kameras, Art. IV §2), damit keine Seite durch bessere Kameras einen nachrichtendienstlichen Vorteil gewinnt: Die Flüge schaffen Vertrauen, sie ersetzen keine Spionagesatelliten. Gleiche Grenzen machen die Daten auch fair, um sie mit jeder Vertragspartei zu teilen (Art. IX).',
  'guide.ans.01.2':
    'Begleiter des Gastgebers an Bord (Art. VI §III) prüfen, dass die Sensoren nur wie geplant und nur dort eingesetzt werden, wo es erlaubt ist; die Besatzung arbeitet offen. Für die Ukraine wird aus einem fremden Militärflugzeug ein beaufsichtigter, berechenbarer Besucher – Vertrauen durch Transparenz.',
  'guide.ans.01.3':
    'Offene Antwort: Das Budget von 2.100 km ab Boryspil zwingt zur Auswahl. Achten Sie auf Überlegungen zu Strecke, Zielen und Flughöhe, nicht nur auf die Punktzahl.',
  'guide.ans.02.1':
    'Die Ankündigung 72 h vorher (Art. VI §I.5) schützt den Gastgeber: Er hat Zeit, Flugplatz, Begleiter und Luftverkehr vorzubereiten. Die 24 h zwischen Plan und Start (Art. VI §II.4(E)) schützen beide: Der Gastgeber kann den Plan prüfen, der Beobachter kann nicht zu übereilten Änderungen gedrängt werden, und keine Seite kann eine Überraschung inszenieren.',
  'guide.ans.02.2':
    'Jeder Punkt des Gebiets darf eingeplant werden, gefährlicher Luftraum eingeschlossen (Art. VI §II.2); der Gastgeber darf eine andere Flughöhe, Route oder Zeit vorschlagen, die Beobachtung aber nicht verhindern (Art. VI §II.5–6). Sonst könnte ein Gastgeber überall dort „Gefahren“ erklären, wo er etwas verbergen will.',
  'guide.ans.02.3':
    'Ein abgelehnter oder abgesagter Flug wird niemandem angerechnet (Art. VIII §I.3, §I.5): Ein Beobachter kann sich einer unberechtigten Forderung entziehen, ohne seinen Flug zu verlieren, und ein Gastgeber gewinnt nichts durch Blockieren. Das nimmt dem Verschleppen den Lohn und hält Streitigkeiten ehrlich.',
  'guide.ans.03.1':
    'Vergleichen Sie die Obergrenze mit dem Vertragstext: Der Vertrag erlaubt einem Gastgeber, einen Plan nur aus Gründen der Flugsicherheit, wegen des Zustands eines Flugplatzes oder bei Vertragswidrigkeit zu ändern (Art. VIII §I.4), und legt je Flugplatz eine Höchststrecke fest (Anhang A). Eine neutrale Stelle – die Beratungskommission des Vertrags (OSCC), die im Konsens entscheidet – könnte die Sicherheitsbegründung (Verkehr in Chrabrowo) gegen die Wirkung auf die Beobachtung abwägen.',
  'guide.ans.03.2':
    'Protest: hält die Regel lebendig und kostet nichts, wenn er begründet ist. Gegenbeschränkung: setzt die andere Seite unter Druck, fügt aber einen zweiten Verstoß hinzu (siehe 05). Austritt: beendet alle Flüge, auch die eigenen. Vertrauen wächst mit rechtmäßigen, berechenbaren Antworten. Geschichte: Am 19. Februar 2020 erfüllte Russland Berichten zufolge erstmals die US-Forderung zur 500-km-Grenze.',
  'guide.ans.03.3':
    'Offene Antwort. Russland sagte, 500 km reichten bis zum entferntesten Punkt der Oblast; die USA sagten, lange Zickzackrouten seien nötig. Die Schülerinnen und Schüler sollten nennen, was ihre Route verpasst hat.',
  'guide.ans.04.1':
    'Der Vertrag umfasst das gesamte Gebiet; es gibt keine Orte, über die nicht geflogen werden darf, außer 10 km vor den Grenzen von Nichtvertragsstaaten (Art. VI §II.2). Das war gut so, weil beide Seiten dieselbe Offenheit sehen konnten: Ein US-Flug durfte russische Orte nach denselben Regeln fotografieren, mit russischen Begleitern an Bord.',
  'guide.ans.04.2':
    'Die Begleiter (Art. VI §III) konnten Sensoren, Route und Flughöhe beobachten und prüfen, dass während des Flugs keine Daten gesendet wurden (Art. IX). Sie konnten nicht verhindern, dass das Flugzeug erlaubte Ziele fotografierte, und die Bilder wurden ohnehin mit jeder Vertragspartei geteilt.',
  'guide.ans.04.3':
    'Unterhalb der zugelassenen Mindesthöhe würde eine Kamera feiner als 30 cm auflösen (Art. VI §II.4(D)): Das würde den Handel der gleichen Grenzen brechen. Die Regel betrifft die Schärfe, nicht den Ort: Ein Militärstützpunkt und ein Feld haben dieselbe Grenze.',
  'guide.ans.05.1':
    'Die Belege weisen in beide Richtungen: Wie-du-mir-so-ich-dir zeigt Entschlossenheit und schafft eine Verhandlungsmasse (beide Obergrenzen galten als umkehrbar), macht Beschränkungen durch Gastgeber aber auch normal. Russland hob seine Obergrenze 2018–19 nicht auf; ein Flug über Kaliningrad zu den Bedingungen der USA kam erst im Februar 2020.',
  'guide.ans.05.2':
    'Jede Seite brauchte einen überprüfbaren ersten Schritt der anderen: die USA einen Flug über Kaliningrad von mehr als 500 km, Russland eine aufgehobene Obergrenze über Hawaii und wiederhergestellte Erleichterungen. Gute Antworten sprechen die Reihenfolge an und wer sich zuerst bewegt.',
  'guide.ans.05.3':
    'Offene Antwort: Die Obergrenze des Spiels von 830 km (ein Spielwert, etwa die Hälfte der Route von 2017) zwingt zur Wahl zwischen den Inseln. Fragen Sie nach der Begründung.',
  'guide.ans.06.1':
    'Ein Nichtvertragsstaat hat nie zugestimmt, beobachtet zu werden, und erhält keine Daten: Ein Flug entlang seiner Grenze würde seinen Luftraum und seine Sicherheit ohne seine Zustimmung gefährden. Der Abstand von 10 km (Art. VI §II.2) schützt Staaten außerhalb der Vereinbarung.',
  'guide.ans.06.2':
    'Der Vertrag beruht auf gemeinsamen Begriffen von „Hoheitsgebiet“. Wenn Mitglieder uneins sind, können sie dort weiterarbeiten, wo sie sich einig sind, den Streit in der OSCC festhalten und den umstrittenen Streifen meiden – doch jede solche Ausnahme schwächt den Grundsatz des gesamten Gebiets.',
  'guide.ans.06.3':
    'Beide verloren Flüge: Ab 2012 ließ Georgien keine russischen Flüge mehr zu, und der Streit blockierte 2018 den ganzen Quotenplan, sodass es 2018 überhaupt keine Quotenflüge gab. Jede Seite behielt ihre Rechtsposition; der Vertrag als Ganzes zahlte den Preis.',
  'guide.ans.07.1':
    'Ein Gastgeber verbirgt Übungen, um seine Taktik und seine Streitkräfte geheim zu halten. Die Verfasser des Vertrags lehnten das ab, weil vertrauensbildende Maßnahmen gerade militärische Aktivität sehen können müssen: Der Gastgeber darf Flughöhe, Route oder Zeit ändern, aber die Beobachtung keines Punkts verhindern (Art. VI §II.6).',
  'guide.ans.07.2':
    'Warten kostet Zeit im 96-h-Fenster (Art. VI §I.9) und vielleicht Wetter oder Tageslicht; es bringt eine rechtmäßige Route über das Gebiet ohne Streit.',
  'guide.ans.07.3':
    'Wenn die Änderungen zusammen die Beobachtung eines Punkts verhindern oder wenn sie nicht der Flugsicherheit, dem Zustand eines Flugplatzes oder einem vertragswidrigen Plan geschuldet sind (Art. VIII §I.4). Wiederholte „Vorschläge“, die die 96-h-Frist verstreichen lassen, kommen einer Ablehnung gleich.',
  'guide.ans.08.1':
    'Vom Vertrag gedeckt: zu lang, außerhalb des Gebiets, ein Sensor unter seiner Mindesthöhe, verletzte Fristen (Art. VI, Art. VIII §I.4). Nur Wünsche der Regierung: Streckenobergrenzen und Korridore, die nicht im Vertrag stehen. Die Schülerinnen und Schüler sollten zu jedem Punkt den Artikel nennen.',
  'guide.ans.08.2':
    'Wer einem begründeten Protest nachgibt, schützt die eigenen Flüge vor Vergeltung, sammelt einen Nachweis der Vertragstreue und hält die andere Seite im Vertrag. Wer darauf besteht, gewinnt einen Punkt und verliert Vertrauen.',
  'guide.ans.08.3':
    'Jede Grenze wirkt klein, doch zusammen würden sie aus „dem gesamten Gebiet“ „das, was der Gastgeber erlaubt“ machen – genau die Lage, die der Vertrag beenden sollte. Das kommt dem Argument der USA von 2020 nahe.',
  'guide.ans.09.1':
    'Für das Bleiben: Russland weiter beobachten, die Verbündeten im Vertrag halten, Beschränkungen über die OSCC anfechten. Für den Austritt: Die Beschränkungen nahmen zu, die USA sagten, Russland nutze die Flüge, um US-Infrastruktur zu kartieren, Satelliten liefern Bilder, Kosten. Russland sagte, es könne die USA nicht mehr beobachten, während die USA über ihre Verbündeten weiter an Bilder kämen, und verlangte Garantien, die die Verbündeten verweigerten.',
  'guide.ans.09.2':
    'Ein leichter Austritt (sechs Monate Frist, Art. XV) machte den Beitritt 1992 weniger riskant, aber auch den Austritt billig, als das Vertrauen schwand. Eine gute Antwort wägt beides ab.',
  'guide.ans.09.3':
    'New START begrenzt Waffen und wird durch Inspektionen überprüft, die jede Seite braucht; Open Skies schafft Vertrauen, indem es andere hinsehen lässt, was am meisten zählt, wenn schon Vertrauen da ist. New START wurde im Februar 2021 bis zum 5. Februar 2026 verlängert, während die USA und Russland beide Open Skies verließen.',
  'guide.ans.sort.title': 'Zuordnungsaufgabe: Lösung',
  'guide.ans.sort':
    'Regeln des Vertrags: 1, 3, 5, 7, 9, 10, 11, 12. Regeln von Gastgebern (umstritten): 2 (Russland, Kaliningrad), 4 (Russland, Abchasien und Südossetien), 6 (Russland, Mindesthöhe über Moskau; die Höhe ist ein Spielwert), 8 (USA, Hawaii).',

  // ---------------------------------------------------------------- worksheet
  'guide.ws.names': 'Namen: ____________________________   Klasse: ________   Datum: ____________',
  'guide.ws.log.title': 'A. Routenprotokoll (Mission 01)',
  'guide.ws.log.leg': 'Abschnitt',
  'guide.ws.log.to': 'Nach (Ort oder Koordinaten)',
  'guide.ws.log.alt': 'Flughöhe (m)',
  'guide.ws.log.sensors': 'Sensoren an',
  'guide.ws.log.km': 'Strecke bisher (km)',
  'guide.ws.log.finding': 'Befund oder Notiz',
  'guide.ws.sort.title': 'B. Regel des Vertrags oder des Gastgebers?',
  'guide.ws.sort.help': 'Kreuze in jeder Zeile ein Kästchen an.',
  'guide.ws.sort.statement': 'Regel',
  'guide.ws.sort.treaty': 'Vertrag',
  'guide.ws.sort.host': 'Gastgeber',
  'guide.ws.sort.1': 'Eine Route darf nicht länger sein als die Höchststrecke ihres Flugplatzes.',
  'guide.ws.sort.2': 'Über Kaliningrad dürfen höchstens 500 km geflogen werden.',
  'guide.ws.sort.3':
    'Der Flugweg muss 10 km Abstand zur Grenze eines Staates halten, der nicht Vertragspartei ist.',
  'guide.ws.sort.4': 'Flüge müssen 10 km Abstand zu Abchasien und Südossetien halten.',
  'guide.ws.sort.5': 'Eine Kamera darf nicht unterhalb ihrer zugelassenen Mindesthöhe eingesetzt werden.',
  'guide.ws.sort.6': 'Über Moskau keine Beobachtungsabschnitte unterhalb einer festgelegten Höhe.',
  'guide.ws.sort.7': 'Der Flug muss mindestens 72 Stunden vor der Ankunft angekündigt werden.',
  'guide.ws.sort.8': 'Flüge über Hawaii dürfen eine kürzere Strecke nicht überschreiten.',
  'guide.ws.sort.9': 'Start frühestens 24 Stunden nach Einreichen des Missionsplans.',
  'guide.ws.sort.10':
    'Gefährlicher Luftraum darf eingeplant werden; der Gastgeber darf eine andere Flughöhe, Route oder Zeit vorschlagen.',
  'guide.ws.sort.11': 'Während des Flugs dürfen keine Daten übertragen werden.',
  'guide.ws.sort.12': 'Der Gastgeber darf aus Gründen der Flugsicherheit Änderungen vorschlagen.',
  'guide.ws.args.title': 'C. Argumententabelle: Hätte der Vertrag erhalten bleiben sollen?',
  'guide.ws.args.help':
    'Schreibe die stärksten Argumente jeder Seite auf, mit Belegen aus den Missionen oder der Zeitleiste.',
  'guide.ws.args.us': 'USA (ausgetreten am 22. Nov. 2020)',
  'guide.ws.args.ru': 'Russland (ausgetreten am 18. Dez. 2021)',

  // ---------------------------------------------------------------- glossary
  'guide.gl.1.term': 'Beobachtende / beobachtete Vertragspartei (Gastgeber)',
  'guide.gl.1.def':
    'Der Staat, der den Beobachtungsflug durchführt, und der Staat, dessen Gebiet beobachtet wird.',
  'guide.gl.2.term': 'Passive Quote',
  'guide.gl.2.def':
    'Wie viele Beobachtungsflüge eine Vertragspartei jedes Jahr über ihrem Gebiet hinnehmen muss (z. B. USA 42, Russland mit Belarus 42; Anhang A).',
  'guide.gl.3.term': 'Aktive Quote',
  'guide.gl.3.def':
    'Wie viele Flüge eine Vertragspartei als Beobachter durchführen darf; nie mehr als ihre passive Quote (Art. III).',
  'guide.gl.4.term': 'Open-Skies-Flugplatz',
  'guide.gl.4.def':
    'Ein vom Gastgeber benannter Flugplatz, an dem Beobachtungsflüge beginnen und enden, jeweils mit einer Höchststrecke (Anhang A, Anhang E).',
  'guide.gl.5.term': 'Höchststrecke',
  'guide.gl.5.def':
    'Die längste erlaubte Route ab einem Open-Skies-Flugplatz, z. B. Kubinka 5.000 km in der Tabelle von 1992, 5.500 km laut Russland 2017.',
  'guide.gl.6.term': 'Missionsplan',
  'guide.gl.6.def':
    'Route, Flughöhen und Sensoren, die der Beobachter nach der Ankunft einreicht; der Gastgeber nimmt ihn an oder schlägt innerhalb von 4 Stunden Änderungen vor (Art. VI §II).',
  'guide.gl.7.term': 'Bodenauflösung',
  'guide.gl.7.def':
    'Das kleinste Detail, das ein Sensor am Boden unterscheiden kann: nicht besser als 30 cm für Kameras, 50 cm für Infrarot, 3 m für Radar (Art. IV §2).',
  'guide.gl.8.term': 'Zugelassene Mindesthöhe',
  'guide.gl.8.def':
    'Die niedrigste Höhe über Grund, in der ein Sensor eingesetzt werden darf, festgelegt bei der Zertifizierung des Flugzeugs, damit er seine Auflösungsgrenze nicht unterschreiten kann.',
  'guide.gl.9.term': 'Flugbegleiter des Gastgebers',
  'guide.gl.9.def':
    'Vertreter des Gastgebers an Bord des Beobachtungsflugzeugs, die Sensoren und Route überwachen (Art. VI §III).',
  'guide.gl.10.term': 'Gefährlicher Luftraum',
  'guide.gl.10.def':
    'Luftraum, den der Gastgeber für gefährlich erklärt; er darf trotzdem eingeplant werden, und der Gastgeber darf eine andere Flughöhe, Route oder Zeit vorschlagen (Art. VI §II.2, §II.5).',
  'guide.gl.11.term': '10-km-Regel für Nichtvertragsstaaten',
  'guide.gl.11.def':
    'Die einzige Stelle, die der Vertrag sperrt: Der Flugweg muss 10 km Abstand zur Grenze eines Nachbarstaats halten, der nicht Vertragspartei ist (Art. VI §II.2).',
  'guide.gl.12.term': 'Beschränkung (Praxis des Gastgebers)',
  'guide.gl.12.def':
    'Eine Grenze, die ein Gastgeber setzt, ohne dass der Vertrag sie gewährt, etwa die Obergrenze über Kaliningrad; von anderen Vertragsparteien bestritten.',
  'guide.gl.13.term': 'Protest',
  'guide.gl.13.def':
    'Im Spiel die Antwort des Beobachters auf eine Forderung des Gastgebers, unter Berufung auf den Artikel, der den Plan erlaubt.',
  'guide.gl.14.term': 'Einen Flug absagen',
  'guide.gl.14.def':
    'Der Beobachter darf absagen, wenn es keine Einigung über den Plan gibt; der Flug wird dann auf keine Quote angerechnet (Art. VIII §I.5).',
  'guide.gl.15.term': 'Gegenseitigkeit',
  'guide.gl.15.def':
    'Einen Schritt mit einem ähnlichen Schritt beantworten: A darf so oft über B fliegen wie B über A (Art. III), und eine Beschränkung kann gleichartig beantwortet werden (Hawaii, 2017–18).',
  'guide.gl.16.term': 'OSCC',
  'guide.gl.16.def':
    'Die Beratungskommission „Offener Himmel“ (Open Skies Consultative Commission) in Wien, die den Vertrag verwaltet und im Konsens entscheidet (Art. X).',
  'guide.gl.17.term': 'Taxi-Option',
  'guide.gl.17.def':
    'Der Gastgeber darf darauf bestehen, die Beobachter in seinem eigenen Flugzeug statt in ihrem zu fliegen (Art. VI §I).',

  // ---------------------------------------------------------------- game values
  'guide.val.intro':
    'Das Spiel vereinfacht. Sagen Sie das der Klasse und nutzen Sie die Lücken als Fragen („Was müsste eine echte Besatzung prüfen?“).',
  'guide.val.1':
    'Höchststrecken: Kubinka 5.000 km in Missionen vor 2010 (Tabelle von 1992) und 5.500 km ab den 2010er-Jahren (wie Russland 2017 erklärte); Boryspil 2.100 km; US-Flugplätze nach der Tabelle von 1992.',
  'guide.val.2':
    'Die Obergrenze über Hawaii (830 km, etwa die Hälfte der Route von 2017) und die Mindesthöhe von 2.000 m über Moskau sind Spielwerte: Die Beschränkungen gab es wirklich, die genauen Zahlen sind nicht bestätigt.',
  'guide.val.3':
    'Mindesthöhen, Reisegeschwindigkeiten und Reichweiten der Flugzeuge sind Näherungen; die Schärfe wird als Grenze × Flughöhe ÷ Mindesthöhe berechnet.',
  'guide.val.4':
    'Die OC-135B flog nur mit Filmkameras; Infrarot, Radar und Video waren geplant, wurden aber nie eingebaut.',
  'guide.val.5':
    'Die Grenzen stammen von Natural Earth und zeigen die heutigen De-facto-Linien: 2002 war die Krim ukrainisch. Der Korridor um Abchasien und Südossetien ist entlang der russisch-georgischen Grenze gezeichnet.',
  'guide.val.6':
    'Der Übungsluftraum in Mission 07 ist ein typischer Fall; keine Quelle bestätigt eine Ablehnung über einer namentlich bekannten russischen Übung.',
  'guide.val.7':
    'Wetter, Antworten des Gastgebers, Punkte, Sterne und Vertrauen sind Spielmechanik, deterministisch aus dem Plan und dem Startwert der Mission. „Sensoren 30 Minuten aus“ nach einer Abweichung ist eine Spielregel.',
  'guide.val.8':
    'Die Quotenbücher sind vereinfacht: Das Spiel zählt Flüge je Beobachter, Gastgeber und Jahr.',

  // ---------------------------------------------------------------- collecting work
  'guide.codes.1':
    'Plan teilen: In der Planung oder in der Auswertung erzeugt „Plan teilen“ einen Code (und einen QR-Code). Die Schülerinnen und Schüler öffnen ihn mit Kampagne → Plan öffnen; eine Mission, die die Klasse noch nicht freigeschaltet hat, öffnet im Übungsmodus und zählt nicht.',
  'guide.codes.2':
    'Abgeben: In der Auswertung fragt „Abgeben“ nach einem Namen und erzeugt einen Ergebniscode. Sammeln Sie die Codes in einem beliebigen Textfeld (Chat, E-Mail, Lernplattform).',
  'guide.codes.3':
    'Ergebnisse der Klasse: Fügen Sie alle Codes ein, einen pro Zeile; die Tabelle sortiert nach jeder Spalte, markiert „bearbeitet?“, wenn eine gespeicherte Punktzahl nicht zur Wiederholung der Mission passt, lässt sich als CSV herunterladen und drucken.',
  'guide.codes.4':
    'Ohne Browser: npm run class-report -- codes.txt [--csv] druckt dieselbe Tabelle; npm run check-plan -- <Plancode> prüft einen Plan anhand des Vertrags.',

  'guide.sources.1': 'Vertrag über den Offenen Himmel, vollständiger englischer Text mit den Anhängen A–L',
  'guide.sources.2': 'Federation of American Scientists: Text von Anhang A und Analyse Artikel für Artikel',
  'guide.sources.3': 'CRS Insight IN10502, The Open Skies Treaty: Background and Issues (7. Juni 2021)',
  'guide.sources.4':
    'OSZE: Unterzeichnung des Vertrags über den Offenen Himmel (24. März 1992); US-Außenministerium: Article-by-Article Analysis (1993)',
  'guide.sources.5':
    'In der Zeitleiste genannte Presseberichte (TASS, Sputnik, Interfax, Dayton Daily News, Honolulu Star-Advertiser, civil.ge, milmag.eu, RFE/RL).',
};

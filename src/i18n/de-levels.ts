/**
 * German words of the mission files (levels/*.json are English), laid over a level by
 * `localLevel` (levels.ts). Every mission is translated: 01–05 here, 06–07 in de-levels-2.ts,
 * 08–09 in de-levels-3.ts (the host duty's plan titles and 09's quoted voices are not yet).
 */
import { deLevels2 } from './de-levels-2';
import { deLevels3 } from './de-levels-3';
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
  '04-bedminster': {
    title: 'Über Washington und Bedminster',
    briefing:
      'August 2017: Du bist die russische Besatzung einer Tu-154M-LK1 auf Russlands zehntem Flug über den USA in diesem Jahr; der echte Flug startete auf der Wright-Patterson Air Force Base bei Dayton, aber dieses Spiel lässt dich in Washington Dulles beginnen, einem Flugplatz des Vertrags. Der Vertrag erlaubt dir, jeden Punkt des US-Gebiets zu beobachten: das Kapitol, das Pentagon, die Joint Base Andrews, sogar den Golfclub in Bedminster, in dem sich der Präsident aufhält. Der Sperrluftraum über Washington und die Flugbeschränkung um den Präsidenten sind erklärter Luftraum, keine verschlossenen Türen: Der Gastgeber muss deinen Flug hindurch abstimmen. Wie tief du fliegen darfst, bestimmen deine zugelassenen Kameras, nicht wer unten wohnt. US-Begleiter sitzen an Bord und beobachten jeden Abschnitt.',
    bulletin: {
      title: 'Tief, aber nicht unter der zugelassenen Mindesthöhe',
      text: 'Jede Kamera hat eine niedrigste Höhe, die bei ihrer Prüfung festgelegt wurde. Die Kameras der Tu-154M-LK1 dürfen nicht unter 1.100 m eingesetzt werden (ein Spielwert). Weiter unten könnten sie Dinge zeigen, die kleiner als 30 cm sind, und das verbietet der Vertrag (Art. IV §2, Art. VI §II.4(D)). Oberhalb dieser Höhe darfst du über jeden Punkt fliegen, auch über eine Hauptstadt oder das Haus eines Staatschefs. Gesperrter Luftraum, etwa ein Flugverbot um den Präsidenten, ergibt nur einen Hinweis. Der Gastgeber muss sagen, worin die Gefahr besteht, und dir hindurchhelfen oder eine andere Höhe, Route oder Zeit anbieten (Art. VI §II.5). Die Begleiter des Gastgebers an Bord prüfen, dass du dich an den Plan hältst (Art. VI §III).',
    },
    whatHappened:
      'Am 9. August 2017 startete eine russische Tu-154M auf Russlands zehntem Flug über den USA in jenem Jahr auf der Wright-Patterson Air Force Base bei Dayton (Ohio) und überflog Washington: das Kapitol, das Pentagon, die Joint Base Andrews, die CIA, Camp David und Mount Weather. Danach überflog sie Bedminster (New Jersey), während Präsident Trump in seinem dortigen Golfclub war, in etwa 4.000 Fuß Höhe, steigend auf 5.000 Fuß, durch die vorübergehende Flugbeschränkung um den Präsidenten, was der Vertrag erlaubte. US-Personal war an Bord. Der Flug machte Schlagzeilen, brach aber keine Regel: Nach dem Vertrag stimmt sich die beobachtete Vertragspartei ab, sie schließt ihren Luftraum nicht.',
    approximations:
      'Der echte Flug begann in Wright-Patterson. Dieser Stützpunkt steht nicht in der Liste der US-Open-Skies-Flugplätze von 1992, die dieses Spiel verwendet, und unsere Quellen nennen keine Strecke für ihn. Deshalb beginnt die Mission in Dulles (4.900 km in der Tabelle des Vertrags), und Wright-Patterson ist ein Ort zum Beobachten. Die niedrigste Kamerahöhe der Tu-154M-LK1 (1.100 m) ist ein Spielwert. Der Flug von 2017 flog in etwa 1.130 bis 1.220 m (3.700 bis 4.000 Fuß). Die Positionen der Ziele beruhen auf Allgemeinwissen. Die Kreise des Sperrluftraums sind einfache Formen. Die Quote (16 Flüge, 9 verbraucht) ist ein Spielwert: Die Presse sagt nur, es sei der zehnte Flug gewesen.',
    questions: [
      'Viele Amerikaner waren überrascht, dass ein russisches Flugzeug über den Golfclub des Präsidenten fliegen durfte. Warum erlaubte das der Vertrag, und warum könnte das gut sein?',
      'US-Begleiter waren an Bord. Was konnten sie prüfen, und was nicht?',
      'Tiefer fliegen ergibt schärfere Bilder. Warum verbietet der Vertrag Flüge unter der zugelassenen Mindesthöhe, auch über einem Militärstützpunkt?',
    ],
    targets: {
      capitol: { name: 'US-Kapitol', note: 'In Berichten von 2017 genannt; Position nach Allgemeinwissen.' },
      pentagon: {
        name: 'Das Pentagon',
        note: 'In Berichten von 2017 genannt; Position nach Allgemeinwissen.',
      },
      andrews: {
        name: 'Joint Base Andrews',
        note: 'In Berichten von 2017 genannt; Position nach Allgemeinwissen.',
      },
      'camp-david': {
        name: 'Camp David',
        note: 'In Berichten von 2017 genannt; Position nach Allgemeinwissen.',
      },
      'mount-weather': {
        name: 'Notfallzentrum Mount Weather',
        note: 'In Berichten von 2017 genannt; Position nach Allgemeinwissen.',
      },
      bedminster: {
        name: 'Trump National Golf Club, Bedminster (New Jersey)',
        note: 'Die Fahrzeuge des Präsidenten am Club; Fahrzeuge brauchen etwa 0,5 m.',
      },
      'wright-patterson': {
        name: 'Wright-Patterson Air Force Base',
        note: 'Der Flug von 2017 kam in ihre Nähe; Position nach Allgemeinwissen.',
      },
    },
  },
  '05-hawaii': {
    title: 'Hawaii: eine gleichartige Antwort',
    briefing:
      'August 2019: Deine Tu-154M-LK1 steht in Honolulu, wo eine russische Besatzung im Oktober 2017 etwa 1.650 km über den Inseln flog. Seit Anfang 2018 erlauben die USA über Hawaii eine viel kürzere Strecke: in diesem Spiel 830 km im Gebiet der Inseln, ein Spielwert, weil die echte Zahl nicht in unseren Quellen steht. Die USA nennen das eine Antwort auf Russlands 500-km-Obergrenze über Kaliningrad. Plane die besten 830 km, die du kannst: Pearl Harbor und das Raketentestgelände auf Kauai sind deine Ziele, Maui und die Große Insel liegen weiter draußen. Du darfst protestieren, aber die US-Maßnahme ist ein bewusster Gegenzug und wird nicht für einen Flug aufgehoben.',
    bulletin: {
      title: 'Gegenseitigkeit: eine Obergrenze über Hawaii',
      text: 'Nachdem Russland Flüge über Kaliningrad begrenzt hatte, begrenzten die USA Flüge über Hawaii. Die Grenze liegt bei etwa der Hälfte der Route von 2017. Dieses Spiel verwendet 830 km (ein Spielwert). Wie die Obergrenze über Kaliningrad steht sie nicht im Vertrag. Fliegt deine Route mehr als 830 km im Gebiet von Hawaii, markiert das Spiel sie als Auflage. Der Gastgeber wird dich bitten, sie zu ändern. Abschnitte zwischen den Inseln dürfen über offenes Meer führen. Aber jeder Wegpunkt muss über US-Land oder innerhalb von 12 Seemeilen davon liegen.',
    },
    whatHappened:
      'Vom 4. bis 6. Oktober 2017 flog eine russische Tu-154M 894 Seemeilen (etwa 1.656 km) über Hawaii, Maui, Molokai, Oahu und Kauai. Nach Russlands Obergrenze über Kaliningrad kündigte das Pentagon Ende 2017 drei Maßnahmen an, wirksam etwa ab Januar 2018 und als umkehrbar bezeichnet: eine kürzere Höchststrecke über Hawaii, etwa die Hälfte jener Route von 2017; keine Ausnahmen mehr von bestimmten Flugbeschränkungen der FAA für Open-Skies-Flüge; und keine Übernachtungen mehr an einigen Open-Skies-Flugplätzen. Russland beklagte später, die USA hätten die Flugstrecken über Alaska und Hawaii verkürzt und Höhengrenzen gesetzt, die nicht im Vertrag stehen. Russland antwortete, indem es Übernachtungen an drei Flugplätzen für US-Missionen strich. 2018 gab es überhaupt keine Quotenflüge: Der Jahresplan der Flüge war blockiert, weil Georgien und Russland sich nicht einigen konnten. Im August 2019 überflog erneut eine russische Tu-154M Hawaii und landete auf der Joint Base Pearl Harbor-Hickam: In diesem Flug spielt die Mission.',
    approximations:
      'Unsere Quellen nennen die neue US-Grenze über Hawaii nicht. 830 km, etwa die Hälfte von 1.656 km, sind ein Spielwert. Honolulu war in der Liste von 1992 nur ein Tankflugplatz. Die Flüge von 2017 und 2019 landeten auf dem gemeinsamen Flugplatz Honolulu und Hickam. Seine Grenze von 1.700 km ist ein Spielwert, ebenso der Tag dieser Mission im August 2019, ihre Quote und ihre Ziele. Die Positionen der Ziele beruhen auf Allgemeinwissen. Das Gebiet der Obergrenze ist der Umriss der Hauptinseln plus 12 Seemeilen.',
    questions: [
      'Die USA beantworteten Russlands Obergrenze über Kaliningrad mit einer eigenen. Hat das Russland eher dazu gebracht, seine Obergrenze aufzuheben, oder eher nicht?',
      'Beide Obergrenzen galten als umkehrbar. Was hätte jede Seite sehen müssen, bevor sie ihren Schritt zurücknimmt?',
      'Mit nur 830 km: Welche Inseln hast du zum Beobachten gewählt, und was blieb ungesehen?',
    ],
    targets: {
      'pearl-harbor': { name: 'Marinestützpunkt Pearl Harbor', note: 'Position nach Allgemeinwissen.' },
      hickam: {
        name: 'Flugfeld Hickam',
        note: 'Teilt sich die Start- und Landebahnen mit dem Flughafen Honolulu; Position nach Allgemeinwissen.',
      },
      'kaneohe-bay': {
        name: 'Marine Corps Base Hawaii, Kaneohe Bay',
        note: 'Position nach Allgemeinwissen.',
      },
      schofield: { name: 'Schofield Barracks', note: 'Position nach Allgemeinwissen.' },
      'barking-sands': {
        name: 'Pacific Missile Range Facility, Barking Sands (Kauai)',
        note: 'Position nach Allgemeinwissen.',
      },
      haleakala: {
        name: 'Weltraumüberwachung Maui, Haleakalā',
        note: 'Teleskopkuppeln auf dem Gipfel; Position nach Allgemeinwissen.',
      },
      pohakuloa: {
        name: 'Truppenübungsplatz Pōhakuloa (Insel Hawaii)',
        note: 'Position nach Allgemeinwissen.',
      },
    },
  },
  ...deLevels2,
  ...deLevels3,
};

/** The hosts' restricted areas, as the level files name them in English, in German. */
export const dePlaces: Readonly<Record<string, string>> = {
  'Bedminster presidential flight restriction': 'Flugbeschränkung um den Präsidenten über Bedminster',
  'Hampton Roads': 'Hampton Roads',
  'Hawaiian Islands': 'Hawaii-Inseln',
  'Kaliningrad oblast': 'Oblast Kaliningrad',
  'Kapustin Yar test range': 'Testgelände Kapustin Jar',
  'Lower Volga exercise area': 'Übungsgebiet an der unteren Wolga',
  Moscow: 'Moskau',
  'Plesetsk launch hazard area': 'Raketenstart-Gefahrengebiet Plessezk',
  'Russia–Abkhazia line': 'Linie Russland–Abchasien',
  'Russia–South Ossetia line': 'Linie Russland–Südossetien',
  'Washington, DC restricted airspace': 'Sperrluftraum Washington, DC',
};

/**
 * German words of missions 08 and 09 (beside de-levels.ts, which spreads them in). The quoted
 * voices of 09 (a US and a Russian statement, with their sources) stay in the words the
 * sources published.
 */
import type { LevelWords } from './level-words';

const GK = 'Position nach Allgemeinwissen.';

export const deLevels3: Readonly<Record<string, LevelWords>> = {
  '08-host-duty': {
    title: 'Gastgeberdienst in Dulles',
    briefing:
      'Mai 2019: Diesmal bist du die beobachtete Vertragspartei. Eine russische Tu-154M-LK1 ist in Washington Dulles gelandet, und du leitest das US-Team, das ihren Missionsplan prüft und Begleiter an Bord schickt. Du hast 4 Stunden, um den Plan anzunehmen oder Änderungen vorzuschlagen. Der Vertrag erlaubt Einwände nur aus Gründen der Flugsicherheit, wegen des Zustands eines Flugplatzes oder bei einem vertragswidrigen Plan; zusätzliche Grenzen deiner eigenen Regierung stehen nicht im Vertrag, und der Beobachter darf dagegen protestieren. Erhebe Einwände, wenn der Plan vertragswidrig ist, und gib nach, wenn der Beobachter zu Recht protestiert.',
    bulletin: {
      title: 'Rechtmäßige und unrechtmäßige Einwände',
      text: 'Als Gastgeber darfst du einen Plan ablehnen, der gegen den Vertrag verstößt (Art. VIII §I.1). Beispiele: eine zu lange Route, ein Punkt außerhalb deines Gebiets, eine Kamera unter ihrer niedrigsten Höhe oder verletzte Fristen. Du darfst aus Sicherheitsgründen, wegen eines Problems am Flugplatz oder wegen erklärten gefährlichen Luftraums eine andere Höhe, Route oder Zeit anbieten (Art. VIII §I.4). Aber die Änderung darf den Beobachter nicht daran hindern, einen Punkt zu sehen (Art. VI §II.5–6). Eine eigene Grenze, etwa eine Mindesthöhe über einer Stadt, steht nicht im Vertrag. Wenn der Beobachter protestiert und sich auf den Vertrag beruft, ist Nachgeben die faire Antwort.',
    },
    whatHappened:
      'Jede Seite beobachtete die Flüge der anderen von innen. Am 9. August 2017 war US-Personal an Bord der russischen Tu-154M, die Washington überflog und dann durch die Flugbeschränkung um den Präsidenten über Bedminster flog, was der Vertrag erlaubte. Ab 2018 setzten auch die USA eigene Grenzen: eine kürzere Strecke über Hawaii und keine Ausnahmen mehr von bestimmten Beschränkungen der FAA. Russland beklagte später, die USA hätten Höhengrenzen gesetzt, die nicht im Vertrag stehen, und die Beobachtung der Aleuten eingeschränkt. Die Regel des Vertrags für Gastgeber ist kurz: Änderungen nur wegen Wetter und Flugsicherheit, des Zustands eines Flugplatzes oder eines vertragswidrigen Plans, und nie so, dass die Beobachtung verhindert wird.',
    approximations:
      'Unsere Quellen sagen nicht, wo die echten US-Höhengrenzen lagen oder wie hoch sie waren. Die Grenze über Hampton Roads (3.000 m) ist ein Beispiel des Spiels. Datum, Quote und Ziele dieser Mission sind Spielwerte. Die Positionen der Ziele beruhen auf Allgemeinwissen.',
    questions: [
      'Welche deiner Einwände als Gastgeber waren vom Vertrag gedeckt, und welche nur von den Wünschen deiner Regierung?',
      'Warum könnte ein Gastgeber einem Protest nachgeben, auch wenn er darauf bestehen könnte, und was gewinnt er dadurch?',
      'Wenn jede Vertragspartei ein paar eigene Grenzen hinzufügte: Was bliebe nach zehn Jahren vom Vertrag übrig?',
    ],
    incoming: {
      heartland: 'Stützpunkte im Kernland in 1.200 m',
      'capital-low-pass': 'Ein Tiefflug über das Pentagon, dann Norfolk',
      'below-minimum': 'Stützpunkte im Kernland in 700 m',
    },
    targets: {
      pentagon: { name: 'Das Pentagon', note: GK },
      norfolk: { name: 'Marinestützpunkt Norfolk', note: GK },
      langley: { name: 'Langley Air Force Base', note: GK },
      'wright-patterson': { name: 'Wright-Patterson Air Force Base', note: GK },
      whiteman: { name: 'Whiteman Air Force Base', note: GK },
      offutt: { name: 'Offutt Air Force Base (Heimat der US-amerikanischen OC-135B)', note: GK },
    },
  },
  '09-withdrawal': {
    title: 'Die letzten Flüge',
    briefing:
      'Ein Was-wäre-wenn im September 2020: In Wirklichkeit wurden die Flüge 2020 wegen COVID eingestellt, und der letzte von den USA geführte Flug über Russland, den unsere Quellen verzeichnen, fand im Februar 2020 statt. In diesem Was-wäre-wenn haben die USA am 22. Mai ihren Austritt erklärt und verlassen den Vertrag am 22. November, sind also noch Vertragspartei und dürfen noch fliegen. Russland hält an einer Mindesthöhe über Moskau fest: Hier nimmt es keine Beobachtungsabschnitte unter 2.000 m über der Stadt an, ein Spielwert, weil die echte Höhe nicht in unseren Quellen steht. Die USA sagen, der Vertrag kenne keine solche Mindesthöhe, und widersprechen ihr seit Jahren; Russland wird jetzt nicht nachgeben. Fotografiere den Kreml, den Luftwaffenstützpunkt Tschkalowski und das Radar Don-2N, und entscheide, wie du mit der Mindesthöhe umgehst.',
    bulletin: {
      title: 'Eine Mindesthöhe über Moskau',
      text: 'Russland nimmt keine Beobachtungsabschnitte unter 2.000 m über Moskau an (ein Spielwert). Der Vertrag bindet die Höhe nur an die niedrigste geprüfte Höhe jeder Kamera (Art. VI §II.4(D)). Deshalb sagen andere Vertragsparteien, die Mindesthöhe sei nicht erlaubt. Ist ein Abschnitt tiefer, markiert das Spiel ihn als Auflage. Der Gastgeber wird dich bitten, ihn zu ändern, und du darfst zustimmen oder protestieren.',
    },
    whatHappened:
      'Die USA kündigten ihren Austritt am 21. Mai 2020 an, erklärten ihn förmlich am 22. Mai und traten am 22. November 2020 aus: Der Vertrag erlaubt einer Vertragspartei den Austritt sechs Monate nach ihrer Erklärung (Art. XV). Die USA sagten, Russland habe den Vertrag gebrochen: die Obergrenze über Kaliningrad, der Korridor bei Georgien und Mindesthöhen über Moskau. Wegen COVID waren die Flüge 2020 bereits eingestellt; der letzte von den USA geführte Flug über Russland, den unsere Quellen verzeichnen, fand im Februar 2020 statt. Russland kündigte am 15. Januar 2021 an, ebenfalls auszutreten; Präsident Putin unterzeichnete das Gesetz am 7. Juni 2021, die Erklärung folgte am 18. Juni, und Russlands Austritt wurde am 18. Dezember 2021 wirksam. Für die übrigen Vertragsparteien ist der Vertrag selbst weiter in Kraft. Die beiden US-amerikanischen OC-135B wurden 2021 außer Dienst gestellt. Schon 1993 sagte ein Bericht des US-Senats, die USA hätten eigene Satelliten, der Vertrag werde daher vor allem für europäische Staaten zählen. Die Rüstungskontrolle ging anderswo weiter: New START, 2010 für zehn Jahre unterzeichnet und einmal um bis zu fünf Jahre verlängerbar, wurde am 3. Februar 2021 bis zum 5. Februar 2026 verlängert.',
    approximations:
      'Diese Mission ist hypothetisch: Im September 2020 fand kein US-Flug über Russland statt. Höhe und Ausdehnung der Mindesthöhe über Moskau (2.000 m im Umkreis von 40 km um das Zentrum) sind Spielwerte: Die Quellen nennen die Mindesthöhe, nicht ihre Zahlen. Die Zahlen der Quote sind Spielwerte, und die Positionen der Ziele beruhen auf Allgemeinwissen.',
    questions: [
      'Die USA traten aus, weil sie sagten, Russland breche den Vertrag; Russland trat nach den USA aus. Hätte eine der beiden Seiten bleiben und trotzdem ihre Interessen schützen können?',
      'Der Vertrag ließ jede Vertragspartei mit sechs Monaten Frist austreten. Ist ein leichter Austritt gut oder schlecht für einen Vertrag, der auf Vertrauen beruht?',
      'Open Skies endete, während New START verlängert wurde. Was unterscheidet einen Vertrag, der Waffen begrenzt, von einem, der andere hinsehen lässt?',
    ],
    targets: {
      kremlin: { name: 'Der Kreml', note: GK },
      'kremlin-vehicles': {
        name: 'Fahrzeuge und Hubschrauberlandeplatz am Kreml',
        note: 'Fahrzeuge brauchen etwa 0,5 m: oberhalb der Mindesthöhe des Gastgebers nicht möglich. Position nach Allgemeinwissen.',
      },
      chkalovsky: { name: 'Luftwaffenstützpunkt Tschkalowski', note: GK },
      zhukovsky: { name: 'Flugerprobungsflugplatz Schukowski', note: GK },
      vnukovo: { name: 'Flughafen Wnukowo, Regierungsterminal', note: GK },
      'don-2n': {
        name: 'Raketenabwehrradar Don-2N, Sofrino',
        note: 'Außerhalb der Mindesthöhe. Position nach Allgemeinwissen.',
      },
    },
  },
};

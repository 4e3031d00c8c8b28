/** German for en-host.ts (host duty 08 and the planning sandbox). */
import type { enHost } from './en-host';

export const deHost: Record<keyof typeof enHost, string> = {
  // ---------------------------------------------------------------- host review (08)
  'host.title': 'Plan {n} von {total}: {title}',
  'host.intro':
    'Das Team von {observer} hat diesen Missionsplan in {airfield} eingereicht. Du bist der Gastgeber {host}: Prüfe ihn und antworte innerhalb von 4 Stunden.',
  'host.route': 'Die Route',
  'host.route.leg': 'Abschnitt {n}: {from} → {to}{at} · {alt} m · {sensors}',
  'host.route.at': ' ({lat}°, {lon}°)',
  'host.route.km': '{km} km',
  'host.route.takeoff': 'Start {takeoff} h nach der Ankunft.',
  'host.route.noSensors': 'Sensoren aus',
  'host.wp': 'Wegpunkt {n}',
  'host.route.total': 'Insgesamt {km} km von {max} km, die ab {airfield} erlaubt sind.',
  'host.findings': 'Was die Regelprüfung gefunden hat',
  'host.findings.hidden':
    'Vorerst verborgen: Sieh dir die Route auf der Karte an und entscheide, was dir der Vertrag erlaubt. Zeige die Befunde, wenn du eine zweite Meinung willst.',
  'host.findings.reveal': 'Befunde zeigen',
  'host.findings.none': 'Keine Befunde: Der Plan hält jede Regel des Vertrags ein.',
  'host.decide': 'Deine Entscheidung',
  'host.accept': 'Plan annehmen',
  'host.change': 'Änderung vorschlagen',
  'host.change.help':
    'Du darfst aus Gründen der Flugsicherheit, wegen des Zustands eines Flugplatzes oder bei einem vertragswidrigen Plan eine andere Flughöhe, Route oder Zeit vorschlagen, aber nicht, um die Beobachtung zu verhindern (Art. VIII §I.4, Art. VI §II.6).',
  'host.change.what': 'Was geändert wird',
  'host.change.altitude': 'Flughöhe eines Abschnitts',
  'host.change.time': 'Startzeit',
  'host.change.route': 'Route (Umweg um das Gebiet)',
  'host.change.leg': 'Abschnitt',
  'host.change.altitudeM': 'Neue Flughöhe, m',
  'host.change.delayH': 'Start verschieben um, h',
  'host.change.noDetour':
    'Die Regelprüfung sieht auf dieser Route kein Gebiet, um das ein Umweg führen könnte.',
  'host.change.detour': 'Umweg: ein Wegpunkt bei {lat}, {lon} vor Wegpunkt {n} (+{km} km).',
  'host.change.propose': 'Diese Änderung vorschlagen',
  'host.refuse': 'Plan ablehnen',
  'host.refuse.article': 'Angeführter Artikel',
  'host.refuse.help': 'z. B. Art. VIII §I.1 oder die Regel, gegen die der Plan verstößt',
  'host.refuse.go': 'Unter Berufung auf diesen Artikel ablehnen',
  'host.refuse.needArticle': 'Nenne den Artikel, auf den sich deine Ablehnung stützt.',
  'host.yourDecision': 'Du: {decision}',
  'host.decision.accept': 'hast den Plan angenommen',
  'host.decision.change': 'hast eine Änderung vorgeschlagen ({what})',
  'host.decision.refuse': 'hast den Plan unter Berufung auf {article} abgelehnt',
  'host.changeKind.altitude': 'Flughöhe',
  'host.changeKind.route': 'Route',
  'host.changeKind.time': 'Zeit',
  'host.observerSays': 'Der Beobachter',
  'host.observer.lawful-plan-accepted': 'Dankt dem Gastgeberteam und fliegt den Plan wie eingereicht.',
  'host.observer.unlawful-plan-accepted':
    'Fliegt den Plan wie eingereicht. Er verstößt gegen den Vertrag ({article}): Du hättest ihn ablehnen können, und deine Begleiter an Bord überwachen jetzt einen Flug, den der Vertrag nicht erlaubt.',
  'host.observer.refusal-lawful':
    'Zieht den Plan zurück: Er verstößt gegen den Vertrag, und du hast dich auf {article} berufen. Der Flug ist untersagt und wird niemandem angerechnet (Art. VIII §I.3).',
  'host.observer.refusal-wrong-article':
    'Zieht den Plan zurück, weil er tatsächlich gegen den Vertrag verstößt, merkt aber an, dass {article} die geltende Regel ist, nicht die von dir angeführte.',
  'host.observer.refusal-of-lawful-plan':
    'Protestiert: Der Plan hält jede Regel des Vertrags ein, und ein Gastgeber darf nur einen Plan ablehnen, der dagegen verstößt ({article}).',
  'host.observer.change-lawful':
    'Folgt deiner Änderung: Du hattest einen Grund, und alle Ziele bleiben im Blick ({article}).',
  'host.observer.change-without-grounds':
    'Protestiert: Der Plan verstößt gegen keine Regel und berührt keine Gefahr, also hat der Gastgeber keinen Grund für eine Änderung ({article}).',
  'host.observer.change-contested-restriction':
    'Protestiert: Die eigene Grenze deiner Regierung steht nicht im Vertrag, der die Beobachtung jedes Punkts deines Hoheitsgebiets erlaubt ({article}).',
  'host.observer.change-prevents-observation':
    'Protestiert: Deine Änderung verhindert die Beobachtung von {lost}, was der Vertrag verbietet ({article}).',
  'host.observer.change-breaks-treaty':
    'Protestiert: Deine Änderung würde selbst gegen den Vertrag verstoßen ({article}).',
  'host.afterProtest': 'Der Beobachter protestiert. Nachgeben oder darauf bestehen?',
  'host.giveWay': 'Nachgeben: Plan wie eingereicht fliegen',
  'host.insist': 'Darauf bestehen',
  'host.gaveWay': 'Du hast nachgegeben; der Plan wird wie eingereicht geflogen.',
  'host.insisted':
    'Du hast darauf bestanden; der Beobachter verzichtet auf den Flug (Art. VIII §I.5). Er wird niemandem angerechnet.',
  'host.next': 'Nächster Plan',
  'host.toDebrief': 'Zur Auswertung',
  'host.points': '{points} Punkte · Vertrauen {trust}',
  'host.lawful': 'rechtmäßig',
  'host.contested': 'vom Vertrag nicht gedeckt',

  // ---------------------------------------------------------------- host debrief
  'host.debrief.title': 'Gastgeberdienst: Wie du die Pläne behandelt hast',
  'host.debrief.summary':
    '{lawful} von {n} Entscheidungen waren rechtmäßig. Punktzahl {score} · Vertrauen {trust}',
  'host.debrief.col.plan': 'Plan',
  'host.debrief.col.you': 'Deine Entscheidung',
  'host.debrief.col.observer': 'Der Beobachter',
  'host.debrief.col.lawful': 'Rechtmäßig?',
  'host.debrief.col.points': 'Punkte',
  'host.debrief.flight.flown-as-submitted': 'wie eingereicht geflogen',
  'host.debrief.flight.flown-changed': 'mit deiner Änderung geflogen',
  'host.debrief.flight.prohibited': 'untersagt',
  'host.debrief.flight.declined': 'vom Beobachter abgesagt',
  'host.debrief.yes': 'ja',
  'host.debrief.no': 'nein',
  'host.debrief.mirror.title': 'Die andere Seite von 04 und 05',
  'host.debrief.mirror':
    'In Bedminster (04) und auf Hawaii (05) bist du als Beobachter gegen Grenzen geflogen, die die USA gesetzt hatten: ein Sperrgebiet über dem Golfclub des Präsidenten und eine kürzere Strecke über Hawaii. Jetzt saßt du dort, wo das US-Team saß. Der Vertrag erlaubt einem Gastgeber, einen vertragswidrigen Plan abzulehnen und aus Sicherheitsgründen Änderungen vorzuschlagen; eine eigene Grenze aber – wie die Obergrenze über Hawaii oder eine Mindestflughöhe – ist umstritten, und ein Beobachter darf dagegen protestieren. Die USA setzten ebenso eigene Grenzen wie Russland über Kaliningrad (03).',
  'host.debrief.what': 'Was geschah',
  'host.debrief.questions': 'Zur Diskussion',
  'host.debrief.next': 'Nächste Mission',
  'host.debrief.retry': 'Gastgeberdienst wiederholen',
  'host.debrief.campaign': 'Kampagne',

  // ---------------------------------------------------------------- planning sandbox
  'sb.title': 'Planungs-Sandkasten',
  'sb.help':
    'Jeder Beobachter, jeder Gastgeber und jedes Jahr von 2002 bis 2021: die Vertragsparteien, Flugplätze und Strecken jenes Jahres und nur die Regeln des Vertrags selbst. Plane mit dem laufenden Urteil, exportiere dann die Plandatei oder teile ihren Code; eine Lehrkraft prüft ihn mit npm run check-plan.',
  'sb.year': 'Jahr',
  'sb.observer': 'Beobachter',
  'sb.host': 'Gastgeber (mit seiner Gruppe)',
  'sb.airfield': 'Flugplatz',
  'sb.aircraft': 'Flugzeug',
  'sb.start': 'Im Sandkasten planen',
  'sb.export': 'Plandatei exportieren',

  // ---------------------------------------------------------------- announcements
  'say.host.incoming': 'Plan {n} ist eingegangen: {title}.',
  'say.host.revealed': 'Die Befunde der Regelprüfung werden angezeigt.',
  'say.host.reply.fly': 'Der Beobachter fliegt den Plan.',
  'say.host.reply.comply': 'Der Beobachter folgt deiner Änderung.',
  'say.host.reply.withdraw': 'Der Beobachter zieht den Plan zurück.',
  'say.host.reply.protest': 'Der Beobachter protestiert unter Berufung auf {article}.',
  'say.host.finished': 'Gastgeberdienst beendet: Punktzahl {score}, {stars} Sterne.',
};

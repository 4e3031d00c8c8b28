/** German for en-hotseat.ts (two players, one plan: hot seat and review codes). */
import type { enHotseat } from './en-hotseat';

export const deHotseat: Record<keyof typeof enHotseat, string> = {
  // ---------------------------------------------------------------- entry
  'hotseat.play': 'Zu zweit spielen: einer plant, einer prüft',
  'hotseat.play.help':
    'Abwechselnd an diesem Gerät: Du planst als Beobachter und reichst den Plan ein; dein Gegenüber prüft ihn als Gastgeber; dann antwortest du.',
  'hotseat.bar.title': 'Zu zweit spielen',
  'hotseat.bar.text':
    'Spieler A plant als Beobachter ({observer}). Beim Einreichen geht das Gerät an Spieler B, den Gastgeber ({host}).',
  'hotseat.bar.solo': 'Doch allein spielen',
  // ---------------------------------------------------------------- hand-over screens
  'hotseat.kicker': 'Zwei Spieler · ein Gerät',
  'hotseat.toHost.title': 'Gib das Gerät an den Gastgeber',
  'hotseat.toHost.body':
    'Der Plan des Beobachters ({observer}) ist eingereicht. Gib das Gerät an Spieler B, den Gastgeber ({host}). Der Gastgeber sieht den ganzen Plan wie eingereicht; Spieler A schaut weg, bis das Gerät zurückkommt.',
  'hotseat.toHost.go': 'Ich bin Gastgeber: Plan zeigen',
  'hotseat.toHost.back': 'Zurück: Spieler A überarbeitet den Plan',
  'hotseat.toObserver.title': 'Gib das Gerät zurück an den Beobachter',
  'hotseat.toObserver.body':
    'Der Gastgeber ({host}) hat entschieden. Gib das Gerät zurück an Spieler A, den Beobachter ({observer}). Er antwortet: befolgen, unter Berufung auf einen Artikel protestieren oder ablehnen.',
  'hotseat.toObserver.go': 'Ich bin Beobachter: Entscheidung zeigen',
  'hotseat.roles': 'Wer spielt was',
  'hotseat.role.observer': 'Spieler A – Beobachter ({observer})',
  'hotseat.role.observerDoes': 'hat den Flug geplant; antwortet auf die Entscheidung des Gastgebers',
  'hotseat.role.host': 'Spieler B – Gastgeber ({host})',
  'hotseat.role.hostDoes':
    'prüft den Plan: annehmen, eine Änderung vorschlagen oder unter Berufung auf einen Artikel ablehnen',
  // ---------------------------------------------------------------- host's review
  'hotseat.host.title': 'Du bist der Gastgeber ({host})',
  'hotseat.host.intro':
    'Spieler A, der Beobachter ({observer}), hat diesen Plan in {airfield} eingereicht. Nimm ihn an, schlage eine Änderung vor oder lehne ihn unter Berufung auf einen Artikel ab – so, wie es der Vertrag erlaubt.',
  'hotseat.host.remoteIntro':
    'Jemand hat dir diesen Plan des Beobachters ({observer}) als Plancode geschickt. Du bist der Gastgeber ({host}): Entscheide und schicke dann den Prüfcode zurück.',
  'hotseat.code.title': 'Dein Prüfcode',
  'hotseat.code.decision': 'Du {decision}.',
  'hotseat.code.help':
    'Schicke diesen Code an den Beobachter zurück. Er fügt ihn auf der Kampagnenseite unter „Plan öffnen“ ein, antwortet auf deine Entscheidung und fliegt.',
  'hotseat.code.done': 'Zurück zur Kampagne',
  // ---------------------------------------------------------------- observer's answer
  'hotseat.answer.title': 'Die Entscheidung des Gastgebers ({host})',
  'hotseat.answer.accept': 'Der Gastgeber nimmt deinen Plan wie eingereicht an.',
  'hotseat.answer.change': 'Der Gastgeber schlägt eine Änderung vor ({what}):',
  'hotseat.answer.refuse': 'Der Gastgeber lehnt deinen Plan unter Berufung auf {article} ab.',
  'hotseat.answer.alt': 'Abschnitt {n}: {from} m → {to} m',
  'hotseat.answer.time': 'Start {from} h → {to} h nach der Ankunft',
  'hotseat.answer.added': 'ein neuer Wegpunkt {n} bei ({lat}°, {lon}°)',
  'hotseat.answer.mapHint': 'Die Karte zeigt die Änderung des Gastgebers neben deinem Plan.',
  'hotseat.answer.yours': 'Deine Antwort',
  'hotseat.answer.protest': 'Protest einlegen',
  'hotseat.answer.protestHelp': 'z. B. Art. VI §II.2',
  'hotseat.answer.protestNote': 'Das Handbuch nennt zu jeder Regel den Artikel.',
  'hotseat.answer.protestGo': 'Protestieren',
  'hotseat.answer.needArticle': 'Nenne den Artikel, auf den du dich stützt.',
  'hotseat.answer.comply.accept': 'Plan fliegen',
  'hotseat.answer.comply.change': 'Befolgen: geänderten Plan fliegen',
  'hotseat.answer.comply.refuse': 'Ablehnung hinnehmen (kein Flug)',
  'hotseat.answer.comply.yielded': 'Plan wie eingereicht fliegen',
  'hotseat.answer.decline': 'Mission ablehnen (Art. VIII §I.5)',
  'hotseat.protest.right-article':
    'Dein Protest unter Berufung auf {article} ist begründet: Der Vertrag deckt den Gastgeber hier nicht. Der Gastgeber gibt nach, der Plan wird wie eingereicht geflogen. Vertrauen {trust}.',
  'hotseat.protest.wrong-article':
    'Dein Protest unter Berufung auf {article} geht fehl: Der Artikel, der den Gastgeber hier beschränkt, ist {governing}. Die Entscheidung des Gastgebers bleibt bestehen. Vertrauen {trust}.',
  'hotseat.protest.lawful-action':
    'Dein Protest unter Berufung auf {article} wird zurückgewiesen: Der Vertrag deckt die Entscheidung des Gastgebers ({governing}). Sie bleibt bestehen. Vertrauen {trust}.',
  'hotseat.protest.nothing-to-protest':
    'Der Gastgeber hat deinen Plan angenommen: Es gibt nichts, wogegen du protestieren könntest.',
  // ---------------------------------------------------------------- debrief
  'hotseat.debrief.title': 'Zwei Spieler, ein Plan',
  'hotseat.debrief.col.player': 'Spieler',
  'hotseat.debrief.col.decision': 'Entscheidung',
  'hotseat.debrief.col.treaty': 'Was der Vertrag sagt',
  'hotseat.debrief.col.score': 'Punktzahl',
  'hotseat.debrief.observer': 'A · Beobachter ({party})',
  'hotseat.debrief.host': 'B · Gastgeber ({party})',
  'hotseat.debrief.submitted': 'Plan eingereicht',
  'hotseat.debrief.protested': 'Protest unter Berufung auf {article}',
  'hotseat.debrief.answer.comply': 'befolgt',
  'hotseat.debrief.answer.decline': 'Mission abgelehnt',
  'hotseat.debrief.flight.as-submitted': 'Der Plan wurde wie eingereicht geflogen.',
  'hotseat.debrief.flight.changed': 'Der Plan wurde mit der Änderung des Gastgebers geflogen.',
  'hotseat.debrief.flight.prohibited':
    'Der Flug wurde untersagt (Art. VIII §I.3): Er wird nicht auf die Quote angerechnet.',
  'hotseat.debrief.flight.declined':
    'Der Beobachter hat abgelehnt (Art. VIII §I.5): Der Flug wird nicht auf die Quote angerechnet.',
  'hotseat.treaty.lawful-plan-accepted':
    'Rechtmäßig: Der Plan hält den Vertrag ein, und der Gastgeber hat ihn angenommen.',
  'hotseat.treaty.unlawful-plan-accepted':
    'Der Plan verstößt gegen den Vertrag ({article}): Der Gastgeber hätte ihn ablehnen können.',
  'hotseat.treaty.refusal-lawful':
    'Rechtmäßig: Der Plan verstößt gegen den Vertrag, und der Gastgeber darf ihn ablehnen ({article}).',
  'hotseat.treaty.refusal-wrong-article':
    'Rechtmäßige Ablehnung, aber der angeführte Artikel ist nicht der passende: {article}.',
  'hotseat.treaty.refusal-of-lawful-plan':
    'Vom Vertrag nicht gedeckt: Der Plan hält jede Regel ein, und ein Gastgeber darf nur einen Plan ablehnen, der gegen eine verstößt (Art. VIII §I.4).',
  'hotseat.treaty.change-lawful':
    'Rechtmäßig: Der Gastgeber hatte Gründe für eine Änderung (Flugsicherheit oder ein vertragswidriger Plan), und sie verhindert die Beobachtung nicht ({article}).',
  'hotseat.treaty.change-without-grounds':
    'Vom Vertrag nicht gedeckt: Der Plan gab keinen Grund für eine Änderung ({article}).',
  'hotseat.treaty.change-contested-restriction':
    'Vom Vertrag nicht gedeckt: Die Änderung setzt eine eigene Auflage des Gastgebers durch, die nicht im Vertrag steht ({article}).',
  'hotseat.treaty.change-prevents-observation':
    'Vom Vertrag nicht gedeckt: Die Änderung verhindert die Beobachtung von {lost} ({article}).',
  'hotseat.treaty.change-breaks-treaty':
    'Vom Vertrag nicht gedeckt: Die Änderung verstößt selbst gegen ihn ({article}).',
  'hotseat.debrief.observerTreaty': 'Plan: {findings}.',
  'hotseat.debrief.noFindings': 'keine Befunde',
  'hotseat.debrief.score': '{score} Punkte · {stars} · Vertrauen {trust}',
  'hotseat.debrief.stars': '{n}/3 Sterne',
  'hotseat.handIn.unavailable':
    'Ein Spiel zu zweit hat keinen Ergebniscode: Die Nachprüfung bei der Lehrkraft kennt nur den Computer als Gastgeber. Gib stattdessen den Prüfcode ab (die Lehrkraft prüft ihn mit npm run check-plan).',
  // ---------------------------------------------------------------- campaign box (two devices)
  'hotseat.open.host': 'Als Gastgeber prüfen',
  'hotseat.open.help':
    'Zwei Geräte: Auf dem Gerät des Gastgebers den Plancode des Beobachters hier einfügen und „Als Gastgeber prüfen“ drücken; auf dem Gerät des Beobachters öffnet „Plan öffnen“ hier den Prüfcode des Gastgebers.',
  // ---------------------------------------------------------------- announcements
  'say.hotseat.on': 'Zu zweit spielen: Spieler A plant als Beobachter.',
  'say.hotseat.off': 'Allein spielen.',
  'say.hotseat.toHost': 'Plan eingereicht. Gib das Gerät an den Gastgeber.',
  'say.hotseat.hostTurn': 'Der Gastgeber prüft den Plan.',
  'say.hotseat.toObserver': 'Entscheidung gefallen. Gib das Gerät zurück an den Beobachter.',
  'say.hotseat.observerTurn': 'Der Beobachter antwortet auf die Entscheidung des Gastgebers.',
  'say.hotseat.codeReady': 'Dein Prüfcode ist bereit zum Verschicken.',
  'say.hotseat.protest.host-yields': 'Protest unter Berufung auf {article}: Der Gastgeber gibt nach.',
  'say.hotseat.protest.rejected':
    'Protest unter Berufung auf {article}: zurückgewiesen, die Entscheidung bleibt bestehen.',
  'say.hotseat.flight.as-submitted': 'Der Plan wird wie eingereicht geflogen.',
  'say.hotseat.flight.changed': 'Der Plan wird mit der Änderung des Gastgebers geflogen.',
  'say.hotseat.flight.prohibited': 'Der Flug ist untersagt.',
  'say.hotseat.flight.declined': 'Mission abgelehnt.',
};

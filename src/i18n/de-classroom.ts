/** German for en-classroom.ts (share and hand-in codes, Open a plan, Teachers, results, presenter mode). */
import type { enClassroom } from './en-classroom';

export const deClassroom: Record<keyof typeof enClassroom, string> = {
  // ---------------------------------------------------------------- codes (share, hand in)
  'cl.sharePlan': 'Plan teilen',
  'cl.sharePlan.title': 'Diesen Plan teilen',
  'cl.sharePlan.help':
    'Jede und jeder kann diesen Code in Open Skies öffnen (Kampagne → Plan öffnen) und sieht dieselbe Route und dasselbe Urteil. Er enthält nur den Plan: keinen Namen, sonst nichts.',
  'cl.code.label': 'Code',
  'cl.code.chars': '{n} Zeichen',
  'cl.copy': 'Kopieren',
  'cl.copied': 'In die Zwischenablage kopiert.',
  'cl.copyFailed': 'Kopieren ist hier gesperrt: Markiere den Code und kopiere ihn mit Strg+C.',
  'cl.qr.label': 'QR-Code des Codes oben',
  'cl.qr.failed': 'Dieser Code ist für einen QR-Code zu lang; kopiere stattdessen den Text.',
  'cl.handIn': 'Abgeben',
  'cl.handIn.title': 'Diese Mission abgeben',
  'cl.handIn.help':
    'Gib deinen Namen so ein, wie deine Lehrkraft ihn kennt, und schicke ihr dann den Ergebniscode (Chat, E-Mail oder QR-Code). Deine Lehrkraft kann die Punktzahl anhand der Regeln prüfen. Das Spiel selbst sendet nichts.',
  'cl.handIn.name': 'Dein Name',
  'cl.handIn.make': 'Meinen Ergebniscode erstellen',
  'cl.handIn.needName': 'Gib zuerst einen Namen ein.',
  'cl.handIn.unavailable': 'Es gibt keine abgeschlossene Mission zum Abgeben.',
  'cl.close': 'Schließen',

  // ---------------------------------------------------------------- Open a plan (campaign)
  'cl.open.title': 'Plan öffnen',
  'cl.open.help':
    'Füge einen Plancode (er beginnt mit OSP1.) von deiner Lehrkraft oder aus deiner Klasse ein, wähle eine .plan.json-Datei – oder zieh die Datei hierher.',
  'cl.open.code': 'Plancode',
  'cl.open.open': 'Plan öffnen',
  'cl.open.file': 'Plandatei wählen …',
  'cl.open.drop': 'Lass die .plan.json-Datei los, um sie zu öffnen.',
  'cl.open.problem': 'Dieser Plan lässt sich nicht öffnen: {why}',
  'cl.open.empty': 'Füge zuerst einen Plancode ein oder wähle eine Datei.',
  'cl.open.notJson': '{file} ist kein gültiges JSON.',
  'cl.open.tooBig': '{file} ist zu groß für eine Plandatei.',
  'cl.open.unreadable': '{file} ließ sich nicht lesen.',
  'cl.open.unknown-level': 'Der Plan gehört zur Mission „{detail}“, die diese Version des Spiels nicht hat.',
  'cl.open.unknown-airfield':
    'Der Plan beginnt oder endet in „{detail}“, das kein Flugplatz seiner Mission ist.',
  'cl.open.unknown-aircraft': 'Der Plan nennt das Flugzeug „{detail}“, das das Spiel nicht kennt.',
  'cl.open.not-ready': 'Die Karte lädt noch; versuche es gleich noch einmal.',
  'cl.practice': 'Übung',
  'cl.practice.note':
    'diese Mission ist noch nicht freigeschaltet, daher zählt ihr Ergebnis nicht in deiner Kampagne.',
  'cl.practice.sandbox':
    'ein freier Plan im Planungs-Sandkasten: sein Ergebnis zählt nicht in deiner Kampagne.',

  // ---------------------------------------------------------------- menu, Teachers screen
  'menu.teachers': 'Für Lehrkräfte',
  'cl.teachers.title': 'Für Lehrkräfte',
  'cl.teachers.lede':
    'Alles, was eine Klasse braucht, ohne Konto und ohne Server: ein druckbarer Unterrichtsleitfaden, Codes zum Einsammeln der Arbeiten und ein Präsentationsmodus für den Beamer.',
  'cl.teachers.results': 'Ergebnisse der Klasse',
  'cl.teachers.print': 'Leitfaden drucken',
  'cl.teachers.presenter': 'Präsentationsmodus',
  'cl.teachers.back': 'Zurück zum Menü',
  'cl.teachers.contents': 'Inhalt',

  // ---------------------------------------------------------------- Teacher results
  'cl.results.title': 'Ergebnisse der Klasse',
  'cl.results.help':
    'Füge die Ergebniscodes ein, die deine Schülerinnen und Schüler abgegeben haben, einen pro Zeile (Reihenfolge egal, Leerzeilen sind in Ordnung). Das Spiel spielt jede Mission aus Plan und Entscheidungen nach und markiert einen Code, dessen Punktzahl nicht passt. Nichts verlässt diesen Browser.',
  'cl.results.codes': 'Ergebniscodes',
  'cl.results.show': 'Klasse anzeigen',
  'cl.results.clear': 'Leeren',
  'cl.results.summary': '{read} Ergebnisse gelesen, {bad} unlesbar, {edited} als „bearbeitet?“ markiert',
  'cl.results.empty': 'Noch keine Ergebniscodes: Füge sie oben ein und wähle „Klasse anzeigen“.',
  'cl.results.table': 'Ergebnisse der Klasse',
  'cl.results.sortBy': 'Nach {column} sortieren',
  'cl.results.col.name': 'Name',
  'cl.results.col.level': 'Mission',
  'cl.results.col.lawful': 'Plan vertragsgemäß',
  'cl.results.col.score': 'Punkte',
  'cl.results.col.stars': 'Sterne',
  'cl.results.col.trust': 'Vertrauen',
  'cl.results.col.findings': 'Befunde',
  'cl.results.col.checked': 'Prüfung',
  'cl.results.yes': 'ja',
  'cl.results.no': 'nein',
  'cl.results.ok': 'stimmt mit der Wiederholung überein',
  'cl.results.edited': 'bearbeitet?',
  'cl.results.none': 'keine',
  'cl.results.unreadable': 'Zeilen, die sich nicht lesen ließen',
  'cl.results.line': 'Zeile {line}: {reason}',
  'cl.results.csv': 'CSV herunterladen',
  'cl.results.print': 'Tabelle drucken',
  'cl.results.back': 'Zurück zu „Für Lehrkräfte“',

  // ---------------------------------------------------------------- presenter mode
  'cl.presenter.on': 'Präsentationsmodus: an',
  'cl.presenter.off': 'Präsentationsmodus: aus',
  'cl.presenter.bar': 'Präsentationsmodus',
  'cl.presenter.keys':
    'P: Präsentationsmodus · Bild ab oder N: nächster Schritt · Bild auf: zurück zur Planung',
  'cl.presenter.next': 'Nächster Schritt',
  'cl.presenter.exit': 'Präsentationsmodus beenden',
  'say.presenterOn':
    'Präsentationsmodus an: große Schrift und hoher Kontrast. Bild ab geht schrittweise durch die Mission.',
  'say.presenterOff': 'Präsentationsmodus aus.',
};

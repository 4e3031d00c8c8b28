/**
 * Die deutsche Tabelle: every key of the English table (en.ts), file by file. Each de-<area>.ts
 * beside its en-<area>.ts is typed `Record<keyof typeof en<Area>, string>`, so a key missing or
 * left over is a type error; `de` below must cover the whole English table (en-late.ts too).
 *
 * Vocabulary (the treaty's official German text): Vertrag über den Offenen Himmel,
 * Beobachtungsflug, beobachtende / beobachtete Vertragspartei, Gastgeber (the observed party
 * reviewing a plan), aktive / passive Quote, Wegpunkt, Abschnitt (leg), Befund (finding),
 * Verstoß, Auflage des Gastgebers (host restriction), Hinweis (notice), Sperrgebiet.
 * Article numbers, proper names and units stay as in English.
 */
import type { enCore } from './en';
import type { MessageKey } from './pack';
import { deCampaignEnd, deCampaignEndLinks, deMapLegend, deSandboxFit } from './de-campaign-end';
import { deClassroom } from './de-classroom';
import { deFindings } from './de-findings';
import { deGuide } from './de-guide';
import { deGuideTimeline } from './de-guide-timeline';
import { deHandbook } from './de-handbook';
import { deHistory } from './de-history';
import { deHost } from './de-host';
import { deHotseat } from './de-hotseat';
import { deLegend } from './de-legend';
import { deOutcome } from './de-outcome';
import { dePlanning } from './de-planning';
import { dePreview } from './de-preview';
import { deRelease } from './de-release';
import { deSave } from './de-save';

const deCore: Record<keyof typeof enCore, string> = {
  // ---------------------------------------------------------------- common
  'common.close': 'Schließen',
  'common.on': 'An',
  'common.off': 'Aus',
  'common.appName': 'Open Skies',

  // ---------------------------------------------------------------- skip link, gear, map
  'a11y.skipToContent': 'Zu den Bedienelementen springen',
  'a11y.skipToMap': 'Zur Karte springen',
  'a11y.gear': 'Einstellungen',
  'a11y.shortcutsButton': 'Tastenkürzel',
  'a11y.mapLabel.idle': 'Karte von Europa und Nordamerika zum Vertrag über den Offenen Himmel',
  'a11y.mapLabel.mission': 'Karte: {observer} beobachtet {host}. {route}',
  'a11y.mapLabel.noRoute': 'Noch keine Wegpunkte.',
  'a11y.mapLabel.route.one': 'Route mit {count} Wegpunkt, {distance} von {max} km.',
  'a11y.mapLabel.route.other': 'Route mit {count} Wegpunkten, {distance} von {max} km.',

  // ---------------------------------------------------------------- settings panel
  'settings.title': 'Einstellungen',
  'settings.section.sound': 'Ton',
  'settings.section.display': 'Anzeige',
  'settings.section.play': 'Spiel',
  'settings.effectsVolume': 'Lautstärke der Effekte',
  'settings.musicVolume': 'Lautstärke der Musik',
  'settings.muted': 'Alle Töne aus',
  'settings.captions': 'Untertitel für Töne',
  'settings.uiScale': 'Text- und Oberflächengröße',
  'settings.reducedMotion': 'Bewegung verringern',
  'settings.reducedMotion.system': 'Wie im System ({value})',
  'settings.reducedMotion.on': 'An: keine Kameraschwenks, Flüge in Schritten',
  'settings.reducedMotion.off': 'Aus',
  'settings.palette': 'Farbpalette',
  'settings.palette.okabe-ito': 'Okabe–Ito (farbenblind-sicher)',
  'settings.palette.high-contrast': 'Hoher Kontrast',
  'settings.timeSpeed': 'Standard-Fluggeschwindigkeit',
  'settings.timeSpeed.value': '{speed}× Zeit',
  'settings.language': 'Sprache',
  'settings.reset': 'Standardwerte wiederherstellen',
  'settings.saveUnavailable':
    'Dieser Browser erlaubt kein Speichern: Die Einstellungen gelten nur für diesen Besuch.',
  'settings.percent': '{value} %',

  // ---------------------------------------------------------------- keyboard shortcuts sheet
  'shortcuts.title': 'Tastenkürzel',
  'shortcuts.intro':
    'Jede Aktion hat auch eine Schaltfläche. Tastenkürzel wirken, solange kein Textfeld den Fokus hat.',
  'shortcuts.group.general': 'Überall',
  'shortcuts.group.map': 'Karte und Route',
  'shortcuts.group.flight': 'Flug',
  'shortcuts.help': 'Diese Liste der Tastenkürzel zeigen',
  'shortcuts.settings': 'Einstellungen öffnen',
  'shortcuts.handbook': 'Das Vertragshandbuch öffnen',
  'shortcuts.escape': 'Offenes Fenster oder offenen Dialog schließen',
  'shortcuts.tab': 'Zwischen Bedienelementen wechseln',
  'shortcuts.pan': 'Karte verschieben',
  'shortcuts.zoom': 'Vergrößern / verkleinern',
  'shortcuts.delete': 'Ausgewählten Wegpunkt löschen',
  'shortcuts.undo': 'Rückgängig',
  'shortcuts.redo': 'Wiederherstellen',
  'shortcuts.pause': 'Flug anhalten / fortsetzen',
  'shortcuts.speed': 'Fluggeschwindigkeit 1×, 2×, 4×, 8×, 16×',
  'shortcuts.key.arrows': 'Pfeiltasten',
  'shortcuts.key.space': 'Leertaste',
  'shortcuts.key.escape': 'Esc',
  'shortcuts.key.delete': 'Entf',
  'shortcuts.key.backspace': 'Rücktaste',
  'shortcuts.key.enter': 'Eingabe',
  'shortcuts.key.tab': 'Tab',
  'shortcuts.key.ctrl': 'Strg',
  'shortcuts.key.shift': 'Umschalt',
  'shortcuts.key.or': 'oder',

  // ---------------------------------------------------------------- captions (text twins of sounds)
  'caption.click': 'Klick',
  'caption.shutter': 'Auslöser – {target} aufgenommen',
  'caption.alert': 'Warnton – {finding}',
  'caption.alert.more': 'Warnton – {finding} (+{more})',
  'caption.engineStart': 'Motorbrummen – Flug mit {speed}×',
  'caption.engineSpeed': 'Motorbrummen – {speed}×',
  'caption.engineStop': 'Motor still',
  'caption.music': 'Ruhige Musik',

  // ---------------------------------------------------------------- screen-reader announcements
  'announce.lawful': 'Plan vertragsgemäß: {distance} von {max} km.',
  'announce.lawfulWithNotices.one': 'Plan vertragsgemäß mit {count} Hinweis: {distance} von {max} km.',
  'announce.lawfulWithNotices.other': 'Plan vertragsgemäß mit {count} Hinweisen: {distance} von {max} km.',
  'announce.problems.one': '{count} Problem: {list}.',
  'announce.problems.other': '{count} Probleme: {list}.',
  'announce.capture': '{target} mit {resolution} m aufgenommen.',
  'announce.phase.briefing': 'Briefing.',
  'announce.phase.planning': 'Planung: Zeichne die Route.',
  'announce.phase.review': 'Der Gastgeber prüft den Plan.',
  'announce.phase.flight': 'Der Flug läuft.',
  'announce.phase.debrief': 'Auswertung.',
  'say.wp-added': 'Wegpunkt {n} hinzugefügt.',
  'say.wp-inserted': 'Wegpunkt {n} eingefügt.',
  'say.wp-deleted': 'Wegpunkt {n} gelöscht.',
  'say.undone': 'Rückgängig gemacht.',
  'say.redone': 'Wiederhergestellt.',
  'say.locked': 'Route gesperrt: Die Karte lässt sich nur verschieben.',
  'say.unlocked': 'Route entsperrt: Du kannst die Route bearbeiten.',
  'say.briefing': 'Briefing: {title}.',
  'say.planning': 'Planung. Setze Wegpunkte auf der Karte oder in der Routentabelle.',
  'say.submitted.accept': 'Plan eingereicht. Der Gastgeber nimmt ihn an.',
  'say.submitted.propose': 'Plan eingereicht. Der Gastgeber schlägt Änderungen vor.',
  'say.submitted.demand': 'Plan eingereicht. Der Gastgeber verlangt Änderungen.',
  'say.submitted.refuse': 'Plan eingereicht. Der Gastgeber lehnt ihn ab.',
  'say.protest.accept':
    'Protest unter Berufung auf {article} eingelegt. Der Gastgeber nimmt den Plan jetzt an.',
  'say.protest.propose':
    'Protest unter Berufung auf {article} eingelegt. Der Gastgeber schlägt weiter Änderungen vor.',
  'say.protest.demand':
    'Protest unter Berufung auf {article} eingelegt. Der Gastgeber verlangt weiter Änderungen.',
  'say.protest.refuse': 'Protest unter Berufung auf {article} eingelegt. Der Gastgeber lehnt weiter ab.',
  'say.declined': 'Mission abgelehnt. Sie wird nicht auf die Quote angerechnet.',
  'say.takeoff': 'Start. Der Flug hat begonnen.',
  'say.paused': 'Flug angehalten.',
  'say.unpaused': 'Flug fortgesetzt.',
  'say.landed': 'Gelandet. Punktzahl {score}, {stars} von 3 Sternen.',
  'say.deviation-accepted': 'Abweichung angenommen: Sensoren für eine halbe Stunde aus.',
  'say.deviation-refused-safety':
    'Abweichung abgelehnt. Der Gastgeber bat aus Gründen der Flugsicherheit: Das kostet Vertrauen.',
  'say.deviation-refused-lawful':
    'Abweichung abgelehnt. Der Grund war nicht die Flugsicherheit: Die Ablehnung ist rechtmäßig.',
  'say.resumed': 'Mission fortgesetzt: {title}.',
  'say.save-level-missing':
    'Die gespeicherte Mission „{id}“ gibt es in dieser Version nicht, deshalb wurde sie geschlossen.',
  'say.save-plan-broken':
    'Der gespeicherte Plan von „{title}“ ließ sich nicht lesen ({problem}), deshalb wurde die Mission geschlossen. Dein Fortschritt bleibt erhalten.',
  // ---------------------------------------------------------------- start, menu, free flight, about
  'start.button': 'Start',
  'start.lede':
    'Plane unbewaffnete Beobachtungsflüge nach dem Vertrag über den Offenen Himmel: 1992 unterzeichnet, seit 2002 in Kraft und für seine übrigen Mitglieder weiter in Kraft, nachdem die USA 2020 und Russland 2021 ausgetreten sind.',
  'start.loading': 'Die Weltkarte wird geladen …',
  'start.ready': 'Karte bereit.',
  'menu.lede': 'Fliege über ein anderes Land – nach den Regeln des Vertrags.',
  'menu.nav': 'Hauptmenü',
  'menu.continue': 'Mission fortsetzen',
  'menu.campaign': 'Kampagne',
  'menu.freeFlight': 'Freier Flug',
  'menu.settings': 'Einstellungen',
  'menu.about': 'Über das Spiel',
  'menu.levelErrors.title': 'Einige Missionsdateien ließen sich nicht laden ({count})',
  'menu.levelErrors.help':
    'Die anderen Missionen funktionieren weiter. Korrigiere die Datei an dem angegebenen JSON-Pfad und lade dann neu.',
  'menu.levelErrors.more': '… und {count} weitere Probleme in dieser Datei.',
  'freeFlight.title': 'Freier Flug',
  'freeFlight.observe': 'Beobachtete Vertragspartei',
  'freeFlight.help':
    'Ziehen oder Pfeiltasten zum Verschieben, Mausrad, Zwei-Finger-Geste oder + / − zum Zoomen. Die Ringe zeigen, wie weit ein Hin- und Rückflug von jedem Open-Skies-Flugplatz reicht.',
  'freeFlight.back': 'Zurück zum Menü',
  'about.title': 'Über Open Skies',
  'about.what':
    'Ein Spiel über den Vertrag über den Offenen Himmel: 34 Staaten erlaubten einander, mit unbewaffneten Beobachtungsflugzeugen über ihr gesamtes Gebiet zu fliegen, um Vertrauen zu schaffen. Du planst die Flüge, und der Gastgeber prüft sie anhand des Vertrags.',
  'about.privacy':
    'Kein Konto, kein Server, keine Verfolgung: Das Spiel läuft in deinem Browser und speichert dort deinen Spielstand.',
  'about.sources': 'Quellen zum Vertrag',
  'about.unsure':
    'Wo keine Quelle eine Zahl bestätigt, sagt das Spiel das und verwendet einen Näherungswert.',
  'about.licences': 'Kartendaten, Code und Schrift',
  'about.credit.naturalEarth': 'Ländergrenzen (1:50m)',
  'about.credit.worldAtlas': 'Natural Earth als TopoJSON',
  'about.credit.phaser': 'die Karten-Engine',
  'about.credit.howler': 'Ton',
  'about.credit.plex': 'Schriften',
  'about.credit.lucide': 'Symbole',
  'about.credit.libs': 'Projektion, Geometrie und Zustand',
  'about.gameLicence': 'Open Skies selbst steht unter der MIT-Lizenz.',
  'about.back': 'Zurück zum Menü',
};

/** The German table: every key of the English one (a missing or stray key is a type error). */
export const de: Record<MessageKey, string> = {
  ...deCore,
  ...dePlanning,
  ...deOutcome,
  ...deRelease,
  ...deClassroom,
  ...deGuide,
  ...deGuideTimeline,
  ...deSave,
  ...deHistory,
  ...dePreview,
  ...deHost,
  ...deHotseat,
  ...deFindings,
  ...deHandbook,
  ...deLegend,
  ...deCampaignEnd,
  ...deCampaignEndLinks,
  ...deMapLegend,
  ...deSandboxFit,
};

/**
 * Every player-facing string, in English: the reference table. Keys are `area.thing`; `{name}`
 * is a parameter; plurals are `key.one` / `key.other` (used through tn()). The table is split by
 * area: this file (enCore) and one en-<area>.ts per area, spread into `en` below. German mirrors
 * it file by file: de-<area>.ts typed `Record<keyof typeof en<Area>, string>` beside each
 * en-<area>.ts, spread into `de` in de.ts (a key missing in German is a type error).
 * The words of the Teacher guide (en-guide.ts, en-guide-timeline.ts) and of the trust story
 * (en-campaign-end.ts) are not in this table, which is part of the first screen's code: they
 * come with their screens (see en-late.ts).
 */
import { enClassroom } from './en-classroom';
import { enHost } from './en-host';
import { enHotseat } from './en-hotseat';
import { enHistory } from './en-history';
import { enOutcome } from './en-outcome';
import { enPlanning } from './en-planning';
import { enRelease } from './en-release';
import { enSave } from './en-save';
import { enPreview } from './en-preview';
import { enFindings } from './en-findings';
import { enHandbook } from './en-handbook';
import { enLegend } from './en-legend';
import { enCampaignEndLinks, enMapLegend, enSandboxFit } from './en-campaign-end';

export const enCore = {
  // ---------------------------------------------------------------- common
  'common.close': 'Close',
  'common.on': 'On',
  'common.off': 'Off',
  'common.appName': 'Open Skies',

  // ---------------------------------------------------------------- skip link, gear, map
  'a11y.skipToContent': 'Skip to the main controls',
  'a11y.skipToMap': 'Skip to the map',
  'a11y.gear': 'Settings',
  'a11y.shortcutsButton': 'Keyboard shortcuts',
  'a11y.mapLabel.idle': 'Map of Europe and North America for the Treaty on Open Skies',
  'a11y.mapLabel.mission': 'Map: {observer} observing {host}. {route}',
  'a11y.mapLabel.noRoute': 'No waypoints yet.',
  'a11y.mapLabel.route.one': 'Route with {count} waypoint, {distance} of {max} km.',
  'a11y.mapLabel.route.other': 'Route with {count} waypoints, {distance} of {max} km.',

  // ---------------------------------------------------------------- settings panel
  'settings.title': 'Settings',
  'settings.section.sound': 'Sound',
  'settings.section.display': 'Display',
  'settings.section.play': 'Play',
  'settings.effectsVolume': 'Effects volume',
  'settings.musicVolume': 'Music volume',
  'settings.muted': 'Mute all sound',
  'settings.captions': 'Captions for sounds',
  'settings.uiScale': 'Text and interface size',
  'settings.reducedMotion': 'Reduce motion',
  'settings.reducedMotion.system': 'Follow the system ({value})',
  'settings.reducedMotion.on': 'On: no camera moves, flights step',
  'settings.reducedMotion.off': 'Off',
  'settings.palette': 'Colour palette',
  'settings.palette.okabe-ito': 'Okabe–Ito (colour-blind safe)',
  'settings.palette.high-contrast': 'High contrast',
  'settings.timeSpeed': 'Default flight speed',
  'settings.timeSpeed.value': '{speed}× time',
  'settings.language': 'Language',
  'settings.reset': 'Restore defaults',
  'settings.saveUnavailable': 'This browser does not allow saving: settings last only for this visit.',
  'settings.percent': '{value}%',

  // ---------------------------------------------------------------- keyboard shortcuts sheet
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.intro': 'Every action also has a button. Shortcuts work when the focus is not in a text field.',
  'shortcuts.group.general': 'Anywhere',
  'shortcuts.group.map': 'Map and route',
  'shortcuts.group.flight': 'Flight',
  'shortcuts.help': 'Show this list of shortcuts',
  'shortcuts.settings': 'Open the settings',
  'shortcuts.handbook': 'Open the Treaty Handbook',
  'shortcuts.escape': 'Close the open panel or dialog',
  'shortcuts.tab': 'Move between controls',
  'shortcuts.pan': 'Pan the map',
  'shortcuts.zoom': 'Zoom in / out',
  'shortcuts.delete': 'Delete the selected waypoint',
  'shortcuts.undo': 'Undo',
  'shortcuts.redo': 'Redo',
  'shortcuts.pause': 'Pause / resume the flight',
  'shortcuts.speed': 'Flight speed 1×, 2×, 4×, 8×, 16×',
  'shortcuts.key.arrows': 'Arrow keys',
  'shortcuts.key.space': 'Space',
  'shortcuts.key.escape': 'Esc',
  'shortcuts.key.delete': 'Delete',
  'shortcuts.key.backspace': 'Backspace',
  'shortcuts.key.enter': 'Enter',
  'shortcuts.key.tab': 'Tab',
  'shortcuts.key.ctrl': 'Ctrl',
  'shortcuts.key.shift': 'Shift',
  'shortcuts.key.or': 'or',

  // ---------------------------------------------------------------- captions (text twins of sounds)
  'caption.click': 'Click',
  'caption.shutter': 'Shutter — {target} captured',
  'caption.alert': 'Alert — {finding}',
  'caption.alert.more': 'Alert — {finding} (+{more})',
  'caption.engineStart': 'Engine hum — flying at {speed}×',
  'caption.engineSpeed': 'Engine hum — {speed}×',
  'caption.engineStop': 'Engine quiet',
  'caption.music': 'Calm music',

  // ---------------------------------------------------------------- screen-reader announcements
  'announce.lawful': 'Plan lawful: {distance} of {max} km.',
  'announce.lawfulWithNotices.one': 'Plan lawful with {count} notice: {distance} of {max} km.',
  'announce.lawfulWithNotices.other': 'Plan lawful with {count} notices: {distance} of {max} km.',
  'announce.problems.one': '{count} problem: {list}.',
  'announce.problems.other': '{count} problems: {list}.',
  'announce.capture': 'Captured {target} at {resolution} m.',
  'announce.phase.briefing': 'Briefing.',
  'announce.phase.planning': 'Planning: draw the route.',
  'announce.phase.review': 'Host review of the plan.',
  'announce.phase.flight': 'Flight under way.',
  'announce.phase.debrief': 'Debrief.',
  // What the mission actions announce (src/state speaks keys; the announcer translates).
  'say.wp-added': 'Waypoint {n} added.',
  'say.wp-inserted': 'Waypoint {n} inserted.',
  'say.wp-deleted': 'Waypoint {n} deleted.',
  'say.undone': 'Undone.',
  'say.redone': 'Redone.',
  'say.locked': 'Route locked: the map only pans.',
  'say.unlocked': 'Route unlocked: you can edit the route.',
  'say.briefing': 'Briefing: {title}.',
  'say.planning': 'Planning. Add waypoints on the map or in the route table.',
  'say.submitted.accept': 'Plan submitted. The host accepts it.',
  'say.submitted.propose': 'Plan submitted. The host proposes changes.',
  'say.submitted.demand': 'Plan submitted. The host demands changes.',
  'say.submitted.refuse': 'Plan submitted. The host refuses it.',
  'say.protest.accept': 'Protest sent citing {article}. The host now accepts the plan.',
  'say.protest.propose': 'Protest sent citing {article}. The host still proposes changes.',
  'say.protest.demand': 'Protest sent citing {article}. The host still demands changes.',
  'say.protest.refuse': 'Protest sent citing {article}. The host still refuses.',
  'say.declined': 'Mission declined. It does not count against the quota.',
  'say.takeoff': 'Take-off. The flight has begun.',
  'say.paused': 'Flight paused.',
  'say.unpaused': 'Flight resumed.',
  'say.landed': 'Landed. Score {score}, {stars} of 3 stars.',
  'say.deviation-accepted': 'Deviation accepted: sensors off for half an hour.',
  'say.deviation-refused-safety': 'Deviation refused. The host asked for flight safety: that costs trust.',
  'say.deviation-refused-lawful': 'Deviation refused. The reason was not flight safety: refusing is lawful.',
  'say.resumed': 'Mission resumed: {title}.',
  'say.save-level-missing': 'The saved mission "{id}" is not available in this version, so it was closed.',
  'say.save-plan-broken':
    'The saved plan of "{title}" could not be read ({problem}), so that mission was closed. Your progress is kept.',
  // ---------------------------------------------------------------- start, menu, free flight, about
  'start.button': 'Start',
  'start.lede':
    'Plan unarmed observation flights under the Treaty on Open Skies: signed in 1992, in force since 2002, and still in force for its other members after the United States left in 2020 and Russia in 2021.',
  'start.loading': 'Loading the world map…',
  'start.ready': 'Map ready.',
  'menu.lede': 'Fly over another country, by the treaty’s rules.',
  'menu.nav': 'Main menu',
  'menu.continue': 'Continue mission',
  'menu.campaign': 'Campaign',
  'menu.freeFlight': 'Free flight',
  'menu.settings': 'Settings',
  'menu.about': 'About',
  'menu.levelErrors.title': 'Some level files could not be loaded ({count})',
  'menu.levelErrors.help': 'The other missions still work. Fix the file at the JSON path shown, then reload.',
  'menu.levelErrors.more': '…and {count} more problems in this file.',
  'freeFlight.title': 'Free flight',
  'freeFlight.observe': 'Observed party',
  'freeFlight.help':
    'Drag or use the arrow keys to pan, the wheel, a pinch or + / − to zoom. Rings show how far an out-and-back flight reaches from each Open Skies airfield.',
  'freeFlight.back': 'Back to the menu',
  'about.title': 'About Open Skies',
  'about.what':
    'A game about the Treaty on Open Skies: 34 states let each other fly unarmed observation aircraft over their whole territory, to build trust. You plan the flights, and the host checks them against the treaty.',
  'about.privacy':
    'No login, no server, no tracking: the game runs in your browser and keeps its save there.',
  'about.sources': 'Treaty sources',
  'about.unsure': 'Where no source confirmed a figure, the game says so and uses an approximation.',
  'about.licences': 'Map data, code and type',
  'about.credit.naturalEarth': 'country shapes (1:50m)',
  'about.credit.worldAtlas': 'Natural Earth as TopoJSON',
  'about.credit.phaser': 'the map engine',
  'about.credit.howler': 'sound',
  'about.credit.plex': 'typefaces',
  'about.credit.lucide': 'icons',
  'about.credit.libs': 'projection, geometry and state',
  'about.gameLicence': 'Open Skies itself is MIT-licensed.',
  'about.back': 'Back to the menu',
} as const;

/** The English table built into the game (words of later screens join it: en-late.ts). */
export const en = {
  ...enCore,
  ...enPlanning,
  ...enOutcome,
  ...enRelease,
  ...enClassroom,
  ...enSave,
  ...enHistory,
  ...enPreview,
  ...enHost,
  ...enHotseat,
  ...enFindings,
  ...enHandbook,
  ...enLegend,
  ...enCampaignEndLinks,
  ...enMapLegend,
  ...enSandboxFit,
} as const;

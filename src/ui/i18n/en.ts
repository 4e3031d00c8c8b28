/**
 * Every player-facing UI string, in English. Keys are `area.thing`; `{name}` is a parameter;
 * plurals are `key.one` / `key.other` (used through tn()). Anyone may append keys here.
 * A translation is a copy of this file named by its language code (fr.ts) with the texts changed.
 */
export const en = {
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
  'settings.percent': '{value} %',

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
  'shortcuts.addWaypoint': 'Add a waypoint at the centre of the map',
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
  'announce.paused': 'Flight paused.',
  'announce.resumed': 'Flight resumed at {speed}×.',
  'announce.settingsSaved': '{setting}: {value}.',
} as const;

export const table = en;
export const languageName = 'English';

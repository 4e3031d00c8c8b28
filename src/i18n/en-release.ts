/** Strings of the release layer: the "updated" note shown on the first visit after a new build. */
export const enRelease = {
  'release.updated': 'Open Skies was updated to version {version}. Your progress is kept.',
  'release.updatedDismiss': 'Dismiss',
  'release.updateReady': 'A new version of Open Skies is ready: it loads the next time you open the game.',
} as const;

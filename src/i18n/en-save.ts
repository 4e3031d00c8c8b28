/** Strings about the save: a save that could not be read, one from a newer build, no storage. */
export const enSave = {
  'save.problem.unreadable':
    'Your saved game could not be read, so a new game has started; the broken save is kept on this device.',
  'save.problem.newer':
    'Your saved game was made by a newer version of Open Skies; this version kept what it understands, and the original is kept on this device.',
  'save.problem.repaired':
    'Part of your saved game could not be read and was reset; the rest was kept, and so is the original.',
  'save.download': 'Download the broken save',
  'save.startFresh': 'Start fresh',
  'save.keep': 'Continue',
  'save.noStorage':
    'This browser is not letting the game save right now, so progress may not last; the game keeps trying.',
  'save.dismiss': 'Dismiss',
  'save.newerFinding': 'A finding made by a newer version ({code})',
  'say.save-newer':
    'The saved mission "{title}" was made by a newer version of Open Skies, so it was closed.',
} as const;

/**
 * English strings of the history area: the treaty's status on the About screen, the opening
 * card before the campaign (why the treaty existed) and the debrief's "in each side's words".
 * Spread into the English table by en.ts; a translation still covers these keys in its one file.
 */
export const enHistory = {
  'about.status':
    'The treaty was signed in Helsinki in 1992 and came into force in 2002. The United States left on 22 November 2020 and Russia on 18 December 2021. The treaty is still in force for the parties that remain.',
  'hist.gameValues': 'Game values and approximations:',
  'hist.voices': 'In each side’s own words',
  'hist.says': '{who} says:',
  'hist.voiceSource': 'Source: {source}',
} as const;

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
  'open.title': 'Before mission 01: why Open Skies?',
  'open.summary': 'Read first: what the treaty was for, where it came from, and how it ended (2 minutes)',
  'open.idea':
    'The idea is simple. If each side may fly over the other and look at its army, neither can prepare a surprise attack in secret. Looking builds trust. Experts call this confidence-building by mutual observation.',
  'open.1955':
    '1955: US President Eisenhower proposed that the United States and the Soviet Union let each other fly over their land. The Soviet Union said no. It saw the flights as spying.',
  'open.1989': '1989: as the Cold War ended, President George H. W. Bush brought the idea back in May.',
  'open.1992':
    '1992: the treaty was signed in Helsinki on 24 March. It came into force on 1 January 2002. In the end 34 states took part, from the United States and Canada to Russia.',
  'open.share':
    'The pictures are shared (Art. IX §IV). The observed country gets a copy, and any other party may ask for one. So a small country without satellites could see what the big ones saw.',
  'open.end':
    'The United States left in 2020 and Russia in 2021. Each side says the other broke the trust. The treaty is still in force for the others. The last mission lets you hear both sides.',
  'open.sources': 'Sources',
  'open.start': 'On to mission 01',
} as const;

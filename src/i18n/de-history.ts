/** German for en-history.ts (treaty status, the opening card, each side's words). */
import type { enHistory } from './en-history';

export const deHistory: Record<keyof typeof enHistory, string> = {
  'about.status':
    'Der Vertrag wurde 1992 in Helsinki unterzeichnet und trat 2002 in Kraft. Die USA traten am 22. November 2020 aus, Russland am 18. Dezember 2021. Für die übrigen Vertragsparteien ist der Vertrag weiter in Kraft.',
  'hist.gameValues': 'Spielwerte und Näherungen:',
  'hist.voices': 'Mit den eigenen Worten jeder Seite',
  'hist.says': '{who} sagt:',
  'hist.voiceSource': 'Quelle: {source}',
  'open.title': 'Vor Mission 01: Warum Open Skies?',
  'open.summary': 'Zuerst lesen: wozu der Vertrag diente, woher er kam und wie er endete (2 Minuten)',
  'open.idea':
    'Die Idee ist einfach. Wenn jede Seite über die andere fliegen und deren Streitkräfte ansehen darf, kann keine heimlich einen Überraschungsangriff vorbereiten. Hinsehen schafft Vertrauen. Fachleute nennen das Vertrauensbildung durch gegenseitige Beobachtung.',
  'open.1955':
    '1955: US-Präsident Eisenhower schlug vor, dass die USA und die Sowjetunion einander über ihr Land fliegen lassen. Die Sowjetunion lehnte ab. Sie sah in den Flügen Spionage.',
  'open.1989':
    '1989: Als der Kalte Krieg zu Ende ging, griff Präsident George H. W. Bush die Idee im Mai wieder auf.',
  'open.1992':
    '1992: Der Vertrag wurde am 24. März in Helsinki unterzeichnet. Er trat am 1. Januar 2002 in Kraft. Am Ende machten 34 Staaten mit, von den USA und Kanada bis Russland.',
  'open.share':
    'Die Bilder werden geteilt (Art. IX §IV). Das beobachtete Land erhält eine Kopie, und jede andere Vertragspartei kann eine anfordern. So konnte auch ein kleines Land ohne Satelliten sehen, was die großen sahen.',
  'open.end':
    'Die USA traten 2020 aus, Russland 2021. Jede Seite sagt, die andere habe das Vertrauen gebrochen. Für die anderen ist der Vertrag weiter in Kraft. In der letzten Mission hörst du beide Seiten.',
  'open.sources': 'Quellen',
  'open.start': 'Weiter zu Mission 01',
};

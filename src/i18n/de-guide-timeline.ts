/** German for en-guide-timeline.ts (the Teacher guide's 1955–2021 timeline; sources keep their titles). */
import type { enGuideTimeline } from './en-guide-timeline';

export const deGuideTimeline: Record<keyof typeof enGuideTimeline, string> = {
  'guide.tl.h.date': 'Datum',
  'guide.tl.h.event': 'Was geschah',
  'guide.tl.h.source': 'Quelle',
  'guide.tl.1.date': '1955',
  'guide.tl.1.text':
    'Präsident Eisenhower schlägt „offene Himmel“ vor: Die USA und die Sowjetunion sollen einander über ihr Gebiet fliegen lassen.',
  'guide.tl.1.src': 'CRS Insight IN10502 (2020)',
  'guide.tl.2.date': '1989',
  'guide.tl.2.text': 'Präsident George H. W. Bush greift die Idee wieder auf.',
  'guide.tl.2.src': 'CRS Insight IN10502 (2020)',
  'guide.tl.3.date': '24. März 1992',
  'guide.tl.3.text': 'Der Vertrag wird in Helsinki unterzeichnet.',
  'guide.tl.3.src': 'Vertragstext',
  'guide.tl.4.date': '2001',
  'guide.tl.4.text':
    'Russland ratifiziert. Der Vertrag brauchte 20 Ratifikationen, um in Kraft zu treten, darunter die russische.',
  'guide.tl.4.src': 'Vertragstext, Art. XVII §2',
  'guide.tl.5.date': 'Jan. 2002',
  'guide.tl.5.text': 'Der Vertrag tritt für seine Vertragsparteien in Kraft.',
  'guide.tl.5.src': 'OSZE; CRS Insight IN10502',
  'guide.tl.6.date': '31. Dez. 2005',
  'guide.tl.6.text':
    'Ende der Anlaufphase: Die vollen Quoten gelten, und Infrarotsensoren dürfen eingesetzt werden.',
  'guide.tl.6.src': 'Vertrag Art. XVIII, Anhang A §II',
  'guide.tl.7.date': '2010',
  'guide.tl.7.text':
    'Russland lehnt erstmals Flüge im Umkreis von 10 km um Abchasien und Südossetien ab; ab 2012 lässt Georgien keine russischen Flüge mehr zu.',
  'guide.tl.7.src': 'civil.ge, 21. Mai 2020',
  'guide.tl.8.date': '2014',
  'guide.tl.8.text':
    'Nach 2014 können die USA nicht mehr nahe der russisch-ukrainischen Grenze fliegen; der US-Bericht zur Vertragstreue von 2015 nennt den versperrten Zugang über Kaliningrad.',
  'guide.tl.8.src': 'Air Force Magazine, 2015',
  'guide.tl.9.date': '2016',
  'guide.tl.9.text': 'Russland lässt digitale Sensoren an der Tu-154M-LK1 zertifizieren.',
  'guide.tl.9.src': 'TASS',
  'guide.tl.10.date': '9. Aug. 2017',
  'guide.tl.10.text':
    'Eine russische Tu-154M überfliegt Washington und Bedminster (New Jersey), während der US-Präsident dort ist, mit US-Personal an Bord – nach dem Vertrag rechtmäßig.',
  'guide.tl.10.src': 'Egypt Today; Dayton Daily News',
  'guide.tl.11.date': '2017',
  'guide.tl.11.text':
    'Russland begrenzt Flüge über Kaliningrad auf 500 km. Die USA antworten (wirksam etwa ab Jan. 2018) mit einer kürzeren Höchststrecke über Hawaii und weiteren Maßnahmen, die sie umkehrbar nennen.',
  'guide.tl.11.src': 'Sputnik, 29. Sep. 2017; Dayton Daily News',
  'guide.tl.12.date': '2018',
  'guide.tl.12.text':
    'Keine Quotenflüge: Der Jahresplan scheitert am Streit zwischen Georgien und Russland. Die USA verweigern die Zertifizierung der russischen Tu-214ON.',
  'guide.tl.12.src': 'Interfax, 23. Okt. 2018; World Military News',
  'guide.tl.13.date': 'Aug. 2019',
  'guide.tl.13.text': 'Ein russischer Beobachtungsflug über Hawaii.',
  'guide.tl.13.src': 'Honolulu Star-Advertiser',
  'guide.tl.14.date': '19. Feb. 2020',
  'guide.tl.14.text':
    'Beobachter aus den USA, Estland und Litauen überfliegen Kaliningrad; berichtet wird, dass Russland damit erstmals die US-Forderung zur 500-km-Grenze erfüllt.',
  'guide.tl.14.src': 'milmag.eu; LRT; Kommersant',
  'guide.tl.15.date': '22. Mai 2020',
  'guide.tl.15.text':
    'Die USA erklären ihren Austritt und nennen russische Beschränkungen und die Kartierung von US-Infrastruktur; sie treten am 22. Nov. 2020 aus.',
  'guide.tl.15.src': 'US-Außenministerium; CRS IN10502',
  'guide.tl.16.date': '15. Jan. 2021',
  'guide.tl.16.text':
    'Russland kündigt seinen Austritt an. Am 3. Feb. 2021 geben die USA bekannt, dass New START bis zum 5. Feb. 2026 verlängert wird.',
  'guide.tl.16.src': 'CRS IN10502; ASIL; TASS',
  'guide.tl.17.date': '18. Dez. 2021',
  'guide.tl.17.text':
    'Russland tritt aus, sechs Monate nach seiner Erklärung vom 18. Juni 2021. Für die übrigen Vertragsparteien bleibt der Vertrag in Kraft.',
  'guide.tl.17.src': 'TASS, 18. Dez. 2021; RFE/RL',
};

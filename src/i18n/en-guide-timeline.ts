/**
 * The Teacher guide's 1955–2021 timeline: each event with its date and source (levels/sources.json
 * names the same publishers). Part of the English table (en.ts), beside en-guide.ts.
 */
export const enGuideTimeline = {
  'guide.tl.h.date': 'Date',
  'guide.tl.h.event': 'What happened',
  'guide.tl.h.source': 'Source',
  'guide.tl.1.date': '1955',
  'guide.tl.1.text':
    'President Eisenhower proposes “open skies”: the US and the Soviet Union would let each other fly over their territory.',
  'guide.tl.1.src': 'CRS Insight IN10502 (2020)',
  'guide.tl.2.date': '1989',
  'guide.tl.2.text': 'President George H. W. Bush revives the idea.',
  'guide.tl.2.src': 'CRS Insight IN10502 (2020)',
  'guide.tl.3.date': '24 Mar 1992',
  'guide.tl.3.text': 'The treaty is signed in Helsinki.',
  'guide.tl.3.src': 'Treaty text',
  'guide.tl.4.date': '2001',
  'guide.tl.4.text':
    'Russia ratifies. The treaty needed 20 ratifications to enter into force, Russia’s among them.',
  'guide.tl.4.src': 'Treaty text, Art. XVII §2',
  'guide.tl.5.date': 'Jan 2002',
  'guide.tl.5.text': 'The treaty enters into force for its parties.',
  'guide.tl.5.src': 'OSCE; CRS Insight IN10502',
  'guide.tl.6.date': '31 Dec 2005',
  'guide.tl.6.text': 'End of the phase-in: full quotas apply and infrared sensors may be used.',
  'guide.tl.6.src': 'Treaty Art. XVIII, Annex A §II',
  'guide.tl.7.date': '2010',
  'guide.tl.7.text':
    'Russia begins refusing flights within 10 km of Abkhazia and South Ossetia; from 2012 Georgia accepts no Russian flights.',
  'guide.tl.7.src': 'civil.ge, 21 May 2020',
  'guide.tl.8.date': '2014',
  'guide.tl.8.text':
    'After 2014 the US cannot fly near the Russia–Ukraine border; the US 2015 compliance report cites blocked access over Kaliningrad.',
  'guide.tl.8.src': 'Air Force Magazine, 2015',
  'guide.tl.9.date': '2016',
  'guide.tl.9.text': 'Russia certifies digital sensors on the Tu-154M-LK1.',
  'guide.tl.9.src': 'TASS',
  'guide.tl.10.date': '9 Aug 2017',
  'guide.tl.10.text':
    'A Russian Tu-154M flies over Washington and over Bedminster, NJ, while the US president is there, with US personnel on board — lawful under the treaty.',
  'guide.tl.10.src': 'Egypt Today; Dayton Daily News',
  'guide.tl.11.date': '2017',
  'guide.tl.11.text':
    'Russia caps flights over Kaliningrad at 500 km. The US answers (effective about Jan 2018) with a shorter maximum distance over Hawaii and other measures called reversible.',
  'guide.tl.11.src': 'Sputnik, 29 Sep 2017; Dayton Daily News',
  'guide.tl.12.date': '2018',
  'guide.tl.12.text':
    'No quota flights: the yearly plan is blocked by the Georgia–Russia dispute. The US withholds certification of Russia’s Tu-214ON.',
  'guide.tl.12.src': 'Interfax, 23 Oct 2018; World Military News',
  'guide.tl.13.date': 'Aug 2019',
  'guide.tl.13.text': 'A Russian observation flight over Hawaii.',
  'guide.tl.13.src': 'Honolulu Star-Advertiser',
  'guide.tl.14.date': '19 Feb 2020',
  'guide.tl.14.text':
    'US, Estonian and Lithuanian observers fly over Kaliningrad, reported as Russia meeting the US demand on the 500 km limit for the first time.',
  'guide.tl.14.src': 'milmag.eu; LRT; Kommersant',
  'guide.tl.15.date': '22 May 2020',
  'guide.tl.15.text':
    'The US gives notice of withdrawal, citing Russian restrictions and the mapping of US infrastructure; it leaves on 22 Nov 2020.',
  'guide.tl.15.src': 'US State Department; CRS IN10502',
  'guide.tl.16.date': '15 Jan 2021',
  'guide.tl.16.text':
    'Russia announces it will leave. On 3 Feb 2021 the US announces that New START is extended to 5 Feb 2026.',
  'guide.tl.16.src': 'CRS IN10502; ASIL; TASS',
  'guide.tl.17.date': '18 Dec 2021',
  'guide.tl.17.text':
    'Russia leaves, six months after its notice of 18 Jun 2021. The treaty stays in force for the remaining parties.',
  'guide.tl.17.src': 'TASS, 18 Dec 2021; RFE/RL',
} as const;

/**
 * Strings of the end-of-campaign screen (the trust story 2002–2020, issue 10). The links to it
 * are in the English table (en.ts); the screen's own words come with it (en-late.ts). Every
 * year, number and name in a milestone or closing paragraph is backed by the sources listed
 * beside it (levels/sources.json; tests/unit/history/story.test.ts).
 */
/** The links to the trust story from the campaign and the debrief (the first screens' words). */
export const enCampaignEndLinks = {
  'end.open': 'The trust story',
  'end.openHint':
    'The campaign is complete: see how trust moved across the missions and the real treaty’s years.',
  'end.fromDebrief': 'See the trust story',
} as const;

export const enCampaignEnd = {
  'end.title': 'The trust story, 2002–2020',
  'end.kicker': 'End of the campaign',
  'end.back': 'Back to the campaign',
  'end.print': 'Print',
  'end.lead': 'You flew {flown} of {total} missions and earned {stars} of {max} stars.',
  'end.trend.rose': 'Trust between the parties rose from {start} to {end} over your missions.',
  'end.trend.fell': 'Trust between the parties fell from {start} to {end} over your missions.',
  'end.trend.held': 'Trust between the parties ended where it started, at {end}.',
  'end.history':
    'The real treaty lost its two largest parties: the United States left in 2020, Russia in 2021. The treaty is still in force for the parties that remain.',
  'end.chart.title': 'Trust after each mission, between the treaty’s milestones',
  'end.chart.alt':
    'Chart: trust from {start} at the start to {end} after the last mission, over {n} missions and {m} treaty milestones. The table below gives every value.',
  'end.chart.axis': 'Trust',
  'end.chart.start': 'start',
  'end.chart.note':
    'Columns follow the order of events, not a linear scale of years. Dotted lines are treaty milestones (letters as in the list).',
  'end.table.caption': 'Missions and treaty milestones in date order',
  'end.col.date': 'Date',
  'end.col.event': 'Event',
  'end.col.change': 'Trust change',
  'end.col.trust': 'Trust after',
  'end.col.stars': 'Stars',
  'end.row.mission': 'Mission {num}: {title}',
  'end.row.notFlown': 'not flown',
  'end.row.milestone': 'Milestone {letter}',
  'end.milestones': 'Treaty milestones',
  'end.sources': 'Sources',
  'end.m.in-force': 'The treaty enters into force on 1 January 2002; 34 countries are States Parties.',
  'end.m.georgia-corridor':
    'Russia refuses flights within 10 km of its border with Abkhazia and South Ossetia, a corridor that dates from 2010; Georgia stops accepting Russian flights from 2012.',
  'end.m.kaliningrad-report':
    'A US State Department compliance report of June 2015 cites blocked access to parts of Kaliningrad. When the limits began is not confirmed.',
  'end.m.kaliningrad-cap':
    'Russia’s Foreign Ministry confirms a 500 km cap on observation flights over Kaliningrad oblast; the overall limit of 5,500 km stays the same.',
  'end.m.us-measures':
    'In answer the Pentagon shortens the maximum distance over Hawaii, from about January 2018, and calls its measures reversible; Russia later complains of limits over Alaska and the Aleutians.',
  'end.m.no-flights':
    'No quota flights at all in 2018: the yearly plan is blocked because Georgia and Russia cannot agree.',
  'end.m.kaliningrad-flight':
    'On 19 February 2020 observers of the US, Estonian and Lithuanian governments fly over Kaliningrad: for the first time Russia meets the US demand on the 500 km limit. Flights then stop because of COVID.',
  'end.m.us-notice':
    'The United States gives notice of withdrawal on 22 May 2020, citing Russian restrictions; eleven European governments regret the decision while sharing its concerns.',
  'end.m.us-exit':
    'The US withdrawal takes effect on 22 November 2020. Russia asks the remaining parties for firm guarantees that flight data will not be passed on.',
  'end.m.russia-exit':
    'Russia leaves on 18 December 2021. The treaty stays in force for the parties that remain.',
  'end.close.title': 'Two sides of the argument',
  'end.close.us':
    'The United States said Russia broke the treaty: it capped flights over Kaliningrad, refused a corridor along the border with South Ossetia and Abkhazia and set altitude floors over Moscow. In May 2020 Pompeo said the United States “cannot remain in arms control agreements that are violated by the other side”, and that Moscow appeared to use the imagery to target critical infrastructure.',
  'end.close.russia':
    'Russia said the cap over Kaliningrad kept long criss-cross flights from disrupting Khrabrovo airport, and that it would allow flights near Abkhazia and South Ossetia again if Georgia resumed implementing the treaty. After the US exit it asked the remaining parties for “firm guarantees” that flight data would not go to countries outside the treaty; without them it left too, saying the US exit had caused “a substantial disruption of the balance of interests”.',
  'end.close.europe':
    'Eleven European governments regretted the US decision while sharing its concerns, and said the treaty “remains functioning and useful”. Already in 1993 a US Senate report had said the treaty would be of most value to European States, because the United States had its own satellites.',
  'end.close.shared':
    'Through early October 2019 there were 1,500 observation flights, and both sides got the data of each one. Whether that openness was worth its disputes is the question the campaign leaves with you.',
} as const;

/** The map legend's fold button (issue 10: a legend that can be folded away). */
export const enMapLegend = {
  'map.legend.button': 'Legend',
  'map.legend.label': 'Map legend',
} as const;

/** The sandbox's "Fit route" button (issue 10: the sandbox view refits only on request). */
export const enSandboxFit = {
  'sb.fitRoute': 'Fit route',
} as const;

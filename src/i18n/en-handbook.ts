/**
 * The Treaty Handbook's words: per entry (src/rules/handbook.ts: id, citation, codes) a title
 * and the rule in plain words. Article numbers stay as the treaty writes them, so a protest may
 * cite what the Handbook names (the rules read the entry's `cites`, never these words).
 */
export const enHandbook = {
  'handbook.art-2.title': 'What counts as territory',
  'handbook.art-2.rule':
    'A country’s territory is its land and islands. It also includes its sea up to 12 nautical miles (22 km) from the coast. Observation flights stay over the country being observed. Sensors stay off over any other country (Art. VII §3).',
  'handbook.art-3.title': 'Quotas',
  'handbook.art-3.rule':
    'Each country must accept a fixed number of flights over it each year. This is its passive quota. It may make at most as many flights as it accepts. This is its active quota. Every flight uses one.',
  'handbook.art-4.title': 'Sensors allowed',
  'handbook.art-4.rule':
    'Only four kinds of sensor are allowed. Cameras and video may not show things smaller than 30 cm. Infrared scanners may not show things smaller than 50 cm. Radar may not show things smaller than 3 m, but it sees through cloud.',
  'handbook.annex-d.title': 'Certified aircraft and sensors',
  'handbook.annex-d.rule':
    'Every aircraft and its sensors are tested and certified before use. Every member may take part in the test (Art. IV §11). A sensor the aircraft does not carry cannot be used.',
  'handbook.art-4-2.title': 'Minimum altitude',
  'handbook.art-4-2.rule':
    'A sensor may only be on at or above its lowest tested height. Lower down, it could show things smaller than the treaty allows.',
  'handbook.art-6-1.title': 'Aircraft range (flight safety)',
  'handbook.art-6-1.rule':
    'This is flight safety, not a treaty rule. An aircraft cannot fly further than its fuel allows. The plan may add stops to refuel (Art. VI §II.3).',
  'handbook.art-6-1-5.title': '72 hours’ notice',
  'handbook.art-6-1-5.rule':
    'The observing country must announce the flight at least 72 hours before it arrives.',
  'handbook.art-6-1-9.title': 'The 96-hour window',
  'handbook.art-6-1-9.rule':
    'The observation flight must end within 96 hours of arrival. Both sides may agree to more.',
  'handbook.art-6-2-2.title': 'Any point may be observed',
  'handbook.art-6-2-2.rule':
    'The flight may go over any point of the observed country, even dangerous airspace. There is one exception. Stay at least 10 km from the border of a country that is not a member.',
  'handbook.art-6-2-3.title': 'Where a flight ends',
  'handbook.art-6-2-3.rule':
    'An observation flight ends at one of the observed country’s Open Skies airfields.',
  'handbook.art-6-2-4.title': 'Shape of the route',
  'handbook.art-6-2-4.rule':
    'The route is flown as straight legs in the planned order. It may cross itself at one point only once. The aircraft may not circle over one spot.',
  'handbook.art-6-2-4a.title': 'Maximum flight distance',
  'handbook.art-6-2-4a.rule':
    'The whole route may not be longer than the longest route allowed from its airfield. Annex A lists them: Kubinka 5,000 km in the 1992 text. Russia said 5,500 km in 2017, so the game uses 5,500 km from 2010 (a game value).',
  'handbook.art-6-2-4e.title': '24 hours after the plan',
  'handbook.art-6-2-4e.rule':
    'The aircraft may take off at least 24 hours after the mission plan is handed in. Both sides may agree to less.',
  'handbook.art-6-2-5.title': 'Hazardous and exercise airspace',
  'handbook.art-6-2-5.rule':
    'In dangerous airspace the host must say what the danger is. It may offer another height, route or time. But it may not use the danger to stop any point being seen (Art. VI §II.6).',
  'handbook.art-8.title': 'When the host may object',
  'handbook.art-8.rule':
    'The host may refuse a plan that breaks the treaty (Art. VIII §I.1). It may ask for changes only for flight safety or an airfield problem (Art. VIII §I.4). A change may not stop any point being seen (Art. VI §II.6). If the two sides do not agree, the observer may decline. Then the flight does not count (Art. VIII §I.5).',
  'handbook.art-18.title': 'Start-up period',
  'handbook.art-18.rule':
    'Until 31 December 2005 infrared scanners could not be used unless both sides agreed. Fewer flights had to be accepted, too (Annex A §II).',
  'handbook.host-practice.title': 'Restrictions the treaty does not grant',
  'handbook.host-practice.rule':
    'Some hosts added their own limits, like 500 km over Kaliningrad or a 10 km strip near Abkhazia and South Ossetia. The treaty says any point may be observed (Art. VI §II.2). A host may ask for changes only for safety or an airfield problem (Art. VIII §I.4). So other members said these limits break the treaty. An observer may agree or protest.',
} as const;

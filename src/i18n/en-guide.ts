/**
 * The Teacher guide (Teachers screen and its print): objectives, the 45-minute lesson, the
 * three-lesson unit, answer notes, worksheet, glossary, timeline, game values. Facts from
 * shared/treaty/FACTS.md with the sources named there. Part of the English table (en.ts).
 */
export const enGuide = {
  'guide.title': 'Teacher guide: Open Skies in the classroom',
  'guide.intro':
    'Open Skies is a game about the Treaty on Open Skies: states that distrust each other let each other fly unarmed observation aircraft over their whole territory, under shared rules. Students plan real-style flights, meet the limits the treaty sets and the limits hosts added, and decide how to answer. No login, no accounts, nothing is sent anywhere. Ages 14 and up; one device per pair is enough.',
  'guide.s.objectives': '1. Learning objectives per mission',
  'guide.s.lesson': '2. A 45-minute lesson, minute by minute',
  'guide.s.unit': '3. A three-lesson unit',
  'guide.s.answers': '4. Answer notes for the discussion questions',
  'guide.s.worksheet': '5. Worksheet (photocopy for each pair)',
  'guide.s.glossary': '6. Glossary',
  'guide.s.timeline': '7. Timeline 1955–2021',
  'guide.s.values': '8. Game values and map approximations',
  'guide.s.codes': '9. Collecting work without a server',
  'guide.s.sources': '10. Sources',

  // ---------------------------------------------------------------- objectives
  'guide.obj.head': 'After the mission students can…',
  'guide.obj.01':
    'explain what an observation flight is for (confidence by mutual observation); plan a route within the airfield’s maximum flight distance; explain why cameras may not fly below their certified minimum altitude (the 30 cm limit, Art. IV §2).',
  'guide.obj.02':
    'explain active and passive quotas; apply the treaty clock (72 h notice, 24 h from plan to take-off, 96 h window: Art. VI); explain why hazardous airspace may still be planned (Art. VI §II.2).',
  'guide.obj.03':
    'tell a treaty rule from a host’s own restriction (the 500 km Kaliningrad cap); weigh protesting, complying and declining; connect the choice to trust.',
  'guide.obj.04':
    'explain why the treaty allows flights over sensitive sites, including a president’s golf club; describe what monitors on board can and cannot check.',
  'guide.obj.05':
    'describe reciprocity and tit-for-tat (the Hawaii cap answering the Kaliningrad cap); judge whether answering in kind restores or erodes a treaty.',
  'guide.obj.06':
    'apply the 10 km rule for non-party borders; explain how a dispute about borders (Abkhazia, South Ossetia) becomes a dispute about the treaty.',
  'guide.obj.07':
    'explain that a host may change, but not close, exercise airspace (Art. VI §II.5–6); decide between waiting and re-routing. (A typical case, not a named historical event.)',
  'guide.obj.08':
    'take the host’s seat: sort objections the treaty backs from those it does not (Art. VIII §I.4); explain why giving way can be in a host’s interest.',
  'guide.obj.09':
    'describe why the United States (2020) and Russia (2021) left; compare a treaty that lets others look with one that limits weapons (New START); argue a position using evidence.',

  // ---------------------------------------------------------------- 45-minute lesson
  'guide.lesson.intro':
    'Needs: one device per pair with the game open, the projector in presenter mode (press P), one worksheet per pair. Before the lesson: open Teachers → Presenter mode once to check the projector, and print the worksheet.',
  'guide.lesson.1.time': '0–5 min · Hook',
  'guide.lesson.1.text':
    'Project mission 04’s briefing in presenter mode. Ask: “In August 2017 a Russian aircraft photographed Washington and flew over the US president’s golf club, with US officers on board. Was that spying, or a treaty working?” Take three quick answers; do not resolve it yet.',
  'guide.lesson.2.time': '5–8 min · The treaty in three sentences',
  'guide.lesson.2.text':
    'Signed 1992, in force 2002: each party accepts a number of unarmed observation flights a year over its whole territory; the flights follow shared rules (distance, sensor sharpness, clock); the pictures are available to every party. Hand out the worksheet.',
  'guide.lesson.3.time': '8–20 min · Mission 01 in pairs',
  'guide.lesson.3.text':
    'Pairs play 01 (Training flight over Ukraine): plan, submit, fly. One student plans, the other fills the route log on the worksheet; swap at the review. Early finishers do the sorting task. Walk around: ask “which rule stopped you?”.',
  'guide.lesson.4.time': '20–23 min · Hand in',
  'guide.lesson.4.text':
    'At the debrief each pair presses Hand in, types their names and sends the result code (chat or learning platform). Paste the codes into Teacher results and project the table: compare scores, point at any “edited?” flag.',
  'guide.lesson.5.time': '23–35 min · Mission 03 as the debate',
  'guide.lesson.5.text':
    'Send the class to 03 with a plan code (it opens in practice mode even if locked), or play it on the projector. Split the room: half advise the US crew, half the Russian host. Plan a route over Kaliningrad longer than 500 km and submit it. At the host’s demand, each side has 3 minutes to argue: protest (which article?), comply, or decline. Vote, play the vote, read the outcome aloud.',
  'guide.lesson.6.time': '35–42 min · Debrief questions',
  'guide.lesson.6.text':
    'Use 03’s debrief questions (answer notes in section 4). Show the “what really happened” card: on 19 Feb 2020 US, Estonian and Lithuanian observers flew over Kaliningrad, reported as Russia meeting the demand on the 500 km limit for the first time.',
  'guide.lesson.7.time': '42–45 min · Exit ticket',
  'guide.lesson.7.text':
    'On a slip: “Name one rule of the treaty and one rule a host added. Why does the difference matter for trust?” Collect at the door.',

  // ---------------------------------------------------------------- unit
  'guide.unit.1.title': 'Lesson 1 · Missions 01–03: the rules and the first dispute',
  'guide.unit.1.text':
    'The 45-minute lesson above. Homework: finish 02 (quota and the treaty clock) and hand in the result code.',
  'guide.unit.2.title': 'Lesson 2 · Missions 04–07: looking, and answering in kind',
  'guide.unit.2.text':
    'Start with 04 (Bedminster) on the projector. Pairs play 05 (Hawaii) and 06 (Georgia corridor); groups that finish play 07 (exercise airspace). Whole-class discussion: reciprocity — did the Hawaii cap make the Kaliningrad cap more or less likely to go? Sorting task, then hand in.',
  'guide.unit.3.title': 'Lesson 3 · Missions 08–09 and the debate',
  'guide.unit.3.text':
    'Pairs play 08 from the host’s seat, then 09 (the last flights). Last 20 minutes: structured debate “Should the United States have left the treaty in 2020?” Two teams fill the arguments table from the worksheet first (5 min), then opening statements (2 min each), rebuttals (2 min each), free vote. Close with the timeline to 2021.',

  // ---------------------------------------------------------------- answer notes (one per discussion question, in the level's order)
  'guide.ans.help':
    'The questions are the ones each mission’s debrief shows. The notes give the points a good answer touches; they are not the only right answers.',
  'guide.ans.01.1':
    'Sharpness is capped (30 cm for cameras, Art. IV §2) so that no side gains an intelligence edge from better cameras: the flights build confidence, they do not replace spy satellites. Equal limits also make the data fair to share with every party (Art. IX).',
  'guide.ans.01.2':
    'Host monitors on board (Art. VI §III) check that sensors are used only as planned and only where allowed; the crew works in the open. For Ukraine it turns a foreign military aircraft into a supervised, predictable visitor — trust through transparency.',
  'guide.ans.01.3':
    'Open answer: the 2,100 km budget from Boryspil forces choices. Look for reasoning about distance, objectives and altitude, not just the score.',
  'guide.ans.02.1':
    'The 72 h notice (Art. VI §I.5) protects the host: time to prepare the airfield, monitors and air traffic. The 24 h between plan and take-off (Art. VI §II.4(E)) protects both: the host can check the plan, the observer cannot be rushed into changes, and neither side can stage a surprise.',
  'guide.ans.02.2':
    'Any point of the territory may be planned, hazardous airspace included (Art. VI §II.2); the host may propose another altitude, route or time but may not stop the observation (Art. VI §II.5–6). Otherwise a host could declare “hazards” wherever it wanted to hide something.',
  'guide.ans.02.3':
    'A refused or declined flight counts against nobody (Art. VIII §I.3, §I.5): an observer can walk away from a bad demand without losing its flight, and a host gains nothing by blocking. That removes the reward for stalling and keeps disputes honest.',
  'guide.ans.03.1':
    'Compare the cap with the treaty text: the treaty lets a host change a plan only for flight safety, airfield status or non-compliance (Art. VIII §I.4), and sets one maximum distance per airfield (Annex A). A neutral party — the treaty’s Consultative Commission (OSCC), which decides by consensus — could test the safety claim (traffic at Khrabrovo) against the effect on observation.',
  'guide.ans.03.2':
    'Protest: keeps the rule alive and costs nothing if justified. Counter-restriction: pressures the other side but adds a second breach (see 05). Leaving: ends all flights, including your own. Trust grows with lawful, predictable answers. History: on 19 Feb 2020 Russia was reported to meet the US demand on the 500 km limit for the first time.',
  'guide.ans.03.3':
    'Open answer. Russia said 500 km reaches the farthest point of the oblast; the US said long criss-cross routes were needed. Students should name what their route missed.',
  'guide.ans.04.1':
    'The treaty covers the whole territory; there are no “no-fly” sites except 10 km from non-party borders (Art. VI §II.2). It was a good thing because both sides could see the same openness: a US flight could photograph Russian sites under the same rules, with Russian monitors on board.',
  'guide.ans.04.2':
    'Monitors (Art. VI §III) could watch the sensors, the route and the altitude, and check that nothing transmitted data in flight (Art. IX). They could not stop the aircraft from photographing lawful targets, and the pictures were shared with every party anyway.',
  'guide.ans.04.3':
    'Below the certified minimum altitude a camera would resolve better than 30 cm (Art. VI §II.4(D)): that would break the equal-limits bargain. The rule is about sharpness, not about the site: a military base and a field get the same limit.',
  'guide.ans.05.1':
    'Evidence points both ways: tit-for-tat shows resolve and gives a bargaining chip (both caps were called reversible), but it also normalises host restrictions. Russia did not lift its cap in 2018–19; a Kaliningrad flight at the US’s terms came only in Feb 2020.',
  'guide.ans.05.2':
    'Each side needed a verifiable first step from the other: for the US, a flight over Kaliningrad longer than 500 km; for Russia, a lifted Hawaii cap and restored facilitation. Good answers mention sequencing and who moves first.',
  'guide.ans.05.3':
    'Open answer: the game’s 830 km cap (a game value, about half the 2017 route) forces a choice between islands. Ask for the reasoning.',
  'guide.ans.06.1':
    'A non-party never agreed to be observed and gets no data: flying along its border would risk its airspace and its security without its consent. The 10 km buffer (Art. VI §II.2) protects states outside the bargain.',
  'guide.ans.06.2':
    'The treaty works on shared definitions of “territory”. When members disagree, they can keep operating where they agree, record the dispute in the OSCC and avoid the contested strip — but every such carve-out weakens the whole-territory principle.',
  'guide.ans.06.3':
    'Both lost flights: from 2012 Georgia accepted no Russian flights, and the dispute blocked the whole 2018 quota plan, so 2018 had no quota flights at all. Each side kept its legal position; the treaty as a whole paid.',
  'guide.ans.07.1':
    'A host hides exercises to keep its tactics and forces private. The authors refused because military activity is exactly what confidence-building must be able to see: the host may change altitude, route or time, but not prevent observation of any point (Art. VI §II.6).',
  'guide.ans.07.2':
    'Waiting costs time inside the 96 h window (Art. VI §I.9) and maybe weather or daylight; it gains a lawful route over the area without a dispute.',
  'guide.ans.07.3':
    'When the changes, taken together, stop the observation of a point, or when they are not for flight safety, airfield status or a non-compliant plan (Art. VIII §I.4). Repeated “proposals” that run out the 96 h clock amount to a refusal.',
  'guide.ans.08.1':
    'Backed by the treaty: too long, outside the territory, a sensor below its minimum, a broken clock (Art. VI, Art. VIII §I.4). Only the government’s wishes: distance caps and corridors not in the treaty. Students should cite the article for each.',
  'guide.ans.08.2':
    'Giving way to a justified protest keeps your own flights safe from retaliation, builds a record of compliance and keeps the other side in the treaty. Insisting wins a point and loses trust.',
  'guide.ans.08.3':
    'Each limit looks small, but together they would turn “the whole territory” into “what the host allows” — the situation the treaty was written to end. That is close to the US argument in 2020.',
  'guide.ans.09.1':
    'Points for staying: keep observing Russia, keep allies in, use the OSCC to contest restrictions. Points for leaving: restrictions kept growing, the US said Russia used flights to map US infrastructure, satellites give imagery, costs. Russia said it could no longer observe the US while the US could still get imagery through its allies, and asked for guarantees the allies refused.',
  'guide.ans.09.2':
    'An easy exit (six months’ notice, Art. XV) made joining less risky in 1992, but it also made leaving cheap when trust fell. A good answer weighs both.',
  'guide.ans.09.3':
    'New START limits weapons and is verified by inspections each side needs; Open Skies builds trust by letting others look, which matters most when trust is already there. New START was extended in Feb 2021 to 5 Feb 2026, while both the US and Russia left Open Skies.',
  'guide.ans.sort.title': 'Sorting task: answer key',
  'guide.ans.sort':
    'Treaty rules: 1, 3, 5, 7, 9, 10, 11, 12. Hosts’ rules (contested): 2 (Russia, Kaliningrad), 4 (Russia, Abkhazia and South Ossetia), 6 (Russia, Moscow floor; the height is a game value), 8 (United States, Hawaii).',

  // ---------------------------------------------------------------- worksheet
  'guide.ws.names': 'Names: ____________________________   Class: ________   Date: ____________',
  'guide.ws.log.title': 'A. Route log (mission 01)',
  'guide.ws.log.leg': 'Leg',
  'guide.ws.log.to': 'To (place or coordinates)',
  'guide.ws.log.alt': 'Altitude (m)',
  'guide.ws.log.sensors': 'Sensors on',
  'guide.ws.log.km': 'Distance so far (km)',
  'guide.ws.log.finding': 'Finding or note',
  'guide.ws.sort.title': 'B. Treaty rule or host’s rule?',
  'guide.ws.sort.help': 'Tick one box per line.',
  'guide.ws.sort.statement': 'Rule',
  'guide.ws.sort.treaty': 'Treaty',
  'guide.ws.sort.host': 'Host',
  'guide.ws.sort.1': 'A route may not be longer than the maximum flight distance of its airfield.',
  'guide.ws.sort.2': 'No more than 500 km may be flown over Kaliningrad.',
  'guide.ws.sort.3': 'The path must stay 10 km from the border of a state that is not a party.',
  'guide.ws.sort.4': 'Flights must stay 10 km from Abkhazia and South Ossetia.',
  'guide.ws.sort.5': 'A camera may not be used below its certified minimum altitude.',
  'guide.ws.sort.6': 'No observation legs below a set height over Moscow.',
  'guide.ws.sort.7': 'Notice must be given at least 72 hours before arrival.',
  'guide.ws.sort.8': 'Flights over Hawaii may not exceed a shorter distance.',
  'guide.ws.sort.9': 'Take-off no sooner than 24 hours after the mission plan is submitted.',
  'guide.ws.sort.10':
    'Hazardous airspace may be planned; the host may propose another altitude, route or time.',
  'guide.ws.sort.11': 'No data may be transmitted during the flight.',
  'guide.ws.sort.12': 'The host may propose changes for flight safety.',
  'guide.ws.args.title': 'C. Arguments table: should the treaty have been kept?',
  'guide.ws.args.help':
    'Write the strongest arguments each side made, with evidence from the missions or the timeline.',
  'guide.ws.args.us': 'United States (left 22 Nov 2020)',
  'guide.ws.args.ru': 'Russia (left 18 Dec 2021)',

  // ---------------------------------------------------------------- glossary
  'guide.gl.1.term': 'Observing party / observed party (host)',
  'guide.gl.1.def': 'The state that flies the observation flight, and the state whose territory is observed.',
  'guide.gl.2.term': 'Passive quota',
  'guide.gl.2.def':
    'How many observation flights a party must accept over its territory each year (e.g. USA 42, Russia with Belarus 42; Annex A).',
  'guide.gl.3.term': 'Active quota',
  'guide.gl.3.def':
    'How many flights a party may carry out as observer; never more than its passive quota (Art. III).',
  'guide.gl.4.term': 'Open Skies airfield',
  'guide.gl.4.def':
    'An airfield the host lists where observation flights start and end, each with a maximum flight distance (Annex A, Annex E).',
  'guide.gl.5.term': 'Maximum flight distance',
  'guide.gl.5.def':
    'The longest route allowed from an Open Skies airfield, e.g. Kubinka 5,000 km in the 1992 table, 5,500 km as stated by Russia in 2017.',
  'guide.gl.6.term': 'Mission plan',
  'guide.gl.6.def':
    'The route, altitudes and sensors the observer submits after arrival; the host accepts it or proposes changes within 4 hours (Art. VI §II).',
  'guide.gl.7.term': 'Ground resolution',
  'guide.gl.7.def':
    'The smallest detail a sensor can separate on the ground: no better than 30 cm for cameras, 50 cm for infrared, 3 m for radar (Art. IV §2).',
  'guide.gl.8.term': 'Certified minimum altitude',
  'guide.gl.8.def':
    'The lowest height above ground at which a sensor may be used, fixed when the aircraft is certified, so that it cannot beat its resolution limit.',
  'guide.gl.9.term': 'Flight monitors',
  'guide.gl.9.def':
    'Host officials on board the observer’s aircraft who watch the sensors and the route (Art. VI §III).',
  'guide.gl.10.term': 'Hazardous airspace',
  'guide.gl.10.def':
    'Airspace the host declares dangerous; it may still be planned, and the host may propose another altitude, route or time (Art. VI §II.2, §II.5).',
  'guide.gl.11.term': 'Non-party 10 km rule',
  'guide.gl.11.def':
    'The only place the treaty closes: the flight path must stay 10 km from the border of a neighbouring state that is not a party (Art. VI §II.2).',
  'guide.gl.12.term': 'Restriction (host practice)',
  'guide.gl.12.def':
    'A limit a host imposes that the treaty does not grant, such as the Kaliningrad cap; contested by other parties.',
  'guide.gl.13.term': 'Protest',
  'guide.gl.13.def':
    'In the game, the observer’s answer to a host demand citing the article that allows the plan.',
  'guide.gl.14.term': 'Declining a flight',
  'guide.gl.14.def':
    'The observer may decline when there is no agreement on the plan; the flight then counts against no one’s quota (Art. VIII §I.5).',
  'guide.gl.15.term': 'Reciprocity',
  'guide.gl.15.def':
    'Answering a step with a similar step: A may fly over B as often as B over A (Art. III), and a restriction may be answered in kind (Hawaii, 2017–18).',
  'guide.gl.16.term': 'OSCC',
  'guide.gl.16.def':
    'The Open Skies Consultative Commission in Vienna, which runs the treaty and decides by consensus (Art. X).',
  'guide.gl.17.term': 'Taxi option',
  'guide.gl.17.def':
    'The host may insist on flying the observers in its own aircraft instead of theirs (Art. VI §I).',

  // ---------------------------------------------------------------- timeline

  // ---------------------------------------------------------------- game values
  'guide.val.intro':
    'The game simplifies. Say so to the class, and use the gaps as questions (“what would a real crew have to check?”).',
  'guide.val.1':
    'Maximum distances: Kubinka 5,000 km in missions set before 2010 (the 1992 table) and 5,500 km from the 2010s (as Russia stated in 2017); Boryspil 2,100 km; US airfields from the 1992 table.',
  'guide.val.2':
    'The Hawaii cap (830 km, about half of the 2017 route) and the 2,000 m Moscow floor are game values: the restrictions were real, the exact figures are not confirmed.',
  'guide.val.3':
    'Minimum altitudes, cruise speeds and ranges of the aircraft are approximations; sharpness is modelled as limit × altitude ÷ minimum altitude.',
  'guide.val.4':
    'The OC-135B flew film cameras only; infrared, radar and video were planned but never fitted.',
  'guide.val.5':
    'Borders come from Natural Earth and show today’s de facto lines: in 2002 Crimea was Ukrainian. The Abkhazia and South Ossetia corridor is drawn along the Russia–Georgia border.',
  'guide.val.6':
    'Mission 07’s exercise airspace is a typical case; no source confirms a refusal over a named Russian exercise.',
  'guide.val.7':
    'Weather, the host’s answers, scores, stars and trust are game mechanics, deterministic from the plan and the mission’s seed. “Sensors off for 30 minutes” after a deviation is a game rule.',
  'guide.val.8': 'Quota ledgers are simplified: the game counts flights per observer, host and year.',

  // ---------------------------------------------------------------- collecting work
  'guide.codes.1':
    'Share a plan: in planning or at the debrief, Share plan gives a code (and a QR code). Students open it with Campaign → Open a plan; a mission the class has not unlocked opens in practice mode and does not count.',
  'guide.codes.2':
    'Hand in: at the debrief, Hand in asks for a name and gives a result code. Collect the codes in any text box (chat, e-mail, learning platform).',
  'guide.codes.3':
    'Teacher results: paste all codes, one per line; the table sorts by any column, flags “edited?” when a stored score does not match a replay of the mission, downloads as CSV and prints.',
  'guide.codes.4':
    'Without a browser: npm run class-report -- codes.txt [--csv] prints the same table; npm run check-plan -- <plan code> checks a plan against the treaty.',

  'guide.sources.1': 'Treaty on Open Skies, full English text with Annexes A–L',
  'guide.sources.2': 'Federation of American Scientists: Annex A text and article-by-article analysis',
  'guide.sources.3': 'CRS Insight IN10502, The Open Skies Treaty: Background and Issues (7 Jun 2021)',
  'guide.sources.4':
    'OSCE: Signing of the Treaty on Open Skies (24 Mar 1992); US State Department: Article-by-Article Analysis (1993)',
  'guide.sources.5':
    'News reports named in the timeline (TASS, Sputnik, Interfax, Dayton Daily News, Honolulu Star-Advertiser, civil.ge, milmag.eu, RFE/RL).',
} as const;

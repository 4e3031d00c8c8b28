/** Host duty (08) and the planning sandbox (issue 14). Part of the English table (en.ts). */
export const enHost = {
  // ---------------------------------------------------------------- host review (08)
  'host.title': 'Plan {n} of {total}: {title}',
  'host.intro':
    'The {observer} team has submitted this mission plan at {airfield}. You are the {host} host: review it and answer within 4 hours.',
  'host.route': 'The route',
  'host.route.leg': 'Leg {n}: {from} → {to}{at} · {alt} m · {sensors}',
  'host.route.at': ' ({lat}°, {lon}°)',
  'host.route.km': '{km} km',
  'host.route.takeoff': 'Take-off {takeoff} h after arrival.',
  'host.route.noSensors': 'sensors off',
  'host.wp': 'waypoint {n}',
  'host.route.total': 'Total {km} km of {max} km allowed from {airfield}.',
  'host.findings': 'What the rules engine found',
  'host.findings.hidden':
    'Hidden for now: look at the route on the map and decide what the treaty lets you do. Reveal the findings when you want a second opinion.',
  'host.findings.reveal': 'Show the findings',
  'host.findings.none': 'No findings: the plan keeps every rule of the treaty.',
  'host.decide': 'Your decision',
  'host.accept': 'Accept the plan',
  'host.change': 'Propose a change',
  'host.change.help':
    'You may propose another altitude, route or time for flight safety, airfield status or a plan that breaks the treaty, but not so as to prevent observation (Art. VIII §I.4, Art. VI §II.6).',
  'host.change.what': 'What to change',
  'host.change.altitude': 'Altitude of one leg',
  'host.change.time': 'Take-off time',
  'host.change.route': 'Route (detour around the zone)',
  'host.change.leg': 'Leg',
  'host.change.altitudeM': 'New altitude, m',
  'host.change.delayH': 'Delay take-off by, h',
  'host.change.noDetour': 'The rules see no zone on this route to detour around.',
  'host.change.detour': 'Detour: a waypoint at {lat}, {lon} before waypoint {n} (+{km} km).',
  'host.change.propose': 'Propose this change',
  'host.refuse': 'Refuse the plan',
  'host.refuse.article': 'Article you cite',
  'host.refuse.help': 'e.g. Art. VIII §I.1, or the rule the plan breaks',
  'host.refuse.go': 'Refuse, citing this article',
  'host.refuse.needArticle': 'Name the article your refusal rests on.',
  'host.yourDecision': 'You: {decision}',
  'host.decision.accept': 'accepted the plan',
  'host.decision.change': 'proposed a change ({what})',
  'host.decision.refuse': 'refused the plan, citing {article}',
  'host.changeKind.altitude': 'altitude',
  'host.changeKind.route': 'route',
  'host.changeKind.time': 'time',
  'host.observerSays': 'The observer',
  'host.observer.lawful-plan-accepted': 'Thanks the host team and flies the plan as submitted.',
  'host.observer.unlawful-plan-accepted':
    'Flies the plan as submitted. It breaks the treaty ({article}): you could have refused it, and your monitors on board now watch a flight the treaty does not allow.',
  'host.observer.refusal-lawful':
    'Withdraws the plan: it breaks the treaty and you cited {article}. The flight is prohibited and counts against nobody (Art. VIII §I.3).',
  'host.observer.refusal-wrong-article':
    'Withdraws the plan, since it does break the treaty, but notes that the rule that applies is {article}, not the one you cited.',
  'host.observer.refusal-of-lawful-plan':
    'Protests: the plan keeps every rule of the treaty, and a host may refuse only a plan that breaks it ({article}).',
  'host.observer.change-lawful':
    'Complies with your change: you had grounds and it keeps every target in view ({article}).',
  'host.observer.change-without-grounds':
    'Protests: the plan breaks no rule and crosses no hazard, so the host has no grounds for a change ({article}).',
  'host.observer.change-contested-restriction':
    'Protests: your government’s own limit is not in the treaty, which lets any point of your territory be observed ({article}).',
  'host.observer.change-prevents-observation':
    'Protests: your change stops the observation of {lost}, which the treaty forbids ({article}).',
  'host.observer.change-breaks-treaty': 'Protests: your change would itself break the treaty ({article}).',
  'host.afterProtest': 'The observer protests. Give way, or insist?',
  'host.giveWay': 'Give way: fly the plan as submitted',
  'host.insist': 'Insist',
  'host.gaveWay': 'You gave way; the plan flies as submitted.',
  'host.insisted':
    'You insisted; the observer declines the flight (Art. VIII §I.5). It counts against nobody.',
  'host.next': 'Next plan',
  'host.toDebrief': 'To the debrief',
  'host.points': '{points} points · trust {trust}',
  'host.lawful': 'lawful',
  'host.contested': 'not backed by the treaty',

  // ---------------------------------------------------------------- host debrief
  'host.debrief.title': 'Host duty: how you handled the plans',
  'host.debrief.summary': '{lawful} of {n} decisions were lawful. Score {score} · trust {trust}',
  'host.debrief.col.plan': 'Plan',
  'host.debrief.col.you': 'Your decision',
  'host.debrief.col.observer': 'The observer',
  'host.debrief.col.lawful': 'Lawful?',
  'host.debrief.col.points': 'Points',
  'host.debrief.flight.flown-as-submitted': 'flown as submitted',
  'host.debrief.flight.flown-changed': 'flown with your change',
  'host.debrief.flight.prohibited': 'prohibited',
  'host.debrief.flight.declined': 'declined by the observer',
  'host.debrief.yes': 'yes',
  'host.debrief.no': 'no',
  'host.debrief.mirror.title': 'The other side of 04 and 05',
  'host.debrief.mirror':
    'In Bedminster (04) and Hawaii (05) you flew as the observer against limits the United States set: restricted airspace over the President’s golf club and a shorter distance over Hawaii. Now you sat where the US team sat. The treaty lets a host refuse a plan that breaks it and propose changes for safety, but a limit of its own — like the Hawaii cap or an altitude floor — is contested, and an observer may protest it. The United States imposed its own limits too; so did Russia over Kaliningrad (03).',
  'host.debrief.what': 'What happened',
  'host.debrief.questions': 'To discuss',
  'host.debrief.next': 'Next mission',
  'host.debrief.retry': 'Play host duty again',
  'host.debrief.campaign': 'Campaign',

  // ---------------------------------------------------------------- planning sandbox
  'sb.title': 'Planning sandbox',
  'sb.help':
    'Any observer, host and year from 2002 to 2021: the parties in force, airfields and distances of that year, and only the treaty’s own rules. Plan with the live verdict, then export the plan file or share its code; a teacher checks it with npm run check-plan.',
  'sb.year': 'Year',
  'sb.observer': 'Observer',
  'sb.host': 'Host (with its group)',
  'sb.airfield': 'Airfield',
  'sb.aircraft': 'Aircraft',
  'sb.start': 'Plan in the sandbox',
  'sb.export': 'Export plan file',

  // ---------------------------------------------------------------- announcements
  'say.host.incoming': 'Plan {n} has arrived: {title}.',
  'say.host.revealed': 'The rules engine’s findings are shown.',
  'say.host.reply.fly': 'The observer flies the plan.',
  'say.host.reply.comply': 'The observer complies with your change.',
  'say.host.reply.withdraw': 'The observer withdraws the plan.',
  'say.host.reply.protest': 'The observer protests, citing {article}.',
  'say.host.finished': 'Host duty finished: score {score}, {stars} stars.',
} as const;

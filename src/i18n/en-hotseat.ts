/** Two players, one plan (issue 14): hot seat and review codes. Part of the English table (en.ts). */
export const enHotseat = {
  // ---------------------------------------------------------------- entry
  'hotseat.play': 'Play with a friend: one plans, one hosts',
  'hotseat.play.help':
    'Hot seat on this device: you plan as the observer and submit; your friend reviews the plan as the host; you answer.',
  'hotseat.bar.title': 'Playing with a friend',
  'hotseat.bar.text':
    'Player A plans as the {observer} observer. Submit hands the device to player B, the {host} host.',
  'hotseat.bar.solo': 'Play alone instead',
  // ---------------------------------------------------------------- hand-over screens
  'hotseat.kicker': 'Two players · one device',
  'hotseat.toHost.title': 'Pass the device to the host',
  'hotseat.toHost.body':
    'The {observer} plan is submitted. Hand the device to player B, who plays the {host} host. The host sees the whole plan as submitted; player A looks away until the device comes back.',
  'hotseat.toHost.go': 'I am the host: show me the plan',
  'hotseat.toHost.back': 'Back: player A revises the plan',
  'hotseat.toObserver.title': 'Pass the device back to the observer',
  'hotseat.toObserver.body':
    'The {host} host has decided. Hand the device back to player A, who plays the {observer} observer, to answer: comply, protest citing an article, or decline.',
  'hotseat.toObserver.go': 'I am the observer: show the host’s decision',
  'hotseat.roles': 'Who plays what',
  'hotseat.role.observer': 'Player A — observer ({observer})',
  'hotseat.role.observerDoes': 'planned the flight; answers the host’s decision',
  'hotseat.role.host': 'Player B — host ({host})',
  'hotseat.role.hostDoes': 'reviews the plan: accept, propose a change, or refuse citing an article',
  // ---------------------------------------------------------------- host's review
  'hotseat.host.title': 'You are the {host} host',
  'hotseat.host.intro':
    'Player A, the {observer} observer, has submitted this plan at {airfield}. Accept it, propose a change, or refuse it citing an article — as the treaty allows.',
  'hotseat.host.remoteIntro':
    'A friend sent you this {observer} plan as a plan code. You are the {host} host: decide, then send back the review code.',
  'hotseat.code.title': 'Your review code',
  'hotseat.code.decision': 'You {decision}.',
  'hotseat.code.help':
    'Send this code back to the observer. They paste it into “Open a plan” on the campaign screen, answer your decision and fly.',
  'hotseat.code.done': 'Back to the campaign',
  // ---------------------------------------------------------------- observer's answer
  'hotseat.answer.title': 'The {host} host’s decision',
  'hotseat.answer.accept': 'The host accepts your plan as submitted.',
  'hotseat.answer.change': 'The host proposes a change of {what}:',
  'hotseat.answer.refuse': 'The host refuses your plan, citing {article}.',
  'hotseat.answer.alt': 'leg {n}: {from} m → {to} m',
  'hotseat.answer.time': 'take-off {from} h → {to} h after arrival',
  'hotseat.answer.added': 'a new waypoint {n} at ({lat}°, {lon}°)',
  'hotseat.answer.mapHint': 'The map shows the host’s change against your plan.',
  'hotseat.answer.yours': 'Your answer',
  'hotseat.answer.protest': 'Protest, citing an article',
  'hotseat.answer.protestHelp': 'e.g. Art. VI §II.2',
  'hotseat.answer.protestNote': 'The Handbook names the article for each rule.',
  'hotseat.answer.protestGo': 'Protest',
  'hotseat.answer.needArticle': 'Name the article you rely on.',
  'hotseat.answer.comply.accept': 'Fly the plan',
  'hotseat.answer.comply.change': 'Comply: fly the changed plan',
  'hotseat.answer.comply.refuse': 'Accept the refusal (the flight does not take place)',
  'hotseat.answer.comply.yielded': 'Fly the plan as submitted',
  'hotseat.answer.decline': 'Decline the mission (Art. VIII §I.5)',
  'hotseat.protest.right-article':
    'Your protest citing {article} is justified: the treaty does not back the host here. The host gives way: the plan flies as submitted. Trust {trust}.',
  'hotseat.protest.wrong-article':
    'Your protest citing {article} misses: the article that limits the host here is {governing}. The host’s decision stands. Trust {trust}.',
  'hotseat.protest.lawful-action':
    'Your protest citing {article} is rejected: the treaty backs the host’s decision ({governing}). It stands. Trust {trust}.',
  'hotseat.protest.nothing-to-protest': 'The host accepted your plan: there is nothing to protest.',
  // ---------------------------------------------------------------- debrief
  'hotseat.debrief.title': 'Two players, one plan',
  'hotseat.debrief.col.player': 'Player',
  'hotseat.debrief.col.decision': 'Decision',
  'hotseat.debrief.col.treaty': 'What the treaty says',
  'hotseat.debrief.col.score': 'Score',
  'hotseat.debrief.observer': 'A · observer ({party})',
  'hotseat.debrief.host': 'B · host ({party})',
  'hotseat.debrief.submitted': 'submitted the plan',
  'hotseat.debrief.protested': 'protested citing {article}',
  'hotseat.debrief.answer.comply': 'complied',
  'hotseat.debrief.answer.decline': 'declined the mission',
  'hotseat.debrief.flight.as-submitted': 'The plan flew as submitted.',
  'hotseat.debrief.flight.changed': 'The plan flew with the host’s change.',
  'hotseat.debrief.flight.prohibited':
    'The flight was prohibited (Art. VIII §I.3): not counted against the quota.',
  'hotseat.debrief.flight.declined': 'The observer declined (Art. VIII §I.5): not counted against the quota.',
  'hotseat.treaty.lawful-plan-accepted': 'Lawful: the plan keeps the treaty, and the host accepted it.',
  'hotseat.treaty.unlawful-plan-accepted':
    'The plan breaks the treaty ({article}): the host could have refused it.',
  'hotseat.treaty.refusal-lawful':
    'Lawful: the plan breaks the treaty, and the host may refuse it ({article}).',
  'hotseat.treaty.refusal-wrong-article':
    'Lawful refusal, but the article cited is not the one that fits: {article}.',
  'hotseat.treaty.refusal-of-lawful-plan':
    'Not backed by the treaty: the plan keeps every rule, and a host may refuse only a plan that breaks one (Art. VIII §I.4).',
  'hotseat.treaty.change-lawful':
    'Lawful: the host had grounds for a change (flight safety or a non-compliant plan) and it does not stop observation ({article}).',
  'hotseat.treaty.change-without-grounds':
    'Not backed by the treaty: the plan gave no ground for a change ({article}).',
  'hotseat.treaty.change-contested-restriction':
    'Not backed by the treaty: the change enforces the host’s own restriction, which the treaty does not contain ({article}).',
  'hotseat.treaty.change-prevents-observation':
    'Not backed by the treaty: the change stops {lost} being observed ({article}).',
  'hotseat.treaty.change-breaks-treaty': 'Not backed by the treaty: the change itself breaks it ({article}).',
  'hotseat.debrief.observerTreaty': 'Plan: {findings}.',
  'hotseat.debrief.noFindings': 'no findings',
  'hotseat.debrief.score': '{score} points · {stars} · trust {trust}',
  'hotseat.debrief.stars': '{n}/3 stars',
  'hotseat.handIn.unavailable':
    'A game for two players has no result code: the teacher’s replay knows only the computer host. Hand in the review code instead (the teacher checks it with npm run check-plan).',
  // ---------------------------------------------------------------- campaign box (two devices)
  'hotseat.open.host': 'Host this plan',
  'hotseat.open.help':
    'Two devices: the observer pastes a plan code here and presses “Host this plan” on the host’s device; the host’s review code opens here with “Open” on the observer’s.',
  // ---------------------------------------------------------------- announcements
  'say.hotseat.on': 'Playing with a friend: player A plans as the observer.',
  'say.hotseat.off': 'Playing alone.',
  'say.hotseat.toHost': 'Plan submitted. Pass the device to the host.',
  'say.hotseat.hostTurn': 'The host reviews the plan.',
  'say.hotseat.toObserver': 'Decision made. Pass the device back to the observer.',
  'say.hotseat.observerTurn': 'The observer answers the host’s decision.',
  'say.hotseat.codeReady': 'Your review code is ready to send.',
  'say.hotseat.protest.host-yields': 'Protest citing {article}: the host gives way.',
  'say.hotseat.protest.rejected': 'Protest citing {article}: rejected, the decision stands.',
  'say.hotseat.flight.as-submitted': 'The plan flies as submitted.',
  'say.hotseat.flight.changed': 'The plan flies with the host’s change.',
  'say.hotseat.flight.prohibited': 'The flight is prohibited.',
  'say.hotseat.flight.declined': 'Mission declined.',
} as const;

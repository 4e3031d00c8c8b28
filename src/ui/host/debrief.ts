/**
 * Host duty debrief (08): each plan with the player's decision, the observer's answer, whether
 * the treaty backed the decision and the points; the mirror with 04 and 05 (the US imposed its
 * own limits too); what happened and the discussion questions from the level file.
 */
import { hostDutyState, incomingPlan, recordScore } from '../../state/actions/host-duty';
import { nextMission, quitToCampaign, retryMission } from '../../state/actions/mission';
import { nextLevelId } from '../../state/selectors';
import { currentLevel, state } from '../mission/store-view';
import { button, h } from '../mission/dom';
import { tx } from '../mission/text';
import { incomingTitle } from '../../i18n';
import { starsText } from '../campaign/campaign';
import { decisionText, observerText } from './review';

export function mountHostDebrief(root: HTMLElement): () => void {
  const s = state();
  const level = currentLevel(s);
  const duty = hostDutyState(s);
  const outcome = s.mission?.outcome;
  if (!level || !duty || !outcome) return () => {};
  const records = duty.done;
  const lawful = records.filter((r) => r.reply.lawful).length;
  const rows = records.map((rec, i) => {
    const sc = recordScore(rec);
    const incoming = incomingPlan(level, i);
    const title = incoming ? incomingTitle(level.id, incoming.id, incoming.title) : rec.planId;
    return h('tr', { 'data-plan': rec.planId }, [
      h('th', { scope: 'row' }, [title]),
      h('td', {}, [
        decisionText(rec),
        rec.after ? ` · ${tx(rec.after === 'give-way' ? 'host.gaveWay' : 'host.insisted')}` : '',
      ]),
      h('td', {}, [observerText(s, rec), ` (${tx(`host.debrief.flight.${sc.flight}`)})`]),
      h('td', {}, [tx(rec.reply.lawful ? 'host.debrief.yes' : 'host.debrief.no')]),
      h('td', { class: 'num' }, [String(sc.points)]),
    ]);
  });
  const next = s.mission && !s.mission.practice ? nextLevelId(s, level.id) : null;
  const doc = h('article', { class: 'ms-screen debrief hd-debrief', 'aria-labelledby': 'hd-db-title' }, [
    h('header', { class: 'db-head' }, [
      h('p', { class: 'ms-kicker' }, [tx('phase.debrief')]),
      h('h2', { id: 'hd-db-title' }, [tx('host.debrief.title')]),
      h('div', { class: 'db-score' }, [
        h('p', { class: 'db-stars', role: 'img', 'aria-label': tx('cp.stars', { n: outcome.stars }) }, [
          starsText(outcome.stars),
        ]),
        h('p', { class: 'num' }, [
          tx('host.debrief.summary', {
            lawful,
            n: records.length,
            score: outcome.score,
            trust: (outcome.trustDelta >= 0 ? '+' : '') + outcome.trustDelta,
          }),
        ]),
      ]),
    ]),
    h('table', { class: 'hd-table' }, [
      h('thead', {}, [
        h('tr', {}, [
          h('th', { scope: 'col' }, [tx('host.debrief.col.plan')]),
          h('th', { scope: 'col' }, [tx('host.debrief.col.you')]),
          h('th', { scope: 'col' }, [tx('host.debrief.col.observer')]),
          h('th', { scope: 'col' }, [tx('host.debrief.col.lawful')]),
          h('th', { scope: 'col' }, [tx('host.debrief.col.points')]),
        ]),
      ]),
      h('tbody', {}, rows),
    ]),
    h('section', { 'aria-labelledby': 'hd-mirror' }, [
      h('h3', { id: 'hd-mirror' }, [tx('host.debrief.mirror.title')]),
      h('p', {}, [tx('host.debrief.mirror')]),
    ]),
    h('section', { 'aria-labelledby': 'hd-what' }, [
      h('h3', { id: 'hd-what' }, [tx('host.debrief.what')]),
      h('p', {}, [level.texts.whatHappened.text]),
    ]),
    h('section', { 'aria-labelledby': 'hd-q' }, [
      h('h3', { id: 'hd-q' }, [tx('host.debrief.questions')]),
      h(
        'ol',
        {},
        level.texts.questions.map((q) => h('li', {}, [q])),
      ),
    ]),
    h('div', { class: 'db-actions' }, [
      next
        ? button(tx('host.debrief.next'), () => nextMission(), { class: 'primary big', id: 'hd-db-next' })
        : null,
      button(tx('host.debrief.retry'), () => retryMission(), { class: 'secondary' }),
      button(tx('host.debrief.campaign'), () => quitToCampaign(), {
        class: 'secondary',
        id: 'hd-db-campaign',
      }),
    ]),
  ]);
  root.append(doc);
  return () => doc.remove();
}

/**
 * Debrief: imagery at the resolution achieved, objectives, findings and how they were resolved,
 * the quota ledger, score, stars and trust, what really happened (with sources), questions,
 * and Retry / Next / Print. Everything is rebuilt from the deterministic mission data.
 */
import { type Capture, type Level } from '../../rules';
import { nextMission, quitToCampaign, retryMission } from '../../state/actions/mission';
import { missionContext } from '../../state/actions/mission-core';
import { handInButton, sharePlanButton } from '../classroom';
import { downloadPlanFile } from '../download';
import { isUnlocked, nextLevelId } from '../../state/selectors';
import { isLastMission, storyEarned } from '../../state/campaign-story';
import { showCampaignEnd } from '../../state/actions/campaign-end';
import { starsText } from '../campaign/campaign';
import { button, fmt1, fmtClock, h } from '../mission/dom';
import { partyName, state } from '../mission/store-view';
import { localLevel } from '../../i18n';
import { tx } from '../mission/text';
import { captionInterpretation, IDENTIFY_BAND_M, TARGET_SIZE_M } from './degrade';
import { findingsResolved } from './disputes';
import { drawCapture } from './imagery';
import { historyCard } from './history-card';

const IMAGE_PX = 240;

function captureFigure(level: Level, c: Capture, arrivalMs: number): HTMLElement {
  const t = level.targets.find((x) => x.id === c.targetId);
  const kind = t?.kind ?? 'building';
  const canvas = h('canvas', { width: IMAGE_PX, height: IMAGE_PX, class: 'db-img' });
  drawCapture(canvas, {
    targetId: c.targetId,
    kind,
    resolutionM: c.resolutionM,
    sizePx: IMAGE_PX,
    about: `${t?.name ?? ''} ${t?.note ?? ''}`,
  });
  const level3 = captionInterpretation(
    c.resolutionM,
    c.resolutionNeededM,
    TARGET_SIZE_M[kind] ?? 50,
    IDENTIFY_BAND_M[kind],
  );
  const when = fmtClock(arrivalMs + c.tH * 3_600_000);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    tx('db.imgAlt', {
      name: t?.name ?? c.targetId,
      res: fmt1(c.resolutionM),
      what: tx(`db.interp.${level3 ?? 'none'}`, { kind: tx(`kind.${kind}`) }),
    }),
  );
  return h('figure', { class: 'db-capture' }, [
    canvas,
    h('figcaption', {}, [
      h('strong', {}, [t?.name ?? c.targetId]),
      h('span', { class: 'num' }, [
        tx('db.capLine', {
          res: fmt1(c.resolutionM),
          need: fmt1(c.resolutionNeededM),
          sensor: tx(`sensor.${c.sensor}`),
          time: when,
        }),
      ]),
      h('span', { class: 'db-interp' }, [tx(`db.interp.${level3 ?? 'none'}`, { kind: tx(`kind.${kind}`) })]),
    ]),
  ]);
}

/** The same site at three resolutions: what the altitude trade-off means in a picture. */
function comparison(level: Level, c: Capture): HTMLElement {
  const t = level.targets.find((x) => x.id === c.targetId);
  const kind = t?.kind ?? 'building';
  const figs = [0.3, 1, 3].map((res) => {
    const canvas = h('canvas', {
      width: 160,
      height: 160,
      class: 'db-img small',
      role: 'img',
      'aria-label': tx('db.cmpAlt', { res: fmt1(res) }),
    });
    drawCapture(canvas, {
      targetId: c.targetId,
      kind,
      resolutionM: res,
      sizePx: 160,
      about: `${t?.name ?? ''} ${t?.note ?? ''}`,
    });
    return h('figure', { class: 'db-capture small' }, [
      canvas,
      h('figcaption', { class: 'num' }, [tx('db.cmpCap', { res: fmt1(res) })]),
    ]);
  });
  return h('section', { class: 'db-compare', 'aria-labelledby': 'db-cmp-title' }, [
    h('h3', { id: 'db-cmp-title' }, [tx('db.compare', { name: t?.name ?? c.targetId })]),
    h('div', { class: 'db-gallery' }, figs),
  ]);
}

export function mountDebrief(root: HTMLElement): () => void {
  const s = state();
  const m = s.mission;
  const mc = missionContext(s);
  // The score as stored when the mission ended (never scored again here).
  const outcome = m?.outcome;
  if (!m || !mc || !outcome) return () => {};
  const level = localLevel(mc.level);
  const declined = outcome.kind === 'declined';
  const f = s.flight;
  const arrivalMs = Date.parse(level.arrivalUtc);
  const name = (id: string): string => level.targets.find((t) => t.id === id)?.name ?? id;
  const grounded = f?.status === 'grounded';
  const headline = declined ? tx('db.declined') : grounded ? tx('db.grounded') : tx('db.flown');

  const captures = f?.captures ?? [];
  const firstCapture = captures[0];
  const gallery = captures.length
    ? h(
        'div',
        { class: 'db-gallery' },
        captures.map((c) => captureFigure(level, c, arrivalMs)),
      )
    : h('p', { class: 'ms-muted' }, [declined ? tx('db.noImagesDeclined') : tx('db.noImages')]);
  const misses = (f?.misses ?? []).map((x) =>
    h('li', {}, [h('strong', {}, [name(x.targetId)]), ` — ${tx(`db.miss.${x.reason}`)}`]),
  );

  const objectives = level.targets
    .filter((t) => t.objective)
    .map((t) => {
      const got = captures.some((c) => c.targetId === t.id);
      return h('li', { class: got ? 'met' : 'unmet' }, [
        h('span', { class: 'db-check', 'aria-hidden': 'true' }, [got ? '✓' : '✗']),
        h('span', { class: 'visually-hidden' }, [got ? tx('db.met') : tx('db.unmet')]),
        ` ${t.name} `,
        h('span', { class: 'ms-muted' }, [tx('brief.needs', { res: fmt1(t.resolutionNeededM) })]),
      ]);
    });

  const q = outcome.quota;
  const nextId = nextLevelId(s, level.id);
  const next = nextId !== null && isUnlocked(s, nextId) ? nextId : null;

  const doc = h('article', { class: 'ms-screen debrief', 'aria-labelledby': 'db-title' }, [
    h('header', { class: 'db-head' }, [
      h('p', { class: 'ms-kicker' }, [tx('phase.debrief')]),
      h('h2', { id: 'db-title' }, [level.title]),
      h('p', { class: 'db-outcome' }, [headline]),
      h('div', { class: 'db-score' }, [
        h('p', { class: 'db-stars', role: 'img', 'aria-label': tx('cp.stars', { n: outcome.stars }) }, [
          starsText(outcome.stars),
        ]),
        h('p', { class: 'num' }, [tx('db.score', { score: outcome.score })]),
        h('p', { class: 'num' }, [
          tx('db.trust', {
            delta: (outcome.trustDelta >= 0 ? '+' : '') + outcome.trustDelta,
            trust: Math.round(s.progress.trust),
          }),
        ]),
      ]),
    ]),
    h('section', { 'aria-labelledby': 'db-img-title' }, [
      h('h3', { id: 'db-img-title' }, [tx('db.imagery', { n: captures.length })]),
      gallery,
      misses.length ? h('h4', {}, [tx('db.missed')]) : null,
      misses.length ? h('ul', { class: 'db-misses' }, misses) : null,
    ]),
    firstCapture ? comparison(level, firstCapture) : null,
    h('div', { class: 'db-cols' }, [
      h('section', { 'aria-labelledby': 'db-obj-title' }, [
        h('h3', { id: 'db-obj-title' }, [
          tx('db.objectives', {
            // A debrief saved before v3 has no stored count: the list below says the same.
            got: outcome.objectivesCaptured ?? objectives.filter((li) => li.classList.contains('met')).length,
            total: outcome.objectivesTotal ?? objectives.length,
          }),
        ]),
        h('ul', { class: 'db-objectives' }, objectives),
      ]),
      h('section', { 'aria-labelledby': 'db-find-title' }, [
        h('h3', { id: 'db-find-title' }, [tx('db.findings')]),
        ...findingsResolved(s, declined),
      ]),
      h('section', { 'aria-labelledby': 'db-quota-title' }, [
        h('h3', { id: 'db-quota-title' }, [tx('db.quota')]),
        q
          ? h('p', {}, [
              tx(q.counted ? 'db.quotaCounted' : 'db.quotaNotCounted', {
                observer: partyName(s, q.observer),
                host: partyName(s, q.host),
                before: q.usedBefore,
                after: q.usedAfter,
                active: q.active,
                left: q.left,
                basis: q.basis,
              }),
            ])
          : null,
        outcome.trustItems?.length
          ? h(
              'ul',
              { class: 'db-trust' },
              outcome.trustItems.map((it) =>
                h('li', {}, [
                  `${tx(it.key)} `,
                  h('span', { class: 'num' }, [`${it.delta >= 0 ? '+' : ''}${it.delta}`]),
                ]),
              ),
            )
          : null,
      ]),
    ]),
    historyCard(level),
    h('section', { 'aria-labelledby': 'db-q-title' }, [
      h('h3', { id: 'db-q-title' }, [tx('db.questions')]),
      h(
        'ol',
        { class: 'db-questions' },
        level.texts.questions.map((x) => h('li', {}, [x])),
      ),
    ]),
    h('footer', { class: 'db-actions no-print' }, [
      button(tx('db.retry'), () => retryMission()),
      next ? button(tx('db.next'), () => nextMission(), { class: 'primary' }) : null,
      isLastMission(s, level.id) && storyEarned(s)
        ? button(tx('end.fromDebrief'), () => showCampaignEnd(), { class: 'primary', id: 'db-story' })
        : null,
      button(tx('db.campaign'), () => quitToCampaign()),
      button(tx('db.print'), () => window.print()),
      button(tx('db.savePlan'), () => downloadPlanFile(mc.plan)),
      sharePlanButton(),
      handInButton(),
    ]),
  ]);
  root.append(doc);
  (
    doc.querySelector<HTMLElement>('.db-actions .primary') ??
    doc.querySelector<HTMLElement>('.db-actions button')
  )?.focus({ preventScroll: true });
  doc.scrollTop = 0;
  return () => doc.remove();
}

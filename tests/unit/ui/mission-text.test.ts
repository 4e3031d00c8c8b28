import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEnglish, hasKey } from '../../../src/i18n';
import { enLate } from '../../../src/i18n/en-late';
import { PHASES } from '../../../src/state/schema';
import { SENSOR_KINDS } from '../../../src/world/types';
import { TREATY_MILESTONES } from '../../../src/rules/campaign-story';

// The whole English table: the trust story's words join it when its screen loads.
addEnglish(enLate);

const DIRS = ['src/ui/mission', 'src/ui/campaign', 'src/ui/debrief', 'src/ui/handbook', 'src/ui/host'];
const files = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(d, f)),
);

/** Keys the mission UI builds at run time, from the data types they come from. */
const DYNAMIC: string[] = [
  ...SENSOR_KINDS.flatMap((k) => [`sensor.${k}`, `sensor.short.${k}`]),
  ...['ship', 'aircraft', 'hangar', 'vehicles', 'building', 'launch-pad', 'runway', 'radar', 'port'].map(
    (k) => `kind.${k}`,
  ),
  ...['violation', 'restriction', 'notice'].flatMap((s) => [
    `sev.${s}`,
    `sev.letter.${s}`,
    `find.legend.${s}`,
  ]),
  ...PHASES.map((p) => `phase.${p}`),
  ...['accept', 'propose', 'demand', 'refuse'].map((k) => `rev.decision.${k}`),
  ...['refusal', 'demand', 'proposal'].map((k) => `rev.kind.${k}`),
  ...['host-yields', 'host-maintains', 'rejected'].map((k) => `rev.protest.${k}`),
  ...['right-article', 'wrong-article', 'lawful-objection', 'no-such-objection', 'already-withdrawn'].map(
    (k) => `rev.reason.${k}`,
  ),
  ...['accept', 'propose-changes', 'demand-changes', 'refuse'].flatMap((d) =>
    [0, 1, 2].map((v) => `host.decision.${d}.${v}`),
  ),
  ...[
    'escort.takeoff',
    'escort.entering-zone',
    'escort.passing-target.captured',
    'escort.passing-target.missed',
    'escort.deviation-request',
    'escort.landing',
  ].flatMap((k) => [0, 1, 2].map((v) => `${k}.${v}`)),
  ...['cloud', 'night', 'too-coarse', 'outside-swath'].map((k) => `db.miss.${k}`),
  ...['identify', 'recognise', 'detect', 'none'].map((k) => `db.interp.${k}`),
  ...['lawful-flight', 'violation-submitted', 'justified-protest', 'unjustified-protest'].map(
    (k) => `trust.${k}`,
  ),
  ...['flown', 'open', 'locked'].map((k) => `cp.state.${k}`),
  ...['noticeH', 'submitAfterArrivalH', 'takeoffAfterSubmitH'].map((k) => `tl.${k}`),
  ...['covered', 'missed', 'too-coarse', 'dark', 'cloud'].flatMap((k) => [
    `preview.status.${k}`,
    `preview.letter.${k}`,
  ]),
  // Host duty (src/ui/host): the observer's reasons, the kinds of change, the flight's fate.
  ...[
    'lawful-plan-accepted',
    'unlawful-plan-accepted',
    'refusal-lawful',
    'refusal-wrong-article',
    'refusal-of-lawful-plan',
    'change-lawful',
    'change-without-grounds',
    'change-contested-restriction',
    'change-prevents-observation',
    'change-breaks-treaty',
  ].map((k) => `host.observer.${k}`),
  ...['altitude', 'route', 'time'].map((k) => `host.changeKind.${k}`),
  // End of the campaign (src/ui/campaign/campaign-end.ts): milestones and how trust moved.
  ...TREATY_MILESTONES.map((m) => `end.m.${m.id}`),
  ...['rose', 'fell', 'held'].map((k) => `end.trend.${k}`),
  ...['flown-as-submitted', 'flown-changed', 'prohibited', 'declined'].map((k) => `host.debrief.flight.${k}`),
  // Two players (src/ui/host/hotseat-*): roles, answers, the protest's judgement, the flight's fate.
  ...['observer', 'host'].flatMap((k) => [
    `hotseat.role.${k}`,
    `hotseat.role.${k}Does`,
    `hotseat.debrief.${k}`,
  ]),
  ...['accept', 'change', 'refuse', 'yielded'].map((k) => `hotseat.answer.comply.${k}`),
  ...['comply', 'decline'].map((k) => `hotseat.debrief.answer.${k}`),
  ...['as-submitted', 'changed', 'prohibited', 'declined'].map((k) => `hotseat.debrief.flight.${k}`),
  ...['right-article', 'wrong-article', 'lawful-action', 'nothing-to-protest'].map(
    (k) => `hotseat.protest.${k}`,
  ),
  ...[
    'lawful-plan-accepted',
    'unlawful-plan-accepted',
    'refusal-lawful',
    'refusal-wrong-article',
    'refusal-of-lawful-plan',
    'change-lawful',
    'change-without-grounds',
    'change-contested-restriction',
    'change-prevents-observation',
    'change-breaks-treaty',
  ].map((k) => `hotseat.treaty.${k}`),
];

describe('mission UI text', () => {
  it('has every literal key the mission UI uses in the shared table', () => {
    const literal = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\btx\(\s*'([^']+)'/g)].map((m) => m[1]!),
    );
    expect(literal.length).toBeGreaterThan(100);
    expect(literal.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('has every key the mission UI builds from data', () => {
    expect(DYNAMIC.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('every template key in the sources has its family listed above', () => {
    const templates = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\btx\(\s*`([^`$]*)\$\{/g)].map((m) => m[1]!),
    );
    for (const prefix of templates)
      expect(
        DYNAMIC.some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });
});

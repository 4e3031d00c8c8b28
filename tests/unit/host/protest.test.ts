import { describe, expect, it } from 'vitest';
import { reviewPlan } from '../../../src/rules/host/review';
import { protest } from '../../../src/rules/host/protest';
import { decline } from '../../../src/rules/host/decline';
import { citesArticle, parseArticle } from '../../../src/rules/host/articles';
import type { FindingCode } from '../../../src/rules/types';
import { finding, makeLevel, makePlan, makeVerdict, squareZone, type PointSpec } from '../sim/fixtures';

const ROUTE: PointSpec[] = [{ lat: 55.6, lon: 40.0, altitudeM: 3000, sensors: ['optical'] }];
const CAP = finding('restriction/distance-cap', 'restriction', 'host practice', { zoneId: 'kgd' });
const CORRIDOR = finding('restriction/corridor', 'restriction', 'host practice', { zoneId: 'abk' });
const TOO_LONG = finding('route/too-long', 'violation', 'Art. VI §II.4(A)');
const EXERCISE = finding('airspace/exercise', 'notice', 'Art. VI §II.5', { zoneId: 'ex', leg: 0 });

const zones = [squareZone('ex', 'exercise', 55.6, 38.5, 0.2, { activeFromH: 0, activeToH: 40 })];

function respond(findings = [CAP, EXERCISE]) {
  return reviewPlan(makeVerdict(ROUTE, findings), makeLevel({ zones }), 3, makePlan(ROUTE));
}

describe('protest', () => {
  it.each<[string, FindingCode, string, FindingCode[], string, boolean, number]>([
    [
      'right article, host yields',
      'restriction/distance-cap',
      'Art. VI §II.2',
      ['restriction/distance-cap'],
      'host-yields',
      true,
      5,
    ],
    [
      'right article (max distance), host yields',
      'restriction/distance-cap',
      'Art. VI §II.4(A)',
      ['restriction/distance-cap'],
      'host-yields',
      true,
      5,
    ],
    [
      'right article, host maintains its position',
      'restriction/distance-cap',
      'Art. VI §II.2',
      [],
      'host-maintains',
      true,
      5,
    ],
    [
      'wrong article',
      'restriction/distance-cap',
      'Art. VIII §I.5',
      ['restriction/distance-cap'],
      'rejected',
      false,
      -10,
    ],
    [
      'too vague a citation',
      'restriction/distance-cap',
      'Art. VI',
      ['restriction/distance-cap'],
      'rejected',
      false,
      -10,
    ],
    [
      'exercise airspace: any point may be planned',
      'airspace/exercise',
      'Article VI, Section II, paragraph 2',
      ['airspace/exercise'],
      'host-yields',
      true,
      5,
    ],
    [
      'protest over an objection never raised',
      'restriction/corridor',
      'Art. VI §II.2',
      ['restriction/corridor'],
      'rejected',
      false,
      -10,
    ],
  ])('%s', (_name, code, article, yields, result, justified, trust) => {
    const level = makeLevel({ zones, hostBehaviour: { yieldsToProtest: yields } });
    const out = protest(respond(), code, article, level);
    expect(out.result).toBe(result);
    expect(out.justified).toBe(justified);
    expect(out.trustDelta).toBe(trust);
  });

  it('protesting a lawful refusal (a treaty violation) is unjustified whatever is cited', () => {
    const level = makeLevel({ hostBehaviour: { yieldsToProtest: ['route/too-long'] } });
    const r = respond([TOO_LONG, CAP]);
    for (const article of ['Art. VI §II.2', 'Art. VI §II.4(A)']) {
      const out = protest(r, 'route/too-long', article, level);
      expect(out).toMatchObject({
        result: 'rejected',
        reason: 'lawful-objection',
        justified: false,
        trustDelta: -10,
      });
      expect(out.response).toBe(r);
    }
  });

  it('when the host yields the objection is withdrawn and the decision follows what is left', () => {
    const level = makeLevel({
      zones,
      hostBehaviour: { yieldsToProtest: ['restriction/distance-cap', 'airspace/exercise'] },
    });
    const first = protest(respond(), 'restriction/distance-cap', 'Art. VI §II.2', level);
    expect(first.response.decision).toBe('propose-changes');
    expect(first.response.objections.find((o) => o.code === 'restriction/distance-cap')?.withdrawn).toBe(
      true,
    );
    expect(first.response.changes.map((c) => c.code)).toEqual(['airspace/exercise']);
    const second = protest(first.response, 'airspace/exercise', 'Art. VI §II.2', level);
    expect(second.response.decision).toBe('accept');
    expect(second.response.changes).toEqual([]);
    expect(second.response.proposedPlan).toBeNull();
    const again = protest(second.response, 'airspace/exercise', 'Art. VI §II.2', level);
    expect(again).toMatchObject({ result: 'rejected', reason: 'already-withdrawn', trustDelta: 0 });
  });

  it('is deterministic: the same protest gives byte-identical outcomes', () => {
    const level = makeLevel({ zones, hostBehaviour: { yieldsToProtest: ['restriction/corridor'] } });
    const r = respond([CORRIDOR, EXERCISE]);
    const a = JSON.stringify(protest(r, 'restriction/corridor', 'Art. VI §II.2', level));
    expect(JSON.stringify(protest(r, 'restriction/corridor', 'Art. VI §II.2', level))).toBe(a);
  });
});

describe('citations', () => {
  it.each([
    ['Art. VI §II.2', 'Art. VI §II.2', true],
    ['VI.II.2', 'Art. VI §II.2', true],
    ['art vi § ii.2', 'Art. VI §II.2', true],
    ['Article VI, Section II, paragraph 2', 'Art. VI §II.2', true],
    ['Art. VI §II.4(A)', 'Art. VI §II.4', true],
    ['Art. VI §II.4', 'Art. VI §II.4(A)', false],
    ['Art. VI §II.3', 'Art. VI §II.2', false],
    ['Art. VII §II.2', 'Art. VI §II.2', false],
    ['Art. VI', 'Art. VI §II.2', false],
    ['Annex A', 'Art. VI §II.2', false],
    ['', 'Art. VI §II.2', false],
  ])('%s cites %s: %s', (cited, governing, expected) => {
    expect(citesArticle(cited, governing)).toBe(expected);
  });

  it('parses the parts of an article reference', () => {
    expect(parseArticle('Art. VI §II.4(A)')).toEqual({
      article: 'VI',
      section: 'II',
      paragraph: '4',
      sub: 'A',
    });
    expect(parseArticle('Art. VIII §I.5')).toEqual({ article: 'VIII', section: 'I', paragraph: '5' });
    expect(parseArticle('host practice')).toBeNull();
  });
});

describe('decline', () => {
  it('is not counted against the quota (Art. VIII §I.5)', () => {
    const level = makeLevel({ quota: { active: 16, used: 7 } });
    const out = decline(respond([CAP]), level);
    expect(out.ledger).toEqual({
      host: 'RUS',
      observer: 'USA',
      counted: false,
      reason: 'declined',
      basis: 'Art. VIII §I.5',
      usedBefore: 7,
      usedAfter: 7,
      active: 16,
      left: 9,
    });
    expect(out.decision).toBe('demand-changes');
    expect(decline(respond([CAP]), level, 10).ledger.usedAfter).toBe(10);
  });
});

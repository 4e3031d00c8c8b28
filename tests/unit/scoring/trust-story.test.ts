/** The trust story (end of campaign): missions in historical order between the treaty's milestones. */
import { describe, expect, it } from 'vitest';
import {
  campaignComplete,
  START_TRUST,
  TREATY_MILESTONES,
  trustStory,
  type MissionEvent,
  type StoryLevel,
} from '../../../src/rules/campaign-story';
import { applyMissionTrust } from '../../../src/rules/scoring';

const LEVELS: StoryLevel[] = [
  { id: '01-a', title: 'A', arrivalUtc: '2002-09-16T05:00:00Z' },
  { id: '02-b', title: 'B', arrivalUtc: '2002-12-09T05:00:00Z' },
  { id: '03-c', title: 'C', arrivalUtc: '2017-11-13T05:00:00Z' },
  { id: '04-d', title: 'D', arrivalUtc: '2017-08-08T11:00:00Z' },
  { id: '09-e', title: 'E', arrivalUtc: '2020-09-14T05:00:00Z' },
];

const missions = (events: ReturnType<typeof trustStory>['events']): MissionEvent[] =>
  events.filter((e): e is MissionEvent => e.kind === 'mission');

describe('trustStory', () => {
  it('orders missions and milestones by date, a milestone before a mission of the same day', () => {
    const story = trustStory(LEVELS, { results: {}, trustByLevel: {} });
    const dates = story.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(missions(story.events).map((e) => e.levelId)).toEqual(['01-a', '02-b', '04-d', '03-c', '09-e']);
    expect(story.events.filter((e) => e.kind === 'milestone')).toHaveLength(TREATY_MILESTONES.length);
    const same = trustStory([{ id: 'x', title: 'X', arrivalUtc: '2020-11-22T05:00:00Z' }], {
      results: {},
      trustByLevel: {},
    }).events.map((e) => (e.kind === 'mission' ? 'mission' : e.milestone.id));
    expect(same.indexOf('us-exit')).toBeLessThan(same.indexOf('mission'));
  });

  it('replays trust in historical order with the game’s own rule, only for missions flown', () => {
    const progress = {
      results: { '01-a': { stars: 3 }, '02-b': { stars: 1 }, '03-c': { stars: 2 }, '04-d': { stars: 0 } },
      trustByLevel: { '01-a': 10, '02-b': 15, '03-c': -20, '04-d': 5, '09-e': 40 },
    };
    const story = trustStory(LEVELS, progress);
    const ms = missions(story.events);
    // 09-e has a ledger entry but no result: it was not flown and moves nothing.
    expect(ms.map((m) => [m.levelId, m.flown, m.delta, m.trustAfter])).toEqual([
      ['01-a', true, 10, 60],
      ['02-b', true, 15, 75],
      ['04-d', true, 5, 80],
      ['03-c', true, -20, 60],
      ['09-e', false, 0, 60],
    ]);
    let st = { trust: START_TRUST, ledger: {} as Record<string, number> };
    for (const id of ['01-a', '02-b', '04-d', '03-c'])
      st = applyMissionTrust(st, id, progress.trustByLevel[id as keyof typeof progress.trustByLevel]);
    expect(story.endTrust).toBe(st.trust);
    expect(story.stars).toBe(6);
    expect(story.maxStars).toBe(15);
    expect(story.missionsFlown).toBe(4);
    expect(story.trend).toBe('rose');
  });

  it('milestones carry the trust of the moment (the last mission before them)', () => {
    const story = trustStory(LEVELS, {
      results: { '01-a': { stars: 1 } },
      trustByLevel: { '01-a': -30 },
    });
    for (const e of story.events) {
      if (e.kind === 'milestone') expect(e.trustAfter).toBe(e.date < '2002-09' ? START_TRUST : 20);
    }
    expect(story.trend).toBe('fell');
  });

  it('keeps trust in 0..100 and stars in 0..3 whatever a save says', () => {
    const story = trustStory(LEVELS, {
      results: { '01-a': { stars: 9 }, '02-b': { stars: -2 } },
      trustByLevel: { '01-a': 100, '02-b': 100 },
    });
    for (const e of missions(story.events)) {
      expect(e.trustAfter).toBeGreaterThanOrEqual(0);
      expect(e.trustAfter).toBeLessThanOrEqual(100);
      expect(e.stars).toBeGreaterThanOrEqual(0);
      expect(e.stars).toBeLessThanOrEqual(3);
    }
    expect(story.endTrust).toBe(100);
    expect(story.stars).toBe(3);
  });

  it('an untouched campaign holds at the start value', () => {
    const story = trustStory(LEVELS, { results: {}, trustByLevel: {} });
    expect(story.trend).toBe('held');
    expect(story.endTrust).toBe(START_TRUST);
    expect(story.missionsFlown).toBe(0);
  });

  it('does not read inherited keys of a hostile save', () => {
    const results = JSON.parse('{"__proto__": {"stars": 3}}') as Record<string, { stars: number }>;
    const story = trustStory([{ id: 'constructor', title: 'X', arrivalUtc: '2010-01-01T00:00:00Z' }], {
      results,
      trustByLevel: {},
    });
    expect(story.missionsFlown).toBe(0);
  });
});

describe('campaignComplete', () => {
  it('is true once the last mission of the order has a result, whatever its stars', () => {
    const order = ['01-a', '02-b', '09-e'];
    expect(campaignComplete(order, { results: {} })).toBe(false);
    expect(campaignComplete(order, { results: { '01-a': { stars: 3 } } })).toBe(false);
    expect(campaignComplete(order, { results: { '09-e': { stars: 0 } } })).toBe(true);
    expect(campaignComplete([], { results: {} })).toBe(false);
  });
});

describe('TREATY_MILESTONES', () => {
  it('are in date order with ISO dates', () => {
    const dates = TREATY_MILESTONES.map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

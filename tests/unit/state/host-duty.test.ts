/** Host duty actions (08, issue 14): plans in turn, findings hidden, decisions, debrief, resume. */
import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import * as host from '../../../src/state/actions/host-duty';
import { currentPlan } from '../../../src/state/selectors';
import { bootStore, memoryStorage } from './actions-helpers';

function open08(store: ReturnType<typeof bootStore>): void {
  a.startMission('08-host-duty');
  a.beginPlanning();
  expect(store.getState().mission?.phase).toBe('review');
}

describe('host duty', () => {
  it('shows each incoming plan with the findings hidden, then scores accept, change and refusal', () => {
    const store = bootStore(memoryStorage(), '08-host-duty');
    open08(store);
    let s = store.getState();
    const level = s.levels['08-host-duty']!;
    expect(currentPlan(s)?.waypoints).toEqual(host.incomingPlan(level, 0)?.plan.waypoints);
    expect(s.verdict).toBeNull();
    expect(s.review).toBeNull();
    expect(host.hostDutyState(s)).toMatchObject({ index: 0, revealed: false, current: null });

    host.hostDecide({ kind: 'accept' });
    s = store.getState();
    expect(host.hostDutyState(s)?.current?.reply.reason).toBe('lawful-plan-accepted');
    expect(s.verdict).not.toBeNull();
    host.nextIncoming();

    s = store.getState();
    expect(host.hostDutyState(s)).toMatchObject({ index: 1, revealed: false });
    expect(s.verdict).toBeNull();
    host.revealFindings();
    expect(store.getState().verdict?.findings.map((f) => f.code)).toContain('airspace/hazardous');
    // An altitude change over the Pentagon loses the Pentagon: the observer protests; give way.
    expect(host.proposeHostChange({ what: 'altitude', waypoint: 0, altitudeM: 6000 })).toBe(true);
    expect(host.hostDutyState()?.current?.reply.reason).toBe('change-prevents-observation');
    host.nextIncoming(); // not settled: nothing happens
    expect(host.hostDutyState()?.index).toBe(1);
    host.answerProtest('give-way');
    host.nextIncoming();

    host.hostDecide({ kind: 'refuse', article: 'Art. VIII §I.1' });
    expect(host.hostDutyState()?.current?.reply.reason).toBe('refusal-lawful');
    host.nextIncoming();

    s = store.getState();
    expect(s.mission?.phase).toBe('debrief');
    expect(host.hostDutyState(s)?.done.map((d) => d.reply.kind)).toEqual(['fly', 'protest', 'withdraw']);
    // 100 + 50 (gave way) + 100; two of three first decisions lawful → 2 stars.
    expect(s.progress.results['08-host-duty']).toMatchObject({ score: 250, stars: 2 });
    expect(s.mission?.outcome).toMatchObject({ score: 250, stars: 2, trustDelta: 5 });
    // Trust counts once per mission, as for the observer's missions (issue 10).
    expect(s.progress.trustByLevel['08-host-duty']).toBe(5);
    const trust = s.progress.trust;
    open08(store);
    for (let i = 0; i < 3; i++) {
      host.hostDecide({ kind: 'accept' });
      if (host.hostDutyState()?.current?.reply.kind === 'protest') host.answerProtest('give-way');
      host.nextIncoming();
    }
    s = store.getState();
    expect(s.mission?.phase).toBe('debrief');
    const again = s.mission!.outcome!.trustDelta;
    expect(s.progress.trustByLevel['08-host-duty']).toBe(again);
    expect(s.progress.trust).toBe(Math.min(100, Math.max(0, trust - 5 + again)));
  });

  it('a route change uses the rules’ detour; an empty change is ignored', () => {
    open08(bootStore(memoryStorage(), '08-host-duty'));
    expect(host.proposeHostChange({ what: 'route' })).toBe(false);
    expect(host.proposeHostChange({ what: 'time', delayH: 0 })).toBe(false);
    expect(host.hostDutyState()?.current).toBeNull();
  });

  it('resumes in the middle of the duty with the decisions kept and the findings still hidden', () => {
    const storage = memoryStorage();
    const store = bootStore(storage, '08-host-duty');
    open08(store);
    host.hostDecide({ kind: 'accept' });
    host.nextIncoming();
    const again = bootStore(storage, '08-host-duty');
    expect(a.resumeMission()).toBe(true);
    const s = again.getState();
    expect(s.mission?.phase).toBe('review');
    expect(host.hostDutyState(s)).toMatchObject({ index: 1, revealed: false });
    expect(host.hostDutyState(s)?.done).toHaveLength(1);
    expect(s.verdict).toBeNull();
    expect(s.review).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountAnnouncer, VERDICT_SETTLE_MS } from '../../../src/ui/a11y/announce';
import { createGameStore, type GameState, type GameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';
import type { Finding, Level, Plan, Verdict } from '../../../src/rules/types';
import type { FlightResult } from '../../../src/rules/sim/flight-types';

const verdict = (findings: Finding[] = []): Verdict => ({
  ok: findings.length === 0,
  findings,
  distanceKm: 1834,
  maxDistanceKm: 2100,
  legs: [],
  flightDurationH: 1,
  takeoffAfterArrivalH: 26,
  endAfterArrivalH: 27,
});
const tooLong: Finding = { code: 'route/too-long', severity: 'violation', basis: '', params: {} };
const level = { id: 'L1', targets: [{ id: 't1', name: 'Baltiysk' }] } as unknown as Level;
const mission = (phase: 'planning' | 'flight' | 'review', tH?: number): GameState['mission'] => ({
  levelId: 'L1',
  phase,
  seed: 1,
  past: [],
  present: {} as Plan,
  future: [],
  ...(tH !== undefined ? { flight: { tH, paused: false } } : {}),
});

let store: GameStore;
let live: { textContent: string };
let unmount: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  store = createGameStore(createSafeStorage(() => undefined));
  store.setState({ screen: 'mission', levels: { L1: level }, mission: mission('planning') });
  live = { textContent: '' };
  unmount = mountAnnouncer(store, live as unknown as HTMLElement);
});

afterEach(() => {
  unmount();
  vi.useRealTimers();
});

const flush = async (ms = 0): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('announcer', () => {
  it('speaks the verdict once it has settled, not on every change while dragging', async () => {
    store.setState({ verdict: verdict([tooLong]) });
    await flush(VERDICT_SETTLE_MS / 2);
    store.setState({ verdict: verdict() });
    await flush(VERDICT_SETTLE_MS / 2);
    expect(live.textContent).toBe('');
    await flush(VERDICT_SETTLE_MS);
    expect(live.textContent).toBe('Plan lawful: 1,834 of 2,100 km.');
    store.setState({ verdict: verdict([tooLong]) });
    await flush(VERDICT_SETTLE_MS);
    expect(live.textContent).toBe('1 problem: Route too long.');
  });

  it('does not repeat an unchanged verdict', async () => {
    store.setState({ verdict: verdict() });
    await flush(VERDICT_SETTLE_MS);
    live.textContent = 'something else';
    store.setState({ verdict: verdict() });
    await flush(VERDICT_SETTLE_MS);
    expect(live.textContent).toBe('something else');
  });

  it('passes the actions’ announcements through, and makes a repeat differ so it is read again', async () => {
    store.setState({ announcement: { key: 'say.undone', params: {}, seq: 1 } });
    await flush();
    expect(live.textContent).toBe('Undone.');
    store.setState({ announcement: { key: 'say.undone', params: {}, seq: 2 } });
    await flush();
    expect(live.textContent.trim()).toBe('Undone.');
    expect(live.textContent).not.toBe('Undone.');
    store.setState({ announcement: { key: 'say.wp-added', params: { n: 3 }, seq: 3 } });
    await flush();
    expect(live.textContent).toBe('Waypoint 3 added.');
  });

  it('announces a phase change only when the action did not', async () => {
    store.setState({ mission: mission('review') });
    await flush();
    expect(live.textContent).toBe('Host review of the plan.');
    store.setState({
      mission: mission('flight', 26),
      announcement: { key: 'say.takeoff', params: {}, seq: 4 },
    });
    await flush();
    expect(live.textContent).toBe('Take-off. The flight has begun.');
  });

  it('announces captures as the flight clock passes them, several at once in one message', async () => {
    const flight = {
      status: 'flown',
      captures: [
        { targetId: 't1', tH: 26.5, resolutionM: 0.34 },
        { targetId: 't2', tH: 26.6, resolutionM: 3 },
      ],
    } as unknown as FlightResult;
    store.setState({
      mission: mission('flight', 26),
      flight,
      announcement: { key: 'say.paused', params: {}, seq: 5 },
    });
    await flush();
    store.setState({ mission: mission('flight', 26.7) });
    await flush();
    expect(live.textContent).toBe('Captured Baltiysk at 0.3 m. Captured t2 at 3 m.');
  });
});

import { describe, expect, it } from 'vitest';
import type { ProposedChange } from '../../../src/rules/host';
import { bindActionStore } from '../../../src/state/actions/mission';
import { reportLoadProblem, retryLoad, setMapFocus, setReviewFocus } from '../../../src/state/actions/view';
import { createGameStore } from '../../../src/state/store';
import { createSafeStorage } from '../../../src/state/storage';
import { memoryStorage } from '../../helpers/memory-storage';

const fresh = () => createGameStore(createSafeStorage(() => memoryStorage()));

describe('shared view fields are store fields set by actions', () => {
  it('map focus, review focus and the load problem change through actions and notify subscribers', () => {
    const store = fresh();
    bindActionStore(store);
    const seen: string[] = [];
    store.subscribe(
      (s) => s.mapFocus,
      (v) => seen.push(v),
    );
    setMapFocus(store, 'UKR');
    setMapFocus(store, 'UKR');
    expect(seen).toEqual(['UKR']);

    const change = {
      kind: 'altitude',
      waypoints: [0],
      fromM: [3000],
      toM: 6000,
    } as unknown as ProposedChange;
    setReviewFocus(change);
    expect(store.getState().reviewFocus).toBe(change);
    setReviewFocus(null);
    expect(store.getState().reviewFocus).toBeNull();

    reportLoadProblem(store, { file: 'countries-50m.json', kind: 'http', status: 404 });
    expect(store.getState().loadProblem).toEqual({ file: 'countries-50m.json', kind: 'http', status: 404 });
    const before = store.getState().loadAttempt;
    retryLoad(store);
    expect(store.getState().loadProblem).toBeNull();
    expect(store.getState().loadAttempt).toBe(before + 1);
  });
});

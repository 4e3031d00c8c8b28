/** Campaign scoring rules: trust counts once per mission, and a mission needs a star to open the next. */
import { describe, expect, it } from 'vitest';
import { applyMissionTrust, STARS_TO_UNLOCK_NEXT, unlocksNext } from '../../../src/rules/scoring';

describe('trust counts once per mission', () => {
  it('a retry replaces the mission’s earlier change instead of adding to it', () => {
    let st = { trust: 50, ledger: {} as Record<string, number> };
    st = applyMissionTrust(st, '02', 15);
    expect(st.trust).toBe(65);
    st = applyMissionTrust(st, '02', 15);
    st = applyMissionTrust(st, '02', 15);
    expect(st.trust).toBe(65);
    expect(st.ledger).toEqual({ '02': 15 });
  });

  it('a worse retry lowers trust to what that flight earned; other missions keep theirs', () => {
    let st = applyMissionTrust({ trust: 50, ledger: {} }, '01', 10);
    st = applyMissionTrust(st, '02', 15);
    expect(st.trust).toBe(75);
    st = applyMissionTrust(st, '02', -10);
    expect(st.trust).toBe(50);
    expect(st.ledger).toEqual({ '01': 10, '02': -10 });
  });

  it('stays within 0..100 and does not mutate its input', () => {
    const start = { trust: 95, ledger: { '01': 10 } };
    const st = applyMissionTrust(start, '02', 15);
    expect(st.trust).toBe(100);
    expect(start).toEqual({ trust: 95, ledger: { '01': 10 } });
    expect(applyMissionTrust({ trust: 3, ledger: {} }, '05', -20).trust).toBe(0);
  });
});

describe('unlocking the next mission', () => {
  it('needs at least one star', () => {
    expect(STARS_TO_UNLOCK_NEXT).toBe(1);
    expect(unlocksNext(0)).toBe(false);
    expect(unlocksNext(1)).toBe(true);
    expect(unlocksNext(3)).toBe(true);
  });
});

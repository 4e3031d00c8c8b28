/** The boot's cheap check of a ?observe= party agrees with the free-flight list. */
import { describe, expect, it } from 'vitest';
import { isObservableParty, observableParties, PARTIES } from '../../../src/world';

describe('isObservableParty', () => {
  it('is true exactly for the parties free flight offers', () => {
    const offered = new Set(observableParties().map((p) => p.iso3));
    expect(offered.size).toBeGreaterThan(5);
    for (const p of PARTIES) expect(isObservableParty(p.iso3), p.iso3).toBe(offered.has(p.iso3));
  });

  it('is false for no party, an unknown code and a non-party', () => {
    for (const code of [null, undefined, '', 'XXX', 'rus', 'CHN'])
      expect(isObservableParty(code)).toBe(false);
  });
});

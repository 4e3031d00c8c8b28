/**
 * The end-of-campaign screen's history: each milestone's date and every year, number and name
 * of its text are backed by the sources it names (levels/sources.json), and so is the closing
 * that gives both sides' arguments.
 */
import { describe, expect, it } from 'vitest';
import { TREATY_MILESTONES } from '../../../src/rules/campaign-story';
import { sourceById } from '../../../src/rules/level/sources';
import { CLOSING_KEYS, CLOSING_SOURCES } from '../../../src/ui/campaign/campaign-end';
import { enAll as en } from '../../helpers/english';
import { claimsOf } from '../../helpers/claims';

const backing = (ids: readonly string[]): string =>
  ids
    .map((id) => {
      const s = sourceById(id);
      expect(s, `source ${id}`).toBeDefined();
      return `${s?.title ?? ''} ${s?.supports ?? ''} ${s?.date ?? ''}`;
    })
    .join('\n');

describe('treaty milestones', () => {
  it.each(TREATY_MILESTONES.map((m) => [m.id, m] as const))('%s: date and text have a source', (id, m) => {
    const text = backing(m.sources);
    expect(text, `year of ${id}`).toContain(m.date.slice(0, 4));
    const key = `end.m.${id}` as keyof typeof en;
    expect(en[key], `text of ${id}`).toBeTruthy();
    for (const claim of claimsOf(en[key])) expect(text.includes(claim), `"${claim}" in ${key}`).toBe(true);
  });

  it('include the treaty in force, the Kaliningrad cap, the Georgia corridor and both exits', () => {
    const ids = TREATY_MILESTONES.map((m) => m.id);
    for (const id of ['in-force', 'kaliningrad-cap', 'georgia-corridor', 'us-exit', 'russia-exit'])
      expect(ids).toContain(id);
    const date = (id: string): string => TREATY_MILESTONES.find((m) => m.id === id)?.date ?? '';
    expect(date('in-force')).toBe('2002-01-01');
    expect(date('us-exit')).toBe('2020-11-22');
    expect(date('russia-exit')).toBe('2021-12-18');
  });
});

describe('closing: both sides of the argument', () => {
  it.each(CLOSING_KEYS.map((k) => [k]))('%s: every year, number and name has a source', (key) => {
    const text = backing(CLOSING_SOURCES);
    for (const claim of claimsOf(en[key])) expect(text.includes(claim), `"${claim}" in ${key}`).toBe(true);
  });

  it('gives the US reasons, Russia’s reasons and the Europeans’ view', () => {
    expect(en['end.close.us']).toMatch(/Kaliningrad/);
    expect(en['end.close.russia']).toMatch(/guarantees/);
    expect(en['end.close.europe']).toMatch(/regret/);
  });
});

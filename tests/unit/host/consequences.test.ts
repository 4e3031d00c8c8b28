/**
 * The host's proposed changes state their effect on the mission before the player accepts:
 * 02's take-off shift lands after sunset (the camera loses the objectives), 04's altitude band
 * makes the pictures too coarse. Checked through the store, with the planning preview.
 */
import { describe, expect, it } from 'vitest';
import * as a from '../../../src/state/actions/mission';
import { bootStore, enterPlan, memoryStorage, referencePlan } from '../state/actions-helpers';

function review(levelId: string) {
  const store = bootStore(memoryStorage(), levelId);
  a.startMission(levelId);
  a.beginPlanning();
  enterPlan(referencePlan(`${levelId}.lawful`));
  a.submitPlan();
  return store.getState();
}

describe('consequences of the host’s changes', () => {
  it('02: the take-off shift is after sunset and costs the objectives', () => {
    const s = review('02-first-flight-over-russia');
    const e = s.reviewEffects!;
    const shift = e.byKind.find((x) => x.kind === 'takeoff-time')!;
    expect(shift.takeoffUtcMs).toBeGreaterThan(
      Date.parse(s.levels['02-first-flight-over-russia']!.arrivalUtc),
    );
    expect(shift.dark).toBeGreaterThan(0);
    expect(e.all!.coveredBefore).toBe(e.all!.objectives);
    expect(e.all!.coveredAfter).toBeLessThan(e.all!.coveredBefore);
    expect(e.all!.lost.length).toBeGreaterThan(0);
    // The effect is the preview of the agreed plan: accepting brings exactly that home.
    a.acceptReview();
    expect(a.actionStore().getState().preview!.objectivesCovered).toBe(e.all!.coveredAfter);
  });

  it('an accepted plan without changes has no effect to state', () => {
    const s = review('01-training-flight');
    expect(s.review!.changes).toEqual([]);
    expect(s.reviewEffects).toEqual({ byKind: [], all: null });
  });

  it('an altitude change reports the resolution it gives and how many objectives need finer', () => {
    const s = review('04-bedminster');
    const alt = s.reviewEffects!.byKind.find((x) => x.kind === 'altitude');
    if (!alt) throw new Error(`04 proposes ${JSON.stringify(s.review!.changes.map((c) => c.kind))}`);
    expect(alt.resolutionM).toBeGreaterThan(0);
    const level = s.levels['04-bedminster']!;
    const finer = level.targets.filter((t) => t.objective && t.resolutionNeededM < alt.resolutionM!).length;
    expect(alt.coarse).toBe(finer);
  });
});

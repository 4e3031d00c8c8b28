/**
 * Save fuzzer (issue 9): any JSON value, shaped like the save or not, loads to a running store
 * and never throws; every field that comes back is valid; a save that was not taken as it was
 * comes with a message for the player. 1,000 cases, fixed seed.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { levelYear, type Level } from '../../../src/rules';
import * as a from '../../../src/state/actions/mission';
import { loadLevels, parseLevelFiles, bundledLevelFiles } from '../../../src/state/level-files';
import { SAVE_VERSION } from '../../../src/state/migrate';
import {
  DEFAULT_SETTINGS,
  missionSchema,
  PHASES,
  progressSchema,
  settingsSchema,
} from '../../../src/state/schema';
import { currentLevel, isUnlocked, missionInProgress, playableCampaign } from '../../../src/state/selectors';
import { createGameStore } from '../../../src/state/store';
import { createSafeStorage, STORAGE_KEY } from '../../../src/state/storage';
import { loadWorldNode } from '../../../src/world/load-node';
import { memoryStorage } from '../../helpers/memory-storage';
import { referencePlan } from './actions-helpers';

const LEVEL = parseLevelFiles(bundledLevelFiles()).levels['01-training-flight'] as Level;
const WORLD = loadWorldNode(levelYear(LEVEL));
const PLAN = referencePlan('01-training-flight.lawful');

const json = fc.jsonValue({ maxDepth: 3 });
/** A value of the right kind most of the time, any JSON otherwise. */
const or = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: json });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const tricky = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', '', '99-gone');
const levelId = fc.oneof(
  fc.constantFrom('01-training-flight', '02-first-flight-over-russia'),
  tricky,
  fc.string(),
);

const settings = fc.dictionary(
  fc.oneof(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)), fc.string()),
  fc.oneof(fc.double(), fc.boolean(), fc.constantFrom('okabe-ito', 'high-contrast', 'en', null, 4, 16), json),
  { maxKeys: 12 },
);
const progress = fc.record(
  {
    results: or(
      fc.dictionary(
        fc.oneof(levelId, tricky),
        or(fc.record({ stars: fc.integer({ min: -1, max: 4 }), score: fc.double() })),
        { maxKeys: 5 },
      ),
    ),
    trust: or(fc.double({ min: -10, max: 120 })),
    quotaUsed: or(
      fc.dictionary(
        fc.oneof(fc.constantFrom('USA>RUS@2002', 'USA>UKR@2002', '__proto__'), fc.string()),
        or(fc.integer({ min: -2, max: 5 })),
        { maxKeys: 4 },
      ),
    ),
    stars: json,
  },
  { requiredKeys: [] },
);
const plan = fc.oneof(
  fc.constant(PLAN),
  fc.array(or(fc.constant(PLAN.waypoints[0])), { maxLength: 3 }).map((waypoints) => ({ ...PLAN, waypoints })),
  json,
);
const mission = fc.record(
  {
    levelId,
    phase: or(fc.constantFrom(...PHASES, 'refuelling')),
    seed: or(fc.integer()),
    past: or(fc.array(plan, { maxLength: 2 })),
    present: plan,
    future: or(fc.array(plan, { maxLength: 2 })),
    review: or(
      fc.record({
        protests: fc.array(
          fc.record({
            code: fc.oneof(
              fc.constantFrom('route/too-long', 'route/from-the-future', 'constructor'),
              fc.string(),
            ),
            article: fc.string(),
          }),
          { maxLength: 2 },
        ),
      }),
    ),
    flight: or(fc.record({ tH: fc.double(), paused: fc.boolean() })),
    outcome: json,
  },
  { requiredKeys: ['levelId', 'phase', 'present'] },
);
const state = fc.record(
  { settings: or(settings), progress: or(progress), mission: fc.oneof(fc.constant(null), or(mission)) },
  { requiredKeys: [] },
);
const version = fc.oneof(fc.constantFrom(0, 1, SAVE_VERSION, SAVE_VERSION + 1, -1, 1.5), json);
/** What storage may hold: a save-shaped value, any JSON, or text that is not JSON at all. */
const raw = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ state: or(state), version: maybe(version) }).map((v) => JSON.stringify(v)),
  },
  { weight: 1, arbitrary: json.map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string() },
);

describe('save fuzzer', () => {
  it('any stored text loads to a running game with a message, never an exception', () => {
    // The store names each repaired save on the console; 1,000 of them are noise here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(raw, (text) => {
        const backing = memoryStorage();
        backing.data.set(STORAGE_KEY, text);
        const store = createGameStore(createSafeStorage(() => backing));
        loadLevels(store);
        store.setState({ world: WORLD });
        a.bindActionStore(store);
        const s = store.getState();
        // Every field that came back is valid.
        expect(settingsSchema.safeParse(s.settings).success).toBe(true);
        expect(progressSchema.safeParse(s.progress).success).toBe(true);
        if (s.mission) expect(missionSchema.safeParse(s.mission).success).toBe(true);
        // A save not taken as it was is told (unless the text was simply empty of a save).
        const parsed = (() => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            return undefined;
          }
        })();
        const given = (parsed as { state?: { settings?: Record<string, unknown> } } | undefined)?.state;
        if (s.saveNotice === null && given && typeof given === 'object') {
          for (const [k, v] of Object.entries(given.settings ?? {})) {
            if (Object.hasOwn(DEFAULT_SETTINGS, k))
              expect(s.settings[k as keyof typeof s.settings]).toEqual(v);
          }
        }
        if (s.saveNotice === null && parsed !== undefined) {
          expect(typeof given === 'object' && given !== null && !Array.isArray(given)).toBe(true);
        }
        // The screens' questions have answers, and Continue either resumes or closes with a notice.
        playableCampaign(s);
        isUnlocked(s, '01-training-flight');
        currentLevel(s);
        if (missionInProgress(s)) {
          const resumed = a.resumeMission();
          const after = store.getState();
          expect(resumed || after.missionNotice !== null || after.mission === null).toBe(true);
        }
        // And the game goes on: a mission starts.
        a.startMission('01-training-flight');
        expect(store.getState().mission?.levelId).toBe('01-training-flight');
      }),
      { seed: 20_260_901, numRuns: 1_000 },
    );
    warn.mockRestore();
  }, 240_000);
});

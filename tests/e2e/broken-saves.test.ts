/**
 * Issue 9: the built game starts on 20 kinds of broken save and reaches the map each time —
 * the title screen answers, Start leads to the menu over the world map, Continue (when offered)
 * resumes or closes the mission with a notice, and the campaign opens. No page error, ever.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type WatchedPage } from '../helpers/browser';
import { asFirstVisit, read, shot } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const PLAN = JSON.parse(readFileSync('levels/reference/01-training-flight.lawful.plan.json', 'utf8'));
const save = (state: unknown, version: unknown = 2) => JSON.stringify({ state, version });
const mission = (extra: Record<string, unknown>) => ({
  levelId: '01-training-flight',
  phase: 'planning',
  seed: 7,
  past: [],
  present: PLAN,
  future: [],
  ...extra,
});
const progress = { results: { '01-training-flight': { stars: 2, score: 300 } }, trust: 64, quotaUsed: {} };

/** [name, stored text, what the title screen says about it (null: nothing)]. */
const SAVES: [string, string, RegExp | null][] = [
  ['garbage', '{{{garbage', /could not be read/],
  ['truncated JSON', save({ progress }).slice(0, 40), /could not be read/],
  ['null', 'null', /could not be read/],
  ['a number', '42', /could not be read/],
  ['an array', '[]', /could not be read/],
  ['a state that is a number', save(42), /could not be read/],
  ['binary bytes', '\u0000\u0001\u00ff\ufffe', /could not be read/],
  [
    'a mission for level "constructor"',
    save({ progress, mission: mission({ levelId: 'constructor' }) }),
    null,
  ],
  [
    'a mission for level "__proto__"',
    save({ progress, mission: mission({ levelId: '__proto__' }) }),
    /Part of/,
  ],
  [
    'a mission for level "toString"',
    save({ progress, mission: mission({ levelId: 'toString' }) }),
    /Part of/,
  ],
  ['a mission for an unknown level', save({ progress, mission: mission({ levelId: '99-gone' }) }), null],
  [
    'one out-of-range setting',
    save({ settings: { uiScale: 99, palette: 'high-contrast' }, progress }),
    /Part of/,
  ],
  [
    'one bad trust entry',
    save({ progress: { ...progress, trustByLevel: { '01-training-flight': -300 } } }),
    /Part of/,
  ],
  [
    'results under built-in names',
    save({ progress: { ...progress, results: JSON.parse('{"__proto__":{"stars":3,"score":1}}') } }),
    /Part of/,
  ],
  ['a newer save version', save({ progress }, 99), /newer version/],
  ['a v2 save labelled version 0', save({ progress }, 0), null],
  ['an unknown phase', save({ progress, mission: mission({ phase: 'refuelling' }) }), /newer version/],
  ['a flight-phase mission with no review', save({ progress, mission: mission({ phase: 'flight' }) }), null],
  [
    'a protest of an unknown finding code',
    save({
      progress,
      mission: mission({ phase: 'review', review: { protests: [{ code: 'x/new', article: 'Art. I' }] } }),
    }),
    null,
  ],
  ['a plan that is not a plan', save({ progress, mission: mission({ present: { hello: 'world' } }) }), null],
];

describe('the built game on 20 kinds of broken save', () => {
  // One tab for all the kinds, as a player who reloads: before each boot only the broken save is
  // in the storage (asFirstVisit).
  let tab: WatchedPage | undefined;
  beforeAll(async () => {
    tab = await openPage(game.browser, { width: 1280, height: 800 });
    // The machine may be loaded: wait as long as a player would, never assert a time.
    tab.page.setDefaultTimeout(120_000);
  });
  afterAll(async () => {
    await tab?.page.context().close();
  });

  it('has 20 kinds', () => expect(SAVES).toHaveLength(20));

  it.each(SAVES)(
    '%s: boots, tells, and reaches the map',
    async (name, text, told) => {
      const { page, errors } = tab!;
      await asFirstVisit(tab!, game.server.url, text);
      await page.goto(`${game.server.url}?renderer=canvas`);
      await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
      const notice = page.locator('#save-notice');
      if (told) {
        await notice.waitFor();
        expect(await notice.textContent()).toMatch(told);
        expect(await notice.getByRole('button', { name: 'Download the broken save' }).count()).toBe(1);
        if (name === 'garbage') await shot(page, 'broken-save-title');
        // The original is kept aside, not overwritten.
        expect(await page.evaluate(() => localStorage.getItem('open-skies:save-backup'))).toBe(text);
        await notice.getByRole('button', { name: /Start fresh|Continue/ }).click();
        await notice.waitFor({ state: 'detached' });
      } else expect(await notice.count()).toBe(0);
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.waitForFunction(() => {
        const s = (window as unknown as { __openSkies?: { store: { getState(): { world: unknown } } } })
          .__openSkies;
        return !!s && s.store.getState().world !== null;
      });
      const cont = page.locator('#menu-continue');
      if (await cont.count()) {
        await cont.click();
        await page.waitForFunction(() => {
          const s = (window as unknown as { __openSkies: { store: { getState(): { screen: string } } } })
            .__openSkies;
          return ['mission', 'campaign'].includes(s.store.getState().screen);
        });
        if ((await read<string>(page, 's => s.screen')) === 'campaign') {
          expect(await page.locator('.cp-notice').textContent()).toMatch(/closed|newer|broken|not available/);
        }
      } else {
        await page.getByRole('button', { name: 'Campaign', exact: true }).click();
        await page.getByRole('heading', { name: 'Campaign' }).waitFor();
      }
      expect(await read<boolean>(page, 's => s.world !== null')).toBe(true);
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    },
    400_000,
  );
});

describe('7. Blocked or full storage is barely told', () => {
  it('a full storage shows a dismissible banner on the title and campaign screens', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    page.setDefaultTimeout(120_000);
    try {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await page.goto(`${game.server.url}?renderer=canvas`);
      await page.locator('#save-banner').waitFor();
      expect(await page.locator('#save-banner').textContent()).toMatch(/not letting the game save/);
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('button', { name: 'Campaign', exact: true }).click();
      await page.getByRole('heading', { name: 'Campaign' }).waitFor();
      const banner = page.locator('#save-banner');
      await banner.waitFor();
      // Above the fold: its top is inside the viewport.
      expect((await banner.boundingBox())!.y).toBeLessThan(800);
      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await banner.waitFor({ state: 'detached' });
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 400_000);
});

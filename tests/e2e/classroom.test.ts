/**
 * The classroom kit in the built game (real Chromium): a student plans 01 and shares the plan
 * code, a second browser opens the code and sees the same route and verdict; a student hands
 * in a result and the Teacher results screen lists it and downloads a CSV; the printed guide
 * (page.pdf) has every section; axe-core on the Teachers and results screens; screenshots.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResultCode, encodeJsonCode, encodeResultCode } from '../../src/rules/share';
import { openPage as openWatched, savedDownload } from '../helpers/browser';
import { sharedBrowser } from '../helpers/shared-browser';
import {
  ARTIFACTS,
  axeViolations,
  clickMap,
  DIST,
  openCampaign,
  read,
  startPlanning,
  waitPhase,
} from '../helpers/mission';
import { serveDist, type StaticServer } from '../helpers/serve';

const SHOTS = process.env.CLASSROOM_SHOTS ?? ARTIFACTS;
/** Two browsers and a whole mission on a loaded machine: generous, never a timing assertion. */
const SLOW = 300_000;

/**
 * A watched page whose error list leaves out the browser's own favicon request (the test server
 * has no /favicon.ico; Chromium asks for it at a time that depends on load).
 */
async function openPage(b: Browser, opts: { width: number; height: number }) {
  const w = await openWatched(b, opts);
  const errors: string[] = [];
  w.page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  w.page.on('console', (m) => {
    if (m.type() === 'error' && !/\/favicon\.ico$/.test(m.location().url))
      errors.push(`console: ${m.text()} ${m.location().url}`);
  });
  return { page: w.page, errors };
}
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist(DIST, '/play/open-skies/');
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

const STOPS: [number, number][] = [
  [30.192, 50.604],
  [30.297, 50.235],
  [31.975, 46.958],
];

interface Seen {
  waypoints: { lat: number; lon: number; altitudeM: number; sensors: string[] }[];
  ok: boolean;
  distanceKm: number;
  findings: string[];
}

const seen = (page: Page): Promise<Seen> =>
  read<Seen>(
    page,
    's => ({ waypoints: s.mission.present.waypoints, ok: s.verdict.ok, distanceKm: s.verdict.distanceKm, findings: s.verdict.findings.map(f => f.code) })',
  );

async function planMission01(page: Page): Promise<void> {
  await page.goto(`${server.url}?renderer=canvas`);
  await openCampaign(page);
  await startPlanning(page, '01-training-flight');
  for (const [lon, lat] of STOPS) await clickMap(page, lon, lat);
  await page.locator('.rt-row').nth(2).waitFor();
}

async function codeIn(page: Page, id: string): Promise<string> {
  const box = page.locator(`#${id}`);
  await box.waitFor();
  return box.inputValue();
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('dialog.cl-dialog').waitFor({ state: 'detached' });
}

describe('classroom: share a plan', () => {
  it(
    'a student plans 01 and shares the code; a second page opens it with the same route and verdict',
    async () => {
      const student = await openPage(browser, { width: 1280, height: 800 });
      await planMission01(student.page);
      await student.page.getByRole('button', { name: 'Share plan' }).click();
      const code = await codeIn(student.page, 'cl-share-code');
      expect(code).toMatch(/^OSP1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
      // The QR code is drawn (a canvas with dark and light modules).
      await student.page.locator('canvas.cl-qr').waitFor();
      await student.page.screenshot({ path: `${SHOTS}/classroom-share-plan.png` });
      await closeDialog(student.page);
      const original = await seen(student.page);
      expect(original.waypoints).toHaveLength(3);
      expect(original.ok).toBe(true);

      const friend = await openPage(browser, { width: 1280, height: 800 });
      await friend.page.goto(`${server.url}?renderer=canvas`);
      await openCampaign(friend.page);
      // A broken code is one clear line, the campaign stays.
      await friend.page.getByLabel('Plan code').fill(`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
      await friend.page.getByRole('button', { name: 'Open plan' }).click();
      expect(await friend.page.locator('#cl-open-problem').textContent()).toMatch(/damaged or mistyped/);
      // Line breaks from a chat window are ignored.
      await friend.page.getByLabel('Plan code').fill(`${code.slice(0, 30)}\n${code.slice(30)}`);
      await friend.page.getByRole('button', { name: 'Open plan' }).click();
      await waitPhase(friend.page, 'planning');
      await friend.page.locator('.rt-row').nth(2).waitFor();
      expect(await seen(friend.page)).toEqual(original);
      expect(await friend.page.locator('.find-summary').textContent()).toMatch(/Lawful plan/);
      expect(await friend.page.locator('#cl-practice').isHidden()).toBe(true);
      expect(student.errors).toEqual([]);
      expect(friend.errors).toEqual([]);
      await student.page.context().close();
      await friend.page.context().close();
    },
    SLOW,
  );

  it(
    'a locked level opens from a code in practice mode',
    async () => {
      const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
      await page.goto(`${server.url}?renderer=canvas`);
      await openCampaign(page);
      const plan = JSON.parse(
        readFileSync('levels/reference/03-kaliningrad-cap.lawful.plan.json', 'utf8'),
      ) as object;
      await page.getByLabel('Plan code').fill(encodeJsonCode('OSP1', plan));
      await page.getByRole('button', { name: 'Open plan' }).click();
      await waitPhase(page, 'planning');
      await page.locator('#cl-practice').waitFor();
      expect(await page.locator('#cl-practice').textContent()).toMatch(/Practice/);
      expect(await read<boolean>(page, 's => s.mission.practice')).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

describe('classroom: hand in and the Teacher results', () => {
  it(
    'a student hands in a result; the Teacher screen shows it in the table and downloads a CSV',
    async () => {
      const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
      await planMission01(page);
      await page.getByRole('button', { name: 'Submit plan to the host' }).click();
      await waitPhase(page, 'review');
      await page.getByRole('button', { name: 'Accept and fly' }).click();
      await waitPhase(page, 'flight');
      await page.getByRole('button', { name: 'Skip to landing' }).click();
      await waitPhase(page, 'debrief', 90_000);
      const score = await read<number>(page, 's => s.mission.outcome.score');
      await page.getByRole('button', { name: 'Hand in' }).click();
      await page.getByLabel('Your name').fill('Ada Lovelace');
      await page.getByRole('button', { name: 'Make my result code' }).click();
      const code = await codeIn(page, 'cl-handin-code');
      expect(code).toMatch(/^OSR1\./);
      await page.screenshot({ path: `${SHOTS}/classroom-hand-in.png` });
      await closeDialog(page);

      // Four classmates: the same mission under other names; one edited its score (valid CRC).
      const result = decodeResultCode(code);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const r = result.value;
      const codes = [
        code,
        encodeResultCode({ ...r, name: 'Grace Hopper' }),
        encodeResultCode({ ...r, name: 'Alan Turing' }),
        encodeJsonCode('OSR1', { ...r, name: 'Mallory', score: r.score + 200 }),
        encodeResultCode({ ...r, name: 'Katherine Johnson' }),
        'not a code at all',
      ];

      // The teacher, in another browser: menu → Teachers → Teacher results.
      const teacher = await openPage(browser, { width: 1280, height: 800 });
      const tp = teacher.page;
      await tp.goto(`${server.url}?renderer=canvas`);
      await tp.getByRole('button', { name: 'Start', exact: true }).click();
      await tp.waitForFunction('window.__openSkies && window.__openSkies.store.getState().world !== null');
      await tp.getByRole('button', { name: 'Teachers', exact: true }).click();
      await tp.getByRole('heading', { name: 'Teachers', level: 1 }).waitFor();
      await tp.screenshot({ path: `${SHOTS}/classroom-teachers.png` });
      expect(await axeViolations(tp)).toEqual([]);
      await tp.getByRole('button', { name: 'Teacher results' }).click();
      await tp.getByLabel('Result codes').fill(codes.join('\n'));
      await tp.getByRole('button', { name: 'Show the class' }).click();
      await tp.locator('#cl-results-table tbody tr').nth(4).waitFor();
      expect(await tp.locator('#cl-results-summary').textContent()).toMatch(
        /5 results read, 1 unreadable, 1 flagged/,
      );
      const ada = tp.locator('#cl-results-table tbody tr', { hasText: 'Ada Lovelace' });
      expect(await ada.locator('td').nth(2).textContent()).toBe(String(score));
      expect(await ada.textContent()).toMatch(/matches the replay/);
      expect(await tp.locator('#cl-results-table tbody tr', { hasText: 'Mallory' }).textContent()).toMatch(
        /edited\?/,
      );
      expect(await tp.locator('.cl-unreadable').textContent()).toMatch(/line 6: not a result code/);
      // Sort by name, descending after a second click.
      await tp.getByRole('button', { name: 'Sort by Name' }).click();
      expect(await tp.locator('#cl-results-table thead th').first().getAttribute('aria-sort')).toBe(
        'descending',
      );
      expect(await tp.locator('#cl-results-table tbody tr th').first().textContent()).toBe('Mallory');
      await tp.screenshot({ path: `${SHOTS}/classroom-results-5.png`, fullPage: true });
      expect(await axeViolations(tp)).toEqual([]);
      const [download] = await Promise.all([
        tp.waitForEvent('download'),
        tp.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const csv = readFileSync(await savedDownload(download), 'utf8');
      expect(csv.split('\r\n')[0]).toBe(
        'name,level,lawful,score,stars,trust,findings,edited,differences,finished_utc',
      );
      expect(csv).toMatch(new RegExp(`^Ada Lovelace,01-training-flight,yes,${score},`, 'm'));
      expect(csv).toMatch(/^Mallory,.*,edited\?,score /m);
      expect(errors).toEqual([]);
      expect(teacher.errors).toEqual([]);
      await page.context().close();
      await tp.context().close();
    },
    SLOW,
  );
});

describe('classroom: the printed guide and presenter mode', () => {
  it(
    'the printed guide has every section; page 1 is rendered to PNG',
    async () => {
      const { page, errors } = await openPage(browser, { width: 1280, height: 800 });
      await page.goto(`${server.url}?renderer=canvas`);
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.waitForFunction('Object.keys(window.__openSkies.store.getState().levels).length > 0');
      await page.getByRole('button', { name: 'Teachers', exact: true }).click();
      await page.getByRole('heading', { name: /^Teacher guide/ }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const pdfPath = `${SHOTS}/classroom-guide.pdf`;
      await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      const pdf = readFileSync(pdfPath);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      if (text.status === 0) {
        for (const heading of [
          'Learning objectives per mission',
          'A 45-minute lesson, minute by minute',
          'A three-lesson unit',
          'Answer notes for the discussion questions',
          'Worksheet',
          'Treaty rule or host',
          'Arguments table',
          'Glossary',
          'Timeline 1955–2021',
          'Game values and map approximations',
        ])
          expect(text.stdout).toContain(heading);
        // Not the game: no menu, no buttons of the screen.
        expect(text.stdout).not.toContain('Print the guide');
        const pages = Number(
          /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout)?.[1],
        );
        console.log(`printed guide: ${pages} A4 pages`);
        spawnSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          pdfPath,
          `${SHOTS}/classroom-guide-page`,
        ]);
      } else {
        console.log('pdftotext is not installed: section check done on the print DOM only');
      }
      // Every section is in the printed document (print media) whatever tools are installed.
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll('.cl-guide-section')]
          .filter((s) => (s as HTMLElement).offsetHeight > 0)
          .map((s) => s.id),
      );
      expect(visible).toEqual([
        'guide-objectives',
        'guide-lesson',
        'guide-unit',
        'guide-answers',
        'guide-worksheet',
        'guide-glossary',
        'guide-timeline',
        'guide-values',
        'guide-codes',
        'guide-sources',
      ]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'presenter mode at 1920×1080: 1.5× type, high contrast, route table collapsed, Page Down steps the mission',
    async () => {
      const { page, errors } = await openPage(browser, { width: 1920, height: 1080 });
      await planMission01(page);
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      await page
        .locator('body')
        .click({ position: { x: 960, y: 5 } })
        .catch(() => undefined);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.documentElement.dataset.presenter === 'true');
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(after / before).toBeGreaterThanOrEqual(1.5);
      expect(await page.locator('#left-panel').isHidden()).toBe(true);
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--panel-bg').trim(),
        ),
      ).toMatch(/^#000(000)?$/);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${SHOTS}/classroom-presenter-1920.png` });
      await page.keyboard.press('PageDown');
      await waitPhase(page, 'review');
      await page.keyboard.press('PageUp');
      await waitPhase(page, 'planning');
      await page.keyboard.press('PageDown');
      await waitPhase(page, 'review');
      await page.keyboard.press('PageDown');
      await waitPhase(page, 'flight');
      await page.keyboard.press('PageDown');
      await waitPhase(page, 'debrief', 90_000);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${SHOTS}/classroom-presenter-debrief-1920.png` });
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.documentElement.dataset.presenter === undefined);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

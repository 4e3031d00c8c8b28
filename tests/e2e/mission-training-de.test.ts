/**
 * The 01 play-through once more in German: the language is chosen in Settings (applied live,
 * kept after a reload, `<html lang="de">`), then campaign → briefing → a lawful route clicked on
 * the map → host review → flight at 16× → debrief, with the same checks as
 * mission-training.test.ts, worded in German or made through ids and data attributes. Every
 * phase passes axe-core and is photographed to tests/artifacts/de-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { axeViolations, clickMap, read, shot, waitPhase } from '../helpers/mission';
import { useServedGame } from '../helpers/served-game';

const game = useServedGame();

const worldReady = (page: Page) =>
  page.waitForFunction(() => {
    const s = (window as unknown as { __openSkies?: { store: { getState(): { world: unknown } } } })
      .__openSkies;
    return !!s && s.store.getState().world !== null;
  });

/** Elements whose text overflows their box sideways (a German word too long for a button). */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, .cp-status, .phase-steps li, h2, h3, label')]
      .filter(
        (el) =>
          el.offsetParent !== null &&
          !el.classList.contains('visually-hidden') &&
          el.scrollWidth > el.clientWidth + 1,
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
  );

/**
 * Common English words in the visible text of the page (the German game shows none: level texts,
 * site and country names, numbers and every label come in German). Proper names and the map's
 * place labels carry none of these words.
 */
const englishLeft = (page: Page) =>
  page.evaluate(() =>
    [...document.body.innerText.matchAll(/\b(the|and|with|your|you|of|to|at|is|are)\b[^\n]{0,30}/g)].map(
      (m) => m[0],
    ),
  );

describe('01-training-flight in German', () => {
  it('switches to Deutsch in Settings and plays 01 through to the debrief', async () => {
    const { page, errors } = await openPage(game.browser, { width: 1280, height: 800 });
    await page.goto(`${game.server.url}?renderer=canvas`);

    // Settings → Sprache → Deutsch: the open dialog and the page switch at once.
    await page.locator('#start-button').click();
    await worldReady(page);
    await page.locator('#menu-settings').click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await page.locator('#set-language option').allTextContents()).toEqual(['English', 'Deutsch']);
    await page.locator('#set-language').selectOption('de');
    await page.getByRole('dialog', { name: 'Einstellungen' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await read<string>(page, 's => s.settings.language')).toBe('de');
    expect(await page.locator('#menu-campaign').textContent()).toBe('Kampagne');
    await shot(page, 'de-settings');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Einstellungen' }).waitFor({ state: 'hidden' });

    // A reload keeps the language: the title screen is German from the first paint.
    await page.reload();
    await page.locator('#start-button').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('#screen').textContent()).toMatch(/Vertrag über den Offenen Himmel/);
    await shot(page, 'de-title');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#start-button').click();
    await worldReady(page);
    await page.locator('#menu-campaign').click();
    await page.getByRole('heading', { name: 'Kampagne' }).waitFor();

    // Campaign: 01 open, 02 locked.
    const first = page.locator('.cp-item[data-level="01-training-flight"]');
    expect(await first.locator('.cp-status').textContent()).toMatch(/Offen/);
    expect(await page.locator('.cp-item[data-level="02-first-flight-over-russia"]').textContent()).toContain(
      'Gesperrt',
    );
    await shot(page, 'de-campaign');
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await first.getByRole('button', { name: /^Fliegen/ }).click();

    // Briefing: the situation, the new rule, three objectives, the weather.
    await waitPhase(page, 'briefing');
    expect(await page.locator('.ms-bulletin').textContent()).toMatch(/Neue Regel/);
    expect(await page.locator('.ms-briefing ol.ms-targets > li').count()).toBe(3);
    expect(await page.locator('.ms-briefing .wx-slot').count()).toBe(16);
    await page.waitForTimeout(300);
    await shot(page, 'de-briefing');
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('button', { name: 'Planung beginnen' }).click();

    // Planning: click the two air bases and the shipyard; the table mirrors the map.
    await waitPhase(page, 'planning');
    expect(await page.locator('.find-summary').textContent()).toMatch(/Zeichne eine Route/);
    const stops: [number, number][] = [
      [30.192, 50.604],
      [30.297, 50.235],
      [31.975, 46.958],
    ];
    for (const [lon, lat] of stops) await clickMap(page, lon, lat);
    await page.locator('.rt-row').nth(2).waitFor();
    expect(await page.locator('.rt-row').count()).toBe(3);
    const plan = await read<{ lat: number; lon: number }[]>(page, 's => s.mission.present.waypoints');
    plan.forEach((w, i) => {
      expect(w.lon).toBeCloseTo(stops[i]![0], 0);
      expect(w.lat).toBeCloseTo(stops[i]![1], 0);
    });
    expect(await page.locator('.find-summary').textContent()).toMatch(/Vertragsgemäßer Plan/);
    // German number format: 2.100 km.
    expect(await page.locator('.db-read').textContent()).toMatch(/\/ 2\.100 km/);
    await page.waitForTimeout(500);
    await shot(page, 'de-planning');
    // The timeline's readout (longer in German) stays whole inside the bottom bar.
    const readout = await page.evaluate(() => {
      const r = document.querySelector('.tl-readout')!.getBoundingClientRect();
      return { bottom: r.bottom, bar: document.getElementById('bottom-bar')!.getBoundingClientRect().bottom };
    });
    expect(readout.bottom).toBeLessThanOrEqual(readout.bar);
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);

    // Review: the host accepts.
    await page.getByRole('button', { name: 'Plan beim Gastgeber einreichen' }).click();
    await waitPhase(page, 'review');
    expect(await page.locator('.rev-decision').textContent()).toMatch(/nimmt den Plan an/);
    await shot(page, 'de-review');
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annehmen und fliegen' }).click();

    // Flight at 16×: captures appear in the log.
    await waitPhase(page, 'flight');
    await page.getByRole('radio', { name: '16×' }).click();
    expect(await read<number>(page, 's => s.settings.timeSpeed')).toBe(16);
    await page.locator('.fl-log .fl-capture').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.fl-log .fl-capture').first().textContent()).toMatch(
      /Aufgenommen: Antonow-Flugplatz Hostomel/,
    );
    await shot(page, 'de-flight');
    expect(await englishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);

    // Debrief: imagery, stars, history, questions.
    await waitPhase(page, 'debrief', 90_000);
    await page.getByRole('heading', { name: /^Aufnahmen/ }).waitFor();
    expect(await page.locator('.db-gallery').first().locator('.db-capture').count()).toBeGreaterThanOrEqual(
      1,
    );
    expect(await page.locator('.db-stars').getAttribute('aria-label')).toMatch(/[1-3] von 3 Sternen/);
    await page.getByRole('heading', { name: 'Was wirklich geschah' }).waitFor();
    expect(await page.locator('.db-questions li').count()).toBeGreaterThan(0);
    await shot(page, 'de-debrief');
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    expect(
      await read<number>(page, "s => s.progress.results['01-training-flight'].stars"),
    ).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'Nächste Mission' }).waitFor();
    await page.getByRole('button', { name: 'Plandatei speichern' }).waitFor();

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone the German labels fit: nothing sticks out sideways', async () => {
    const { page, errors } = await openPage(game.browser, { width: 390, height: 760 });
    await page.goto(`${game.server.url}?renderer=canvas`);
    await page.locator('#start-button').click();
    await worldReady(page);
    await page.locator('#menu-settings').click();
    await page.locator('#set-language').selectOption('de');
    await page.keyboard.press('Escape');
    await page.locator('#menu-campaign').click();
    await page
      .locator('.cp-item[data-level="01-training-flight"]')
      .getByRole('button', { name: /^Fliegen/ })
      .click();
    await waitPhase(page, 'briefing');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Planung beginnen' }).click();
    await waitPhase(page, 'planning');
    await page.getByRole('button', { name: 'Route', exact: true }).click();
    await shot(page, 'de-phone-route');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await overflowing(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

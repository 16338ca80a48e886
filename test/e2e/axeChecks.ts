import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what a public course page must meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as "rule: target (summary)", so a failure says what to fix and where; `parts` limits the check to those elements. */
async function violations(page: Page, parts: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  for (const part of parts) builder.include(part);
  const result = await builder.analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}

/** What a preset changes on the page: the header's title, the story and note, the map with its legend and lesson, the step chart. */
const SCENE_PARTS = ['header.bar', '[data-role=story]', '.map-column'];

/** The checks, for one language: each language is a file of its own, so the two run side by side. */
export function axeSuite(lang: 'en' | 'zh', more: (page: Page, preset: string) => Promise<string[]> = async () => []): void {
describe(`WCAG 2.2 AA, as axe-core checks it, in ${lang}`, () => {
  it('the first screen and the help have no violation', async () => {
    const { page } = await openApp(browser(), `lang=${lang}`);
    await page.evaluate(() => window.slopes.pause());
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('?');
    await page.waitForSelector('[data-role=help-overlay]:not([hidden])');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('presentation mode with a playlist, and the share dialog, have no violation', async () => {
    const { page } = await openApp(browser(), `playlist=saddle-adaptive,beale&present=1&lang=${lang}`, { width: 1920, height: 1080 });
    await page.evaluate(() => window.slopes.pause());
    await page.waitForSelector('.presenting [data-role=playlist]:not([hidden])');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('p');
    await page.click('[data-role=share]');
    await page.waitForSelector('[data-role=share-dialog][open]');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('embed mode at 480×320 has no violation', async () => {
    const { page } = await openApp(browser(), `embed=1&preset=rosenbrock-race&lang=${lang}`, { width: 480, height: 320 });
    await page.evaluate(() => window.slopes.pause());
    expect(await page.locator('[data-role=embed-overlay]').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  // The whole page is checked above; a preset changes only its scene's parts, so those are what is checked per preset.
  it('every preset has no violation', async () => {
    const { page } = await openApp(browser(), `lang=${lang}`);
    const ids = await page.evaluate(() => window.slopes.presets().map((p) => p.id));
    const found: string[] = [];
    for (const id of ids) {
      await page.evaluate((p) => {
        window.slopes.loadPreset(p);
        window.slopes.pause();
      }, id);
      await page.waitForTimeout(200);
      found.push(...(await violations(page, SCENE_PARTS)).map((v) => `${id}: ${v}`), ...(await more(page, id)));
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('the basin maps, open and filled, with the keyboard cursor on one, have no violation', async () => {
    const { page } = await openApp(browser(), `preset=himmelblau-basins&lang=${lang}`);
    await page.evaluate(() => window.slopes.pause());
    await page.click('[data-role=basins] summary');
    await page.locator('[data-role=basins-size]').selectOption('64');
    await page.waitForSelector('[data-role=basins][data-state=done]', { timeout: 60_000 });
    await page.locator('.basin-frame').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await violations(page, ['[data-role=basins]'])).toEqual([]);
    await page.close();
  });
});
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what a public course page must meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as "rule: target (summary)", so a failure says what to fix and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}

describe.each(['en', 'zh'])('WCAG 2.2 AA, as axe-core checks it, in %s', (lang) => {
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
      found.push(...(await violations(page)).map((v) => `${id}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';
import { englishWords, shownTexts } from './chineseWords.ts';

const browser = useBrowser();

async function openEverything(page: Page): Promise<void> {
  for (let pass = 0; pass < 6; pass++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll<HTMLButtonElement>('.lil-title[aria-expanded=false]')].filter((t) => t.offsetParent !== null);
      for (const t of closed) t.click();
      for (const d of document.querySelectorAll('details:not([open])')) (d as HTMLDetailsElement).open = true;
      return closed.length;
    });
    if (opened === 0) return;
    await page.waitForTimeout(400);
  }
}

describe('the page in Chinese', () => {
  it('shows no English interface word, only code names, with every folder, table and note open', async () => {
    const { page, errors } = await openApp(browser(), 'lang=zh&preset=rosenbrock-race');
    await page.evaluate(() => window.slopes.experiment.run());
    await page.evaluate(() => window.slopes.pause());
    await openEverything(page);
    await page.keyboard.press('?');
    const found = new Map<string, string>();
    for (const text of await shownTexts(page)) for (const w of englishWords(text)) found.set(w, text.slice(0, 80));
    expect(Object.fromEntries(found)).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  });
});

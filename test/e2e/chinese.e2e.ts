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

/** English prose a Chinese reason must not keep; code names and the quoted value may stay. */
const PROSE = /\b(expected|unknown|got|allowed|must|cannot|did you mean|line|column)\b/;

/** A link with two bad fields: each is refused with a reason, and the rest of the link applies. */
const BAD = `trail=1&optimizers=${encodeURIComponent(JSON.stringify({ adam: { params: { betas: [0.9, 1.2] } } }))}`;
const TYPO = 'param lr = 0.01\nparam beta1 = 0.9\nstate m = 0\nm = m + bta1*g\nx = x - lr*m';
/** A rule with no first comment line: the page names it by its place, in the page's language. */
const UNNAMED = 'param lr = 0.0005\nstate m = 0\nm = 0.9*m + g\nx = x - lr*m';
/** Mistakes whose reason ends in what the line wanted there: the parser's hint, in Chinese too. */
const NO_EQUALS = 'param lr = 0.01\nstate m\nx = x - lr*g';
const NO_VALUE = 'param lr = 0.01\nx =';

describe('the page in Chinese', () => {
  it('shows no English interface word, only code names, with every folder, table and note open and an unnamed rule racing; a bad link and rule mistakes are explained in Chinese', async () => {
    const { page, errors } = await openApp(browser(), `lang=zh&preset=rosenbrock-race&${BAD}&rule=${encodeURIComponent(UNNAMED)}`);
    const notice = page.locator('[data-role=notice]');
    await notice.waitFor({ state: 'visible' });
    const reasons = (await notice.textContent())!.split('\n');
    expect(reasons).toEqual(['trail：应为 [2, 5000] 内的整数，实际为 1', 'optimizers.adam.params：adam："betas" 应为一对 [0, 1) 内的数，实际为 [0.9, 1.2]']);
    await page.evaluate(() => window.slopes.experiment.run());
    await page.evaluate(() => window.slopes.pause());
    await openEverything(page);
    await page.keyboard.press('?');
    const found = new Map<string, string>();
    for (const text of await shownTexts(page)) for (const w of englishWords(text)) found.set(w, text.slice(0, 80));
    expect(Object.fromEntries(found)).toEqual({});
    // The unnamed rule is named by its place wherever a ball is named, as its folder is.
    await expect(page.locator('[data-role=legend]').textContent()).resolves.toContain('规则 1');
    await expect(page.locator('.slopes-rules .lil-title', { hasText: '规则 1' }).count()).resolves.toBe(1);

    // A typo in a rule: Chinese inline under the editor's field, and in the notice when a link or a call brings it.
    const { notes } = await page.evaluate((text) => window.slopes.setState({ rules: [{ text }] }), TYPO);
    expect(notes).toEqual(["rules[0].text: line 4, column 9: unknown name 'bta1' — did you mean 'beta1'?"]);
    await expect(notice.textContent()).resolves.toBe("rules[0].text：第 4 行第 9 列：未知的名称 'bta1'——你是不是想写 'beta1'？");
    await page.keyboard.press('Escape');
    const field = page.locator('.slopes-rules textarea.rule-text');
    await field.waitFor({ state: 'visible' });
    const inline = async (text: string) => {
      await field.fill(text);
      const shown = (await page.locator('.slopes-rules .rule-error p').textContent())!;
      expect(shown).not.toMatch(PROSE);
      return shown;
    };
    expect(await inline(TYPO)).toMatch(/^第 4 行第 9 列：未知的名称 'bta1'——你是不是想写 'beta1'？（/);
    expect(await inline(NO_EQUALS)).toMatch(/^第 2 行第 8 列：表达式意外结束——这里应是 '='（/);
    expect(await inline(NO_VALUE)).toMatch(/^第 2 行第 4 列：表达式意外结束——'=' 后面应写一个值（/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

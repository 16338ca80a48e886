import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';
import { TOOL_KEYS } from '../../src/ui/toolKeys.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
const LAPTOP = { width: 1366, height: 768 };
const CJK = /[\u4e00-\u9fff]/;

/** The parts of the page around the map whose controls this file checks. */
const SHELL = '.skip-link, header.bar, .legend, [data-role=help-overlay]';

/** Latin words of two letters or more in a text, less the code names that stay in every language. */
const english = (text: string, codeNames: readonly string[]) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !codeNames.includes(w));

describe('the page shell in Chinese', () => {
  it.each([
    ['a Chinese browser, the link naming no language', 'zh-CN', '', 'zh'],
    ['?lang=zh in the query, in an English browser', 'en-US', '?lang=zh', 'zh'],
    ['the fragment over the query', 'zh-CN', '?lang=zh#lang=en', 'en'],
  ])('the language comes from %s', async (_, locale, link, lang) => {
    const context = await browser().newContext({ locale, reducedMotion: 'reduce', viewport: LAPTOP });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${link}`);
    await page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 30_000 });
    const shown = await page.evaluate(() => ({
      state: window.slopes.getState().lang,
      html: document.documentElement.lang,
      play: document.querySelector('[data-role=play]')?.getAttribute('aria-label'),
    }));
    expect(shown.state).toBe(lang);
    expect(shown.html).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    await context.close();
  });

  it('#lang=zh gives a Chinese page: lang, title, header, legend, transport and help', async () => {
    const { page, errors } = await openApp(browser(), 'lang=zh', LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name=description]')!.getAttribute('content')!,
      presetLabel: document.querySelector('.preset-pick')!.textContent,
      speedLabel: document.querySelector('[data-role=speed-label]')!.textContent,
      speedText: document.querySelector('[data-role=speed]')!.getAttribute('aria-valuetext')!,
      transport: [...document.querySelectorAll('[data-role=transport] button')].map((b) => `${b.getAttribute('aria-label')} ${b.getAttribute('title')}`),
      help: document.querySelector('[data-role=help]')!.getAttribute('aria-label')!,
      legend: document.querySelector('.legend')!.textContent,
      legendName: document.querySelector('.legend table')!.getAttribute('aria-label')!,
      headers: [...document.querySelectorAll('.legend th')].map((th) => th.textContent),
    }));
    expect(shown.lang).toBe('zh-CN');
    for (const text of [shown.title, shown.description, shown.presetLabel, shown.speedLabel, shown.speedText, shown.help, shown.legendName, ...shown.transport]) {
      expect(text).toMatch(CJK);
    }
    expect(shown.speedText).toMatch(/^每(帧 [\d.,]+ 步| [\d,]+ 帧 1 步)$/);
    // Every header of the legend is Chinese, the visually hidden one too; lr is PyTorch's name.
    for (const th of shown.headers) expect(th === 'lr' || CJK.test(th)).toBe(true);
    // The optimizers keep their own names; nothing else in the legend is English.
    const names = Object.values(wordsFor('zh').declarations.optimizerNames);
    const codeNames = ['lr', 'NaN', ...names.flatMap((n) => n.match(/[A-Za-z]{2,}/g) ?? [])];
    expect(english(shown.legend, codeNames)).toEqual([]);
    expect(english(shown.transport.join(' '), ['Esc', 'Home'])).toEqual([]);

    await page.keyboard.press('?');
    const dialog = page.locator('[data-role=help-overlay] [role=dialog]');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.locator('h2').textContent()).resolves.toBe('键盘快捷键');
    await expect(dialog.getAttribute('aria-label')).resolves.toBe('键盘快捷键');
    // The keys themselves and the optimizers' names are code; the rest of the help is Chinese.
    expect(english(await dialog.innerText(), [...codeNames, 'Esc', 'Home', 'End', 'PgUp', 'PgDn', 'Shift', 'Alt', 'Ctrl', 'Tab', 'Sutskever'])).toEqual([]);
    // The tools' own keys have a table of their own: one row per declared key.
    const tools = dialog.locator('h3', { hasText: wordsFor('zh').shell.helpToolKeys }).locator('xpath=following-sibling::table[1]');
    await expect(tools.locator('tbody tr').count()).resolves.toBe(TOOL_KEYS.length);
    await expect(tools.locator('tbody tr').last().locator('td').last().textContent()).resolves.toBe(wordsFor('zh').shell.toolKeys.fitLive);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('choosing 中文 in the header by keyboard reloads the page in Chinese with the scene kept', async () => {
    const { page, errors } = await openApp(browser(), 'preset=saddle-adaptive&lang=en', LAPTOP);
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.setState({ start: [0.25, -0.5] });
    });
    await expect(page.locator('[data-role=preset-label]').textContent()).resolves.toBe('Preset');
    const before = await page.evaluate(() => window.slopes.scene());
    await page.locator('[data-role=lang]').focus();
    await page.keyboard.press('ArrowDown');
    // Only the reloaded page sets <html lang> to Chinese before it is ready.
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN' && window.slopes !== undefined, null, { timeout: 30_000 });
    const after = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      state: window.slopes.getState(),
      scene: window.slopes.scene(),
      label: document.querySelector('[data-role=preset-label]')!.textContent,
      chosen: (document.querySelector('[data-role=lang]') as HTMLSelectElement).value,
    }));
    expect(after.lang).toBe('zh-CN');
    expect(after.chosen).toBe('zh');
    expect(after.label).toBe('场景');
    expect(after.state.start).toEqual([0.25, -0.5]);
    expect(after.scene.preset).toBe(before.preset);
    expect(after.scene.modified).toHaveLength(before.modified.length);
    expect(after.scene.modified[0]).toMatch(CJK);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(['en', 'zh'])('the page shell at 320 CSS px wide, in %s', (lang) => {
  it('the header reflows without horizontal overflow or overlap', async () => {
    const { page } = await openApp(browser(), `lang=${lang}`, { width: 320, height: 640 });
    const layout = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('header.bar')!;
      const boxes = [...bar.children].filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect());
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps++;
        }
      }
      return {
        overflow: bar.scrollWidth - bar.clientWidth,
        page: document.documentElement.scrollWidth,
        outside: boxes.filter((b) => b.left < 0 || b.right > 320).length,
        overlaps,
      };
    });
    expect(layout).toEqual({ overflow: 0, page: 320, outside: 0, overlaps: 0 });
    await page.close();
  });
});

interface FocusLook {
  id: string;
  focused: string;
  blurred: string;
  width: number;
  height: number;
}

/**
 * Tabs through the page from the top and, for each element of the shell that takes focus, records
 * its outline and box shadow while focused and after blur, and its size.
 */
async function tabThroughShell(page: Page, presses: number): Promise<FocusLook[]> {
  // Tab starts from the first stop of the page, the skip link, whatever had focus before.
  await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')!.focus());
  const looks: FocusLook[] = [];
  for (let k = 0; k < presses; k++) {
    if (k > 0) await page.keyboard.press('Tab');
    const look = await page.evaluate((shell) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest(shell)) return null;
      const style = (e: Element) => {
        const s = getComputedStyle(e);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      };
      const focused = style(el);
      const box = el.getBoundingClientRect();
      const id = `${el.tagName.toLowerCase()}${el.dataset.role ? `[${el.dataset.role}]` : ''}${el.dataset.command ? `[${el.dataset.command}]` : ''}${el.dataset.optimizer ? `[${el.dataset.optimizer}]` : ''}`;
      el.blur();
      const blurred = style(el);
      el.focus();
      return { id, focused, blurred, width: box.width, height: box.height };
    }, SHELL);
    if (look && !looks.some((l) => l.id === look.id)) looks.push(look);
  }
  return looks;
}

describe.each(['en', 'zh'])('keyboard use of the page shell, in %s', (lang) => {
  it('starts with a skip link to the map, and every focusable control shows its focus and is at least 24×24', async () => {
    const { page } = await openApp(browser(), `preset=rosenbrock-race&lang=${lang}`, LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { isSkip: el.classList.contains('skip-link'), top: box.top, text: el.textContent };
    });
    expect(skip.isSkip).toBe(true);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.text).toBe(lang === 'zh' ? '跳到地图' : 'Skip to the map');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('map');

    // A change of scene shows the "modified" badge and its button, which must be reachable too.
    await page.evaluate(() => window.slopes.setState({ start: [-1, 2.5] }));
    const looks = await tabThroughShell(page, 30);
    const ids = looks.map((l) => l.id);
    for (const expected of [
      'a[skip]',
      'select[preset]',
      'button',
      'button[play-pause]',
      'button[reset-view]',
      'input[speed]',
      'select[lang]',
      'button[help]',
      'tr[sgd]',
      'tr[adam]',
    ]) {
      expect(ids).toContain(expected);
    }
    for (const l of looks) {
      expect(l.focused, l.id).not.toBe(l.blurred);
      expect(l.width, l.id).toBeGreaterThanOrEqual(24);
      expect(l.height, l.id).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });

  it('the help dialog opens and closes by keyboard, gives focus back and traps nothing', async () => {
    const { page } = await openApp(browser(), `lang=${lang}`, LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    const help = page.locator('[data-role=help]');
    await help.focus();
    await page.keyboard.press('Enter');
    const overlay = page.locator('[data-role=help-overlay]');
    await expect(overlay.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('dialog');
    // Escape closes it and focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect(overlay.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('help');

    // Opened by its key, closed by its own button.
    await page.keyboard.press('?');
    await expect(overlay.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('close');
    await page.keyboard.press('Enter');
    await expect(overlay.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('help');

    // Nothing is trapped: Tab past its last control leaves it, and it closes rather than hide what has focus.
    await page.keyboard.press('?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => overlay.isVisible()).toBe(false);
    await expect(page.evaluate(() => !!document.activeElement?.closest('[data-role=help-overlay]'))).resolves.toBe(false);
    await page.close();
  });

  it('transport buttons and legend rows work from the keyboard and say what they do', async () => {
    const { page } = await openApp(browser(), `lang=${lang}`, LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    const play = page.locator('button[data-command=play-pause]');
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(play.getAttribute('aria-keyshortcuts')).resolves.toBe('Space k');
    // Space on a focused button presses that button, once.
    await play.focus();
    await page.keyboard.press(' ');
    await expect(page.evaluate(() => window.slopes.getState().running)).resolves.toBe(true);
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.slopes.getState().running)).resolves.toBe(false);

    const row = page.locator('.legend tr[data-optimizer=sgd]');
    await row.focus();
    await page.keyboard.press(' ');
    await expect(page.evaluate(() => window.slopes.getState().optimizers.sgd.enabled)).resolves.toBe(false);
    // The rebuilt row keeps the focus, so Enter switches the same optimizer back on.
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.optimizer)).resolves.toBe('sgd');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.slopes.getState().optimizers.sgd.enabled)).resolves.toBe(true);
    await page.close();
  });
});

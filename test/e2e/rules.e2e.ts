import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gallery } from '../../src/core/rules/gallery.ts';
import { openApp, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();
const VIEWPORT = { width: 1366, height: 768 };

/** A student's Momentum at the scene's lr, typed key by key. */
const TYPED = ['# Typed Momentum', 'param lr = 0.05', 'param momentum = 0.9', 'state b = 0', 'b = momentum*b + g', 'x = x - lr*b'].join('\n');

/** Only the built-in Momentum races, on the elongated bowl, at the lr of the typed rule. */
async function momentumScene(page: Page): Promise<void> {
  await page.evaluate(() => {
    const s = window.slopes;
    s.pause();
    const off = Object.fromEntries(Object.keys(s.getState().optimizers).map((id) => [id, { enabled: id === 'momentum' }]));
    const { notes } = s.setState({ surface: 'quadratic', start: [-3.6, 1.8], optimizers: { ...off, momentum: { enabled: true, params: { lr: 0.05, momentum: 0.9 } } } });
    if (notes.length) throw new Error(notes.join('; '));
  });
}

async function openEditor(page: Page): Promise<void> {
  const title = page.locator('.slopes-rules > .lil-title');
  if ((await title.getAttribute('aria-expanded')) === 'false') await title.click();
}

const positions = (page: Page) => page.evaluate(() => Object.fromEntries(window.slopes.particles().map((p) => [p.optimizer, p])));

describe('My optimizers', () => {
  it("a typed Momentum rule rolls on the built-in Momentum's path; a mistake is shown inline while it keeps racing", async () => {
    const { page, errors } = await openApp(browser(), '', VIEWPORT);
    await momentumScene(page);
    await openEditor(page);
    await page.locator('.slopes-rules .lil-controller.lil-function button').first().click();
    const field = page.locator('.slopes-rules textarea.rule-text');
    await field.waitFor({ state: 'visible' });
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(TYPED);
    await page.keyboard.press('Control+Enter');
    await page.evaluate(() => window.slopes.pause());
    const state = await page.evaluate(() => window.slopes.getState());
    expect(state.rules).toEqual([{ text: TYPED, params: { lr: 0.05, momentum: 0.9 } }]);
    await expect(page.locator('.slopes-rules .rule-folder > .lil-title').textContent()).resolves.toBe('Typed Momentum');
    // A new rule rebuilds the race: both balls start again from the start, so they step together.
    await page.evaluate(() => window.slopes.step(120));
    const at = await positions(page);
    expect(at['rule-1'].step).toBe(at.momentum.step);
    expect(Math.hypot(at['rule-1'].x - at.momentum.x, at['rule-1'].y - at.momentum.y)).toBeLessThanOrEqual(1e-9);
    expect(Math.hypot(at.momentum.x + 3.6, at.momentum.y - 1.8)).toBeGreaterThan(0.5);
    // The rule as math, one line per step.
    await expect(page.locator('.slopes-rules .rule-math math').count()).resolves.toBe(2);
    await page.screenshot({ path: 'test-results/rules-editor.png' });

    // A typo on line 5: shown at its line and column, the applied rule racing on.
    await field.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('x = x - lr*bb');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('.slopes-rules .rule-error');
    await expect(error.isVisible()).resolves.toBe(true);
    await expect(error.locator('p').textContent()).resolves.toMatch(/^line 6, column 12: unknown name 'bb'.*\(the previous version keeps racing\)$/);
    await expect(field.getAttribute('aria-describedby')).resolves.toBe(await error.locator('p').getAttribute('id'));
    expect((await page.evaluate(() => window.slopes.getState())).rules[0].text).toBe(TYPED);
    await page.evaluate(() => window.slopes.step(30));
    const later = await positions(page);
    expect(later['rule-1'].step).toBe(at['rule-1'].step + 30);
    expect(Math.hypot(later['rule-1'].x - at['rule-1'].x, later['rule-1'].y - at['rule-1'].y)).toBeGreaterThan(1e-6);
    expect(Math.hypot(later['rule-1'].x - later.momentum.x, later['rule-1'].y - later.momentum.y)).toBeLessThanOrEqual(1e-9);
    // Tab still leaves the field.
    await field.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('rule-text'))).toBe(false);
    await page.screenshot({ path: 'test-results/rules-error.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a #rule= link races the rule, and setState returns a note naming line and column', async () => {
    const lion = gallery.find((r) => r.id === 'lion')!.text;
    const { page, errors } = await openApp(browser(), `rule=${encodeURIComponent(lion)}`, VIEWPORT);
    await page.evaluate(() => window.slopes.pause());
    expect((await page.evaluate(() => window.slopes.getState())).rules).toEqual([{ text: lion, params: { lr: 0.0001, beta1: 0.9, beta2: 0.99, weight_decay: 0 } }]);
    const before = await positions(page);
    await page.evaluate(() => window.slopes.step(50));
    const after = await positions(page);
    expect(Math.hypot(after['rule-1'].x - before['rule-1'].x, after['rule-1'].y - before['rule-1'].y)).toBeGreaterThan(1e-4);
    await expect(page.locator('[data-role=legend] tr[data-optimizer=rule-1]').textContent()).resolves.toMatch(/^Lion \(Chen et al\., 2023\)/);
    const { notes } = await page.evaluate(() => window.slopes.setState({ rules: [{ text: '# Lion\nparam lr = 1\nx = x - lr*sgn(g)' }] }));
    expect(notes).toEqual([expect.stringMatching(/^rules\[0\]\.text: line 3, column 12: unknown function 'sgn'/)]);
    expect((await page.evaluate(() => window.slopes.getState())).rules[0].text).toBe(lion);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Chinese in lang=zh, with no axe violation', async () => {
    const momentum = gallery.find((r) => r.id === 'momentum')!.text;
    const { page, errors } = await openApp(browser(), `lang=zh&rule=${encodeURIComponent(momentum)}`, VIEWPORT);
    await page.evaluate(() => window.slopes.pause());
    await openEditor(page);
    await expect(page.locator('.slopes-rules > .lil-title').textContent()).resolves.toBe('我的优化器');
    await expect(page.locator('.slopes-rules .rule-apply').textContent()).resolves.toBe('应用（Ctrl+Enter）');
    await expect(page.locator('.slopes-rules .rules-intro').textContent()).resolves.toMatch(/更新规则/);
    await page.locator('.slopes-rules textarea.rule-text').fill(`${momentum}d = lr*q\n`);
    await expect(page.locator('.slopes-rules .rule-error p').textContent()).resolves.toMatch(/^第 7 行第 8 列：/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

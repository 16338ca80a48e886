import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gallery } from '../../src/core/rules/gallery.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
const ADAM = gallery.find((r) => r.id === 'adam')!.text;
const STEP = { type: 'StepLR', params: { step_size: 15, gamma: 0.5 } };

async function set(page: Page, patch: unknown): Promise<void> {
  const notes = await page.evaluate((p) => window.slopes.setState(p).notes, patch);
  expect(notes).toEqual([]);
}

const positions = (page: Page) => page.evaluate(() => Object.fromEntries(window.slopes.particles().map((p) => [p.optimizer, p])));

describe('rules beside the built-ins: the experiment panel, schedules, and the PyTorch class', () => {
  it('trains a rule in the panel, rolls a scheduled rule with its twin, and copies its class', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 800, height: 600 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => window.slopes.pause());

    // The panel: only Adam among the built-ins, and the gallery's Adam at the panel's Adam settings.
    const off = Object.fromEntries(Object.keys(await page.evaluate(() => window.slopes.getState().optimizers)).map((id) => [id, { enabled: id === 'adam' }]));
    await set(page, {
      optimizers: off,
      experiment: { epochs: 3, optimizers: off },
      rules: [{ text: ADAM, params: { lr: 0.01, beta1: 0.9, beta2: 0.99 } }],
    });
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    expect(doc.runs.map((r) => r.optimizer)).toEqual(['adam', 'rule-1']);
    const [builtIn, rule] = doc.runs.map((r) => r.epochLoss![r.epochLoss!.length - 1]);
    expect(Math.abs(rule - builtIn)).toBeLessThanOrEqual(1e-12 * builtIn);
    expect(rule).toBeLessThan(doc.runs[1].batchLoss![0]);
    const rows = page.locator('.slopes-experiment__legend li');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).locator('.slopes-experiment__name').textContent()).resolves.toBe('Adam, as a student writes it');
    // rule-1's marker (a star), and the same loss in words as Adam's row.
    await expect(rows.nth(1).locator('.slopes-experiment__glyph').textContent()).resolves.toBe('★');
    await expect(rows.nth(1).locator('.slopes-experiment__value').textContent()).resolves.toBe(await rows.nth(0).locator('.slopes-experiment__value').textContent());

    // The map: rule Adam and built-in Adam under one StepLR, from one start, step for step.
    await set(page, {
      optimizers: { adam: { params: { lr: 0.2 }, schedule: STEP } },
      rules: [{ text: ADAM, params: { lr: 0.2, beta1: 0.9, beta2: 0.999 }, schedule: STEP }],
    });
    await page.evaluate(() => window.slopes.step(60));
    const at = await positions(page);
    expect(at['rule-1'].step).toBe(60);
    expect(Math.hypot(at['rule-1'].x - at.adam.x, at['rule-1'].y - at.adam.y)).toBeLessThanOrEqual(1e-9);
    expect(Math.hypot(at.adam.x + 1.5, at.adam.y - 2)).toBeGreaterThan(0.1);
    // Both rows show the lr the schedule has come down to.
    const lrOf = (id: string) => page.locator(`[data-role=legend] tr[data-optimizer=${id}] td.lr`).textContent();
    const lr = await lrOf('adam');
    expect(lr).not.toMatch(/^0\.2$/);
    await expect(lrOf('rule-1')).resolves.toBe(lr);

    // Copy as PyTorch class, by keyboard: the class on the clipboard, "copied" in a polite status.
    const title = page.locator('.slopes-rules > .lil-title');
    if ((await title.getAttribute('aria-expanded')) === 'false') await title.click();
    const button = page.locator('.slopes-rules .rule-copy-button');
    await expect(button.textContent()).resolves.toBe('Copy as PyTorch class');
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('.slopes-rules .rule-copy-status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await page.waitForFunction(() => document.querySelector('.slopes-rules .rule-copy-status')?.textContent !== '');
    await expect(status.textContent()).resolves.toMatch(/^Copied: the class Adam /);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^class Adam\(torch\.optim\.Optimizer\):$/m);
    expect(copied).toContain('def step(self, closure=None):');

    // A browser that keeps the clipboard closed: the class in a read-only field, selected.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await button.click();
    const fallback = page.locator('.slopes-rules .rule-copy-text');
    await fallback.waitFor({ state: 'visible' });
    await expect(fallback.inputValue()).resolves.toBe(copied);
    expect(await fallback.evaluate((el: HTMLTextAreaElement) => el.readOnly && document.activeElement === el)).toBe(true);
    await expect(status.textContent()).resolves.toMatch(/clipboard closed/);
    await page.screenshot({ path: 'test-results/rules-panel.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

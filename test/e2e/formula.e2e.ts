import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { colourCount, openApp, screenshotPixels, useBrowser } from './browser.ts';

const browser = useBrowser();

/** Opens the controls and the Surface folder, and returns the formula field's input. */
async function formulaInput(page: Page) {
  await page.locator('[data-role=controls] .lil-title').first().click();
  // Open the Surface folder only if it is closed: a second click would close it again.
  const folder = page.locator('.lil-title').filter({ hasText: /^Surface$/ });
  if ((await folder.getAttribute('aria-expanded')) === 'false') await folder.click();
  const input = page.locator('.formula-field input');
  await input.waitFor({ state: 'visible' });
  return input;
}

describe('your own function', () => {
  it('a typed function rolls the balls on its exact gradient', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1366, height: 768 });
    const input = await formulaInput(page);
    await input.fill('x^2/4 + y^2 + sin(x)');
    await input.press('Enter');
    const state = await page.evaluate(() => window.slopes.getState());
    expect(state).toMatchObject({ surface: 'custom', f: 'x^2/4 + y^2 + sin(x)' });
    const before = await page.evaluate(() => window.slopes.particles());
    await page.evaluate(() => window.slopes.step(40));
    const after = await page.evaluate(() => window.slopes.particles());
    expect(after.length).toBeGreaterThan(3);
    for (const [i, p] of after.entries()) {
      expect(Math.hypot(p.x - before[i].x, p.y - before[i].y)).toBeGreaterThan(0.01);
      expect(p.loss).toBeCloseTo(p.x ** 2 / 4 + p.y ** 2 + Math.sin(p.x), 12);
    }
    await page.waitForTimeout(500);
    expect(colourCount(await screenshotPixels(page, '.map'))).toBeGreaterThan(8);
    await page.screenshot({ path: 'test-results/formula-rolls.png' });
    // The lesson shows the typed formula as MathML, named by the same formula in words.
    await expect(page.locator('[data-role=lesson] math').getAttribute('aria-label')).resolves.toBe(
      'f of x and y equals the fraction with numerator x squared and denominator 4 plus y squared plus sine of x',
    );
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => location.hash)).toMatch(/surface=custom&f=x%5E2%2F4%20%2B%20y%5E2%20%2B%20sin\(x\)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a typing error is shown under its column and the previous function stays drawn and rolling', async () => {
    const { page, errors } = await openApp(browser(), 'surface=custom&f=x%5E2%20%2B%20y%5E2', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    // A link typed by hand names only the function: the map takes that surface's own view.
    expect((await page.evaluate(() => window.slopes.map())).requested).toEqual({ x: [-5, 5], y: [-5, 5] });
    await page.waitForTimeout(500);
    const drawn = colourCount(await screenshotPixels(page, '.map'));
    expect(drawn).toBeGreaterThan(8);
    const input = await formulaInput(page);
    await input.fill('x^2 + (3*sin(y)))');
    await input.press('Enter');
    const error = page.locator('.formula-error');
    await expect(error.isVisible()).resolves.toBe(true);
    const [code, message] = await Promise.all([error.locator('pre').textContent(), error.locator('p').textContent()]);
    expect(code).toBe(`x^2 + (3*sin(y)))\n${' '.repeat(16)}^`);
    expect(message).toMatch(/^unexpected '\)' at column 17/);
    expect(await page.evaluate(() => window.slopes.getState().f)).toBe('x^2 + y^2');
    await page.waitForTimeout(500);
    expect(colourCount(await screenshotPixels(page, '.map'))).toBeGreaterThan(8);
    await page.screenshot({ path: 'test-results/formula-error.png' });
    // The old function still rolls.
    await page.evaluate(() => window.slopes.step(10));
    const p = (await page.evaluate(() => window.slopes.particles()))[0];
    expect(p.loss).toBeCloseTo(p.x ** 2 + p.y ** 2, 12);
    // A fixed text clears the message and applies.
    await input.fill('x^2 + (3*sin(y))');
    await expect(error.isVisible()).resolves.toBe(false);
    await input.press('Enter');
    expect(await page.evaluate(() => window.slopes.getState().f)).toBe('x^2 + (3*sin(y))');
    const notes = await page.evaluate(() => window.slopes.setState({ f: 'x +' }).notes);
    expect(notes).toEqual([expect.stringMatching(/^f: .* at column 4/)]);
    expect(await page.evaluate(() => window.slopes.getState().f)).toBe('x^2 + (3*sin(y))');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the map blank where the function is not finite, and a ball that goes there diverges', async () => {
    const { page, errors } = await openApp(browser(), 'surface=custom&f=log(x)%20%2B%20y%5E2&start=-1,1', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.step(5));
    const balls = await page.evaluate(() => window.slopes.particles());
    expect(balls.every((b) => b.status === 'diverged')).toBe(true);
    await page.waitForTimeout(800);
    // The left half of the view (x < 0) has no bands: one background colour, while the right half has many.
    const map = await page.evaluate(() => window.slopes.map());
    await page.screenshot({ path: 'test-results/formula-not-finite.png' });
    const pixels = await screenshotPixels(page, '.map canvas');
    const scale = pixels.width / map.canvas.width;
    const half = (from: number, to: number) => {
      const data: number[] = [];
      const y0 = Math.round((map.plot.y + map.plot.height * 0.3) * scale);
      const y1 = Math.round((map.plot.y + map.plot.height * 0.7) * scale);
      const x0 = Math.round((map.plot.x + map.plot.width * from) * scale);
      const x1 = Math.round((map.plot.x + map.plot.width * to) * scale);
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data.push(...pixels.data.slice(4 * (y * pixels.width + x), 4 * (y * pixels.width + x) + 4));
      return { width: x1 - x0, height: y1 - y0, data: Uint8Array.from(data) };
    };
    expect(colourCount(half(0.05, 0.4), 0.01)).toBeLessThanOrEqual(3);
    expect(colourCount(half(0.6, 0.95), 0.01)).toBeGreaterThan(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { colourCount, useBrowser, openApp, screenshotPixels } from './browser.ts';

const browser = useBrowser();

describe('the experiment panel', () => {
  it('runs the 1-20-1 experiment in a worker and plots every optimizer', async () => {
    const { page, errors } = await openApp(browser());
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    expect(doc.format).toBe('mlp-experiment/1');
    expect(doc.runs.map((r) => r.optimizer)).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam']);
    for (const r of doc.runs) {
      expect(r.batchLoss).toHaveLength(384);
      expect(r.epochLoss).toHaveLength(12);
      expect(r.epochLoss![11]).toBeLessThan(r.batchLoss![0]);
    }
    const status = await page.evaluate(() => window.slopes.experiment.status());
    expect(status).toMatchObject({ state: 'done', epoch: 12, epochs: 12 });
    await page.waitForTimeout(300);
    await expect(page.locator('[data-role=panel]').textContent()).resolves.toMatch(/12 of 12/);
    const pixels = await screenshotPixels(page, '[data-role=panel]');
    // Seven coloured curves plus grey data points and axes.
    expect(colourCount(pixels, 0.0005)).toBeGreaterThan(9);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { colourCount, openApp, screenshotPixels, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('the experiment settings', () => {
  it('put SGD with batches of 1000, 32 and 1 side by side in the panel', async () => {
    const { page, errors } = await openApp(browser(), 'preset=gd-minibatch-sgd', { width: 1366, height: 768 });
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    expect(doc.runs.map((r) => [r.optimizer, r.batchSize])).toEqual([
      ['sgd', 1000],
      ['sgd', 32],
      ['sgd', 1],
    ]);
    // Updates in 12 epochs of 1000 points: one, 32 (the last batch holds 8) and 1000 per epoch.
    expect(doc.runs.map((r) => r.batchLoss!.length)).toEqual([12, 384, 12_000]);
    // What the preset's text says: per epoch the smaller batches get further, batch 1 lowest, near 0.01.
    const final = doc.runs.map((r) => r.epochLoss![11]);
    expect(final[2]).toBeLessThan(final[1]);
    expect(final[1]).toBeLessThan(final[0]);
    expect(final[2]).toBeLessThan(0.015);
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done');
    const panel = page.locator('[data-role=panel]');
    await expect(panel.locator('.slopes-experiment__name').allTextContents()).resolves.toEqual(['SGD · batch 1,000', 'SGD · batch 32', 'SGD · batch 1']);
    await expect(panel.textContent()).resolves.toMatch(/against epochs/);
    // Three coloured curves besides the grey data and axes.
    expect(colourCount(await screenshotPixels(page, '[data-role=panel] .slopes-experiment__figure >> nth=0'), 0.0005)).toBeGreaterThan(4);
    // The map's own minibatch size, under its legend on the network surfaces.
    await expect(page.locator('[data-role=legend-batch]').textContent()).resolves.toBe('gradients on minibatches of 32 points');
    await page.evaluate(() => window.slopes.setState({ network: { batch: 0 } }));
    await expect(page.locator('[data-role=legend-batch]').textContent()).resolves.toBe('gradients on all the points (full batch)');
    await page.screenshot({ path: 'test-results/gd-minibatch-sgd.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('retrain when a setting changes, with progress, and come back in the link', async () => {
    const { page, errors } = await openApp(browser());
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done', null, { timeout: 60_000 });
    const running = await page.evaluate(() => {
      const { notes } = window.slopes.setState({ experiment: { batchSize: 100, epochs: 3 } });
      return { notes, status: window.slopes.experiment.status() };
    });
    expect(running.notes).toEqual([]);
    expect(running.status).toMatchObject({ state: 'running', epoch: 0, epochs: 3 });
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done', null, { timeout: 60_000 });
    await expect(page.locator('[data-role=panel]').textContent()).resolves.toMatch(/epoch 3 of 3.*batches of 100/s);
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    expect(doc).toMatchObject({ batchSize: 100, epochs: 3 });
    expect(doc.runs[0].batchLoss).toHaveLength(30);
    await page.waitForTimeout(600);
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toMatch(/experiment=\{"batchSize":100,"epochs":3\}/);
    const bad = await page.evaluate(() => window.slopes.setState({ experiment: { batchSize: 0 } }).notes);
    expect(bad).toEqual(['experiment.batchSize: expected an integer in [1, 1000], got 0']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('trains seven optimizers with batch size 1, every minibatch of every epoch', async () => {
    const { page, errors } = await openApp(browser());
    // The map paused, so the measure is the worker's, not the software renderer's share of the cores.
    await page.evaluate(() => window.slopes.pause());
    const ms = await page.evaluate(async () => {
      window.slopes.setState({ experiment: { batchSize: 1 } });
      const t0 = performance.now();
      const doc = await window.slopes.experiment.run();
      return { ms: performance.now() - t0, steps: doc.runs.map((r) => r.batchLoss!.length) };
    });
    expect(ms.steps).toEqual(new Array(7).fill(12_000));
    // How long it takes is the benchmark's to judge (experiment.ms): on a shared machine a time limit here only measures the neighbours.
    console.log(`experiment, 7 optimizers, batch size 1, 12 epochs: ${ms.ms.toFixed(0)} ms`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

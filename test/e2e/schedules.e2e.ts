import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/core/schedules/createScheduler.ts';
import { formatLoss } from '../../src/ui/Legend.ts';
import { openApp, screenshotPixels, useBrowser, type Pixels } from './browser.ts';

const browser = useBrowser();

const exponential = { type: 'ExponentialLR', params: { gamma: 0.97 } };

/** The lr ExponentialLR sets for step k, from the core's own stepper. */
function exponentialLr(base: number, k: number): number {
  const scheduler = createScheduler(exponential, base);
  const live = { lr: 0, momentum: 0 };
  scheduler.reset(live);
  for (let i = 0; i < k; i++) scheduler.step(live, 0);
  return live.lr;
}

/** Pixels in rows [top, bottom) of a screenshot that are clearly coloured (optimizer curves, not grey axes). */
function colouredPixels(p: Pixels, top: number, bottom: number, scale: number): number {
  let n = 0;
  for (let y = Math.ceil(top * scale); y < Math.floor(bottom * scale); y++) {
    for (let x = 0; x < p.width; x++) {
      const i = 4 * (y * p.width + x);
      const [r, g, b] = [p.data[i], p.data[i + 1], p.data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
    }
  }
  return n;
}

describe('learning-rate schedules in the app', () => {
  it('a schedule set through setState changes the ball’s path, and the legend shows the lr it uses', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.pause());
    const adamAfter = async (n: number) => {
      await page.evaluate((k) => {
        window.slopes.reset();
        window.slopes.step(k);
      }, n);
      return page.evaluate(() => window.slopes.particles().find((p) => p.optimizer === 'adam')!);
    };
    const plain = await adamAfter(120);
    const lrCells = await page.locator('.legend td.lr').count();
    expect(lrCells).toBe(0);

    const { notes } = await page.evaluate((s) => window.slopes.setState({ optimizers: { adam: { schedule: s } } }), exponential);
    expect(notes).toEqual([]);
    const scheduled = await adamAfter(120);
    expect(scheduled.step).toBe(120);
    expect([scheduled.x, scheduled.y]).not.toEqual([plain.x, plain.y]);
    // A shrinking lr takes shorter steps: Adam's steps are about lr long, so it travels less far.
    const start = await page.evaluate(() => window.slopes.getState().start);
    expect(Math.hypot(scheduled.x - start[0], scheduled.y - start[1])).toBeLessThan(Math.hypot(plain.x - start[0], plain.y - start[1]));

    const { optimizers } = await page.evaluate(() => window.slopes.getState());
    const lr = await page.locator('.legend tr[data-optimizer=adam] td.lr').textContent();
    expect(lr).toBe(formatLoss(exponentialLr(optimizers.adam.params.lr as number, 120)));
    // Optimizers without a schedule show their constant lr.
    await expect(page.locator('.legend tr[data-optimizer=sgd] td.lr').textContent()).resolves.toBe(formatLoss(optimizers.sgd.params.lr as number));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the lr strip under the step chart while a ball has a schedule', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.pause());
    const strip = () => page.locator('[data-role=step-chart] canvas').getAttribute('data-lr-strip');
    await page.evaluate(() => window.slopes.step(5));
    await expect(strip()).resolves.toBe('');
    await page.evaluate((s) => {
      window.slopes.setState({ optimizers: { adam: { schedule: s }, rmsprop: { schedule: { type: 'StepLR', params: { step_size: 40, gamma: 0.5 } } } } });
      window.slopes.step(150);
    }, exponential);
    const where = (await strip())!.split(',').map(Number);
    expect(where).toHaveLength(2);
    const [top, bottom] = where;
    expect(bottom - top).toBeGreaterThan(10);
    const pixels = await screenshotPixels(page, '[data-role=step-chart]');
    const box = (await page.locator('[data-role=step-chart]').boundingBox())!;
    const scale = pixels.height / box.height;
    // Two coloured lr curves cross the strip's width; an empty strip has only grey frame and labels.
    expect(colouredPixels(pixels, top + 1, bottom - 1, scale)).toBeGreaterThan(150);
    await page.evaluate(() => window.slopes.setState({ optimizers: { adam: { schedule: null }, rmsprop: { schedule: null } } }));
    await page.evaluate(() => window.slopes.step(5));
    await expect(strip()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a bad schedule is a note naming the field, from setState and from a link', async () => {
    const link = encodeURIComponent(JSON.stringify({ adam: { schedule: { type: 'WarpLR', params: {} } } }));
    const { page } = await openApp(browser(), `optimizers=${link}&speed=3`);
    await expect(page.locator('[data-role=notice]').textContent()).resolves.toMatch(/optimizers\.adam\.schedule\.type: unknown schedule "WarpLR"/);
    const state = await page.evaluate(() => window.slopes.getState());
    expect(state.speed).toBe(3);
    expect(state.optimizers.adam.schedule).toBeNull();
    const { notes } = await page.evaluate(() => window.slopes.setState({ optimizers: { sgd: { schedule: { type: 'StepLR', params: { step_size: 0 } } } } }));
    expect(notes).toEqual(['optimizers.sgd.schedule.params.step_size: must be an integer >= 1, got 0']);
    await page.close();
  });

  it('the experiment trains a scheduled run and draws its lr under the loss chart', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.pause());
    const schedule = { type: 'OneCycleLR', params: { max_lr: 0.05, total_steps: 384 }, interval: 'batch' };
    const { notes } = await page.evaluate((s) => window.slopes.setState({ experiment: { optimizers: { sgd: { schedule: s } } } }), schedule);
    expect(notes).toEqual([]);
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    const sgd = doc.runs.find((r) => r.optimizer === 'sgd')!;
    const lr = sgd.lr!;
    expect(lr).toHaveLength(384);
    // OneCycleLR: max_lr / 25 at the first step, max_lr at the end of the rise, far below the start at the last.
    expect(lr[0]).toBeCloseTo(0.05 / 25, 12);
    expect(Math.max(...lr)).toBeCloseTo(0.05, 6);
    expect(lr[383]).toBeLessThan(lr[0] / 1000);
    const strip = page.locator('.slopes-experiment__lr-strip');
    await expect(strip.isVisible()).resolves.toBe(true);
    await page.waitForTimeout(300);
    const pixels = await screenshotPixels(page, '.slopes-experiment__lr-strip');
    expect(colouredPixels(pixels, 0, pixels.height, 1)).toBeGreaterThan(100);
    await page.evaluate(() => window.slopes.setState({ experiment: { optimizers: { sgd: { schedule: null } } } }));
    await page.evaluate(() => window.slopes.experiment.run());
    await expect(strip.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the warm-up preset shows the lr column and strip at laptop size', async () => {
    const { page, errors } = await openApp(browser(), 'preset=warmup-cosine', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    await page.evaluate(() => window.slopes.step(200));
    await expect(page.locator('.legend th', { hasText: /^lr$/ }).count()).resolves.toBe(1);
    // Nothing in the legend is cut off: every row fits the legend's box.
    const fits = await page.evaluate(() => {
      const legend = document.querySelector('.legend')!;
      return legend.scrollWidth <= legend.clientWidth;
    });
    expect(fits).toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'slopes-schedules-warmup.png') });
    await page.evaluate(() => window.slopes.loadPreset('onecycle-network'));
    await page.evaluate(() => window.slopes.experiment.run());
    await page.evaluate(() => window.slopes.step(150));
    await expect(page.locator('.slopes-experiment__lr-strip').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'slopes-schedules-onecycle.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the controls pick a schedule from the menu and its arguments appear', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    await page.locator('[data-role=controls] .lil-title', { hasText: 'Controls' }).first().click();
    const balls = page.locator('[data-role=controls] .lil-gui', { has: page.locator(':scope > .lil-title', { hasText: /^Optimizers$/ }) });
    const adam = balls.locator('.lil-gui', { has: page.locator(':scope > .lil-title', { hasText: /^Adam$/ }) });
    await adam.locator(':scope > .lil-title').click();
    await adam.locator('select').first().selectOption('CosineAnnealingLR');
    await page.waitForTimeout(200);
    const schedule = await page.evaluate(() => window.slopes.getState().optimizers.adam.schedule);
    expect(schedule).toEqual({ type: 'CosineAnnealingLR', params: { T_max: 100, eta_min: 0 } });
    await expect(adam.locator('.lil-name', { hasText: 'T_max' }).count()).resolves.toBe(1);
    await page.evaluate(() => window.slopes.step(80));
    // For a look by eye at the laptop size the layout is made for; not compared with anything.
    await page.screenshot({ path: join(tmpdir(), 'slopes-schedules-controls.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();
const VIEWPORT = { width: 1366, height: 768 };

/** The text alternatives of the step chart and of the panel's loss, lr and fit charts, in page order. */
const STEP = '.step-chart-alt';
const LOSS = '.slopes-experiment__figure .slopes-chart-alt >> nth=0';

/** A number as the tables write it ("1,234.5", "3.2E-7"); NaN for a dash. */
const parse = (text: string) => (text.trim() === '—' ? NaN : Number(text.replace(/,/g, '')));

/** Opens the data table under `alt` and reads it once it has been filled in. */
async function readTable(page: Page, alt: string): Promise<{ head: string[]; rows: number[][] }> {
  const box = page.locator(alt);
  if (!(await box.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
  await box.locator('tbody tr').first().waitFor();
  const { head, cells } = await box.locator('table').evaluate((t) => ({
    head: [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    cells: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
  }));
  return { head, rows: cells.map((row) => row.map(parse)) };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

describe('the charts in two languages, with text alternatives and sound', () => {
  it('show Chinese words in the panel and on the charts with lang=zh, and pass axe with every data table open', async () => {
    const { page, errors } = await openApp(browser(), 'lang=zh', VIEWPORT);
    await page.evaluate(() => window.slopes.experiment.run());
    const panel = (await page.locator('[data-role=panel]').textContent()) ?? '';
    for (const word of ['1-20-1 网络实验', '换个随机种子再跑一次', '数据表', '听曲线', '第 12 轮，共 12 轮', '随机种子']) expect(panel).toContain(word);
    for (const english of ['epoch', 'Run again', 'Data table', 'Listen', 'loss axis', 'seed', 'batches of']) expect(panel).not.toContain(english);
    await expect(page.locator('[data-role=step-chart] canvas').getAttribute('aria-label')).resolves.toBe('地图上各个小球的损失随步数的变化');
    await expect(page.getAttribute('.slopes-experiment__bar', 'aria-label')).resolves.toBe('已完成的轮数');
    const head = (await readTable(page, LOSS)).head;
    expect(head[0]).toBe('步数');
    expect(head).toContain('Momentum（动量）');
    await readTable(page, STEP);
    await page.waitForTimeout(500);
    await page.screenshot({ path: 'test-results/charts-zh.png' });
    for (const summary of await page.locator('.slopes-chart-alt summary').all()) {
      if ((await summary.isVisible()) && !(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('name and describe every chart, and the step chart’s table ends at the balls’ current losses', async () => {
    const { page, errors } = await openApp(browser(), '', VIEWPORT);
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.step(120);
    });
    await page.evaluate(() => window.slopes.experiment.run());
    await page.waitForTimeout(600);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('[role=img][aria-describedby]')]
        .filter((e) => e.closest('[hidden]') === null)
        .map((e) => ({
          name: e.getAttribute('aria-label'),
          description: document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
        })),
    );
    expect(charts.map((c) => c.name)).toEqual(['Loss against step for the balls on the map', 'Minibatch loss of each run', 'The data and each network’s fitted curve']);
    const particles = await page.evaluate(() => window.slopes.particles());
    const balls = particles.filter((p, i) => particles.findIndex((q) => q.optimizer === p.optimizer) === i);
    expect(charts[0].description).toMatch(new RegExp(`^Loss of ${balls.length} optimizers over ${balls[0].step} steps; lowest: \\S+ [0-9.E-]+\\.$`));
    expect(charts[1].description).toMatch(/^Loss of 7 optimizers over 384 steps; lowest: /);
    expect(charts[2].description).toMatch(/^1,000 data points and 7 fitted curves; closest to the data: /);

    const step = await readTable(page, STEP);
    expect(step.head.length).toBe(balls.length + 1);
    expect(step.rows.length).toBeLessThanOrEqual(50);
    const last = step.rows[step.rows.length - 1];
    expect(last[0]).toBe(balls[0].step);
    balls.forEach((b, k) => expect(near(last[k + 1], b.loss), `${b.optimizer}: table ${last[k + 1]}, ball ${b.loss}`).toBe(true));
    // The rows before climb through the race in order.
    for (let i = 1; i < step.rows.length; i++) expect(step.rows[i][0]).toBeGreaterThan(step.rows[i - 1][0]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the panel’s loss table matches its curves, and the progressbar ends at its max', async () => {
    const { page, errors } = await openApp(browser(), '', VIEWPORT);
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    await page.waitForTimeout(600);
    const bar = page.locator('.slopes-experiment__bar');
    await expect(bar.getAttribute('role')).resolves.toBe('progressbar');
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('12');
    await expect(bar.getAttribute('aria-valuemax')).resolves.toBe('12');
    await expect(bar.getAttribute('aria-valuetext')).resolves.toBe('epoch 12 of 12');
    await expect(page.locator('.slopes-experiment__epoch').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.locator('.slopes-experiment__epoch').textContent()).resolves.toMatch(/^epoch 12 of 12 · done; lowest loss: \S+ [0-9.]+$/);

    const table = await readTable(page, LOSS);
    expect(table.head).toEqual(['step', 'SGD', 'Momentum', 'Nesterov (NAG)', 'Adagrad', 'Adadelta', 'RMSprop', 'Adam']);
    expect(table.rows.length).toBeLessThanOrEqual(50);
    expect(table.rows[0][0]).toBe(0);
    expect(table.rows[table.rows.length - 1][0]).toBe(383);
    for (const row of table.rows) {
      doc.runs.forEach((run, k) => expect(near(row[k + 1], run.batchLoss![row[0]]), `${run.optimizer} at step ${row[0]}`).toBe(true));
    }
    await page.screenshot({ path: 'test-results/charts-en.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('name, describe and tabulate the lr strips, under the step chart and in the panel', async () => {
    const { page, errors } = await openApp(browser(), 'preset=onecycle-network', VIEWPORT);
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.step(100);
    });
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    await page.waitForTimeout(600);
    const described = (sel: string) =>
      page.locator(sel).evaluate((e) => [e.getAttribute('aria-label'), document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent]);
    const [, stepDescription] = await described('[data-role=step-chart] canvas');
    expect(stepDescription).toMatch(/ Learning rate of 1 scheduled run over \d+ steps, between [0-9.E-]+ and [0-9.E-]+\.$/);
    expect((await readTable(page, STEP)).head).toContain('lr · Adam');

    const [name, description] = await described('.slopes-experiment__lr-strip canvas');
    expect(name).toBe('Learning rate of each scheduled run');
    expect(description).toMatch(/^Learning rate of 1 scheduled run over 384 steps, between /);
    const lr = doc.runs.find((r) => r.optimizer === 'adam')!.lr!;
    const table = await readTable(page, '.slopes-experiment__lr-strip + .slopes-chart-alt');
    expect(table.head).toEqual(['step', 'lr · Adam']);
    expect(table.rows[table.rows.length - 1][0]).toBe(383);
    for (const [step, value] of table.rows) expect(near(value, lr[step]), `lr at step ${step}`).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays a curve from the keyboard: Tab to Listen, Enter starts, Enter stops, no console error', async () => {
    const { page, errors } = await openApp(browser(), '', VIEWPORT);
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.step(60);
    });
    await page.waitForTimeout(600);
    const alt = page.locator(STEP);
    await alt.locator('select').focus();
    await page.keyboard.press('Tab');
    const listen = alt.locator('button');
    await expect(listen.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(listen.textContent()).resolves.toBe('Listen');
    await page.keyboard.press('Enter');
    await expect(listen.getAttribute('data-playing')).resolves.toBe('true');
    await expect(listen.textContent()).resolves.toBe('Stop');
    await expect(alt.locator('[aria-live]').textContent()).resolves.toMatch(/^Playing SGD: /);
    await page.keyboard.press('Enter');
    await expect(listen.getAttribute('data-playing')).resolves.toBe('false');
    await expect(listen.textContent()).resolves.toBe('Listen');
    // Played to its end, a tune gives the button back by itself.
    await page.keyboard.press('Space');
    await page.waitForFunction((sel) => document.querySelector(`${sel} button`)?.getAttribute('data-playing') === 'false', STEP, { timeout: 8000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

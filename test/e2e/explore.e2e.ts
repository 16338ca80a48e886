import type { Page } from 'playwright-core';
import { readmeShot } from './readmeShot.ts';
import { describe, expect, it } from 'vitest';
import { plotRect } from '../../src/ui/explore/drawHypermap.ts';
import { instrumentNumber } from '../../src/ui/instrumentNumber.ts';
import { explore as words } from '../../src/i18n/en/explore.ts';
import { openApp, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();

/** The centre of cell (i, j) of the map on the page (row 0 at the bottom). */
async function cellCentre(page: Page, cols: number, rows: number, i: number, j: number): Promise<[number, number]> {
  const canvas = page.locator('[data-role=hypermap-canvas]');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const r = plotRect(box.width, box.height);
  return [box.x + r.x + ((i + 0.5) * r.w) / cols, box.y + r.y + r.h - ((j + 0.5) * r.h) / rows];
}

const clickCell = async (page: Page, cols: number, rows: number, i: number, j: number) => page.mouse.click(...(await cellCentre(page, cols, rows, i, j)));

describe('the hyperparameter map', () => {
  it('applies a clicked cell, whose steps the live race then takes; maps the network training; shows minibatch noise and the slice trained in full', async () => {
    const { page, errors } = await openApp(browser(), 'surface=quadratic', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    const map = await page.evaluate(() =>
      window.slopes.hypermap({ optimizer: 'momentum', x: { from: 0.005, to: 0.5 }, y: { from: 0.05, to: 0.95 }, tol: 1e-4, steps: 400 }),
    );
    expect(map).not.toBeNull();
    const { x, y } = map!.request;
    expect([x.key, x.log, x.count, y.key, y.log, y.count]).toEqual(['lr', true, 24, 'momentum', false, 16]);
    expect(new Set(map!.outcome)).toEqual(new Set(['reached', 'not-reached', 'diverged']));
    // Heavy ball's limit on the bowl (λmax = 10) bounds the cells that converge.
    expect(map!.limit!.rule).toBe('heavyBall');
    for (const [lr, beta] of map!.limit!.points) expect(Math.abs(lr - (2 * (1 + beta)) / 10)).toBeLessThan(1e-9);

    // Pointing at a cell reads it out and applies nothing: the first diverged cell says so.
    const before = await page.evaluate(() => window.slopes.getState().optimizers.momentum.params);
    const lost = map!.outcome.indexOf('diverged');
    await page.mouse.move(...(await cellCentre(page, 24, 16, lost % 24, Math.floor(lost / 24))));
    await expect.poll(() => page.locator('[data-role=hypermap-cell]').textContent()).toMatch(/diverged/);
    expect(await page.evaluate(() => window.slopes.getState().optimizers.momentum.params)).toEqual(before);

    // A reached cell in the middle of the map: the fastest one.
    let best = -1;
    map!.outcome.forEach((o, c) => {
      if (o === 'reached' && (best < 0 || map!.steps[c] < map!.steps[best])) best = c;
    });
    const [i, j] = [best % 24, Math.floor(best / 24)];
    await clickCell(page, 24, 16, i, j);
    const params = await page.evaluate(() => window.slopes.getState().optimizers.momentum.params);
    expect([params.lr, params.momentum]).toEqual([map!.values.x[i], map!.values.y[j]]);
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(true);
    // The live race from the start, with those settings, reaches the tolerance at the cell's step.
    const live = await page.evaluate((n) => {
      window.slopes.reset();
      window.slopes.step(n);
      return window.slopes.compare('momentum', 'momentum', { tol: 1e-4 })!.a.stepsToTol;
    }, map!.steps[best] + 10);
    expect(live).toBe(map!.steps[best]);
    expect(await page.locator('[data-role=hypermap-cell]').textContent()).toContain(String(map!.steps[best]));
    await page.screenshot({ path: 'test/e2e/screenshots/hypermap.png' });

    // The keyboard: the arrow moves the chosen cell right, Enter applies it.
    await page.focus('[data-role=hypermap-canvas]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const next = await page.evaluate(() => window.slopes.getState().optimizers.momentum.params.lr);
    expect(next).toBe(map!.values.x[i + 1]);
    // A row down (up from the bottom row), Space applies it: the race plays on, the page's own Space (pause) never acting too.
    const row = j > 0 ? j - 1 : j + 1;
    await page.keyboard.press(j > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.keyboard.press(' ');
    const spaced = await page.evaluate(() => {
      const { optimizers, running } = window.slopes.getState();
      return [optimizers.momentum.params.lr, optimizers.momentum.params.momentum, running];
    });
    expect(spaced).toEqual([map!.values.x[i + 1], map!.values.y[row], true]);

    // On a network surface each cell is a whole training; applying one retrains the panel, whose final loss is the cell's.
    await page.evaluate(() => window.slopes.setState({ surface: 'mlp-slice', experiment: { epochs: 2, points: 100 } }));
    const net = await page.evaluate(() => window.slopes.hypermap({ optimizer: 'adam', x: { from: 1e-3, to: 1 } }));
    expect(net!.request.target).toBe('network');
    expect([net!.request.x.count, net!.request.y.key, net!.request.y.count]).toEqual([12, 'betas[0]', 8]);
    const cell = 5 * 12 + 7;
    // The panel above the map retrains for the new settings: once it is done, nothing above the map moves.
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done');
    await clickCell(page, 12, 8, 7, 5);
    const doc = await page.evaluate(() => window.slopes.experiment.run());
    const run = doc.runs.find((r) => r.optimizer === 'adam')!;
    expect(run.params.lr).toBe(net!.values.x[7]);
    expect((run.params.betas as readonly number[])[0]).toBe(net!.values.y[5]);
    expect(run.epochLoss!.at(-1)).toBe(net!.loss[cell]);
    await page.screenshot({ path: 'test/e2e/screenshots/hypermap-network.png' });

    // Minibatch noise at the first Adam ball: the batches of one epoch average (by size) to the full-data gradient, and larger batches scatter less.
    // Paused: the map draws the fan only where the ball stands when it was measured.
    const fan = await page.evaluate(() => {
      window.slopes.pause();
      return window.slopes.minibatchNoise({ optimizer: 'adam', batchSize: 10, seed: 3 });
    });
    // The network surfaces' own data: the tutorial's 1000 points, whatever the panel trains on.
    expect(fan!.points).toBe(1000);
    expect(fan!.batches).toHaveLength(100);
    const mean = [0, 1].map((k) => fan!.batches.reduce((s, g, b) => s + (fan!.sizes[b] / 1000) * g[k], 0));
    expect(Math.abs(mean[0] - fan!.full[0]) + Math.abs(mean[1] - fan!.full[1])).toBeLessThan(1e-12);
    const spreads = fan!.spreads.map((s) => s.spread);
    expect(fan!.spreads.map((s) => s.batchSize)).toEqual([1, 8, 10, 32, 128, 1000]);
    for (let k = 1; k < spreads.length; k++) expect(spreads[k]).toBeLessThan(spreads[k - 1]);
    expect(await page.locator('[data-role=minibatch-table] tbody tr').count()).toBe(6);
    await page.locator('[data-role=minibatch-canvas]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/e2e/screenshots/minibatch-noise.png' });
    // The same fan at the ball on the map: from the ball's pixel, every arrow along its minibatch's −gradient as the map shows it, at one scale.
    await expect.poll(() => page.evaluate(() => window.slopes.map().minibatchFan !== null)).toBe(true);
    const onMap = await page.evaluate(() => window.slopes.map());
    const drawn = onMap.minibatchFan!;
    const ax = onMap.plot.width / (onMap.shown.x[1] - onMap.shown.x[0]);
    const ay = -onMap.plot.height / (onMap.shown.y[1] - onMap.shown.y[0]);
    expect(drawn.ball[0]).toBeCloseTo(onMap.plot.x + (fan!.at[0] - onMap.shown.x[0]) * ax, 6);
    expect(drawn.ball[1]).toBeCloseTo(onMap.plot.y + (fan!.at[1] - onMap.shown.y[1]) * ay, 6);
    const screen = ([a, b]: readonly number[]) => [-ax * a, -ay * b];
    const full = screen(fan!.full);
    const scale = Math.hypot(drawn.fullTip[0] - drawn.ball[0], drawn.fullTip[1] - drawn.ball[1]) / Math.hypot(full[0], full[1]);
    expect(drawn.tips).toHaveLength(fan!.batches.length);
    drawn.tips.forEach((tip, k) => {
      const v = screen(fan!.batches[k]);
      expect(Math.hypot(tip[0] - drawn.ball[0] - scale * v[0], tip[1] - drawn.ball[1] - scale * v[1])).toBeLessThan(1e-6);
    });
    expect(Math.max(...drawn.tips.map((t) => Math.hypot(t[0] - drawn.ball[0], t[1] - drawn.ball[1])))).toBeLessThanOrEqual(80 + 1e-9);
    // The README's picture, the map brought close to the ball: the fan is redrawn at the new scale.
    await page.evaluate(([x, y]) => window.slopes.setState({ view: { x: [x - 0.5, x + 0.5], y: [y - 0.35, y + 0.35] } }), fan!.at);
    await expect.poll(() => page.evaluate(() => window.slopes.map().minibatchFan?.ball[0])).not.toBe(drawn.ball[0]);
    await readmeShot(page, 'minibatch-fan', '[data-role=minibatch-numbers]');
    // Selecting another ball (a click on it, or its legend ring) turns the fan to it.
    const other = await page.evaluate(() => window.slopes.particles().find((p) => p.optimizer !== 'adam')!.optimizer);
    await page.evaluate((id) => window.slopes.select(id), other);
    await expect.poll(() => page.locator('[data-role=minibatch-optimizer]').inputValue()).toBe(other);

    // The slice, honestly: the two-weight path is the ball's own, the whole network leaves the slice.
    const honest = await page.evaluate(() => window.slopes.sliceDrift({ optimizer: 'adam', steps: 100 }));
    const ball = await page.evaluate(() => {
      window.slopes.reset();
      window.slopes.step(100);
      return window.slopes.particles().find((p) => p.optimizer === 'adam')!;
    });
    expect(honest!.slice[100]).toEqual([ball.x, ball.y]);
    expect(honest!.whole[0]).toEqual(honest!.slice[0]);
    expect(honest!.drift[0]).toBe(0);
    expect(honest!.warning).toBe(honest!.drift[100] > 0.01 * honest!.frozenSize);
    expect(honest!.drift[100]).toBeGreaterThan(0);
    // The same on the map as the race runs: the whole network's shadow reaches as far as Adam's first ball, and the panel's numbers follow it.
    await page.evaluate(() => {
      window.slopes.reset();
      window.slopes.play();
    });
    await page.waitForFunction(() => (window.slopes.map().wholePath?.step ?? 0) >= 150);
    const adamStep = () => page.evaluate(() => window.slopes.particles().find((p) => p.optimizer === 'adam')!.step);
    expect(await page.evaluate(() => window.slopes.map().wholePath!.step)).toBeLessThanOrEqual(await adamStep());
    await page.evaluate(() => window.slopes.pause());
    const raced = await adamStep();
    await expect.poll(() => page.evaluate(() => window.slopes.map().wholePath?.step)).toBe(raced);
    const onSlice = await page.evaluate(() => window.slopes.map());
    const path = onSlice.wholePath!;
    expect(path.optimizer).toBe('adam');
    expect(path.points).toBe(raced + 1);
    const atRace = (await page.evaluate((n) => window.slopes.sliceDrift({ optimizer: 'adam', steps: n }), raced))!;
    // The race's runner, advanced frame by frame, against the whole network trained in one go: the same bits.
    expect(path.end).toEqual(atRace.whole[raced]);
    expect(path.endPx[0]).toBeCloseTo(onSlice.plot.x + ((path.end[0] - onSlice.shown.x[0]) * onSlice.plot.width) / (onSlice.shown.x[1] - onSlice.shown.x[0]), 6);
    expect(path.endPx[1]).toBeCloseTo(onSlice.plot.y + ((onSlice.shown.y[1] - path.end[1]) * onSlice.plot.height) / (onSlice.shown.y[1] - onSlice.shown.y[0]), 6);
    const drift = atRace.drift[raced];
    expect(atRace.live).toEqual({ step: raced, point: path.end, drift, warning: drift > 0.01 * atRace.frozenSize });
    const f = instrumentNumber('en');
    await expect.poll(() => page.locator('[data-role=slice-live]').textContent()).toBe(words.liveDrift('Adam', raced, f(drift), f((100 * drift) / atRace.frozenSize)));
    expect(await page.locator('[data-role=slice-warning]').textContent()).toBe(atRace.live!.warning ? words.driftWarning : words.driftSmall);
    // The time cursor at an earlier step cuts the shadow there, as it cuts the trail.
    const back = Math.floor(raced / 3);
    await page.evaluate((n) => window.slopes.scrub(n), back);
    await expect.poll(() => page.evaluate(() => window.slopes.map().wholePath?.points)).toBe(back + 1);
    expect(await page.evaluate(() => window.slopes.map().wholePath!.end)).toEqual(atRace.whole[back]);
    await page.evaluate(() => window.slopes.scrub(null));
    await expect.poll(() => page.evaluate(() => window.slopes.map().wholePath?.step)).toBe(raced);
    await page.locator('[data-role=slice-warning]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/e2e/screenshots/slice-honest.png' });

    // The panel's training mapped from an analytic surface: each cell trains the network, not the ball, to the same losses.
    const target = page.locator('[data-role=hypermap-target]');
    await expect(target.isDisabled()).resolves.toBe(true);
    await page.evaluate(() => window.slopes.setState({ surface: 'quadratic' }));
    const fromBowl = await page.evaluate(() => window.slopes.hypermap({ target: 'network', optimizer: 'adam', x: { from: 1e-3, to: 1 } }));
    expect(fromBowl!.request.target).toBe('network');
    expect(fromBowl!.loss).toEqual(net!.loss);
    await expect(target.inputValue()).resolves.toBe('network');
    await expect(target.isDisabled()).resolves.toBe(false);
    expect(await axeViolations(page, '[data-role=explore]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Chinese and passes axe with every tool open', async () => {
    const { page, errors } = await openApp(browser(), 'lang=zh&surface=mlp-slice', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    const map = await page.evaluate(() => window.slopes.hypermap({ optimizer: 'sgd', x: { from: 1e-2, to: 10 } }));
    expect(map!.request.y.key).toBe('weight_decay');
    expect(await page.evaluate(() => window.slopes.minibatchNoise({ batchSize: 32 })!.batches.length)).toBe(32);
    expect(await page.evaluate(() => window.slopes.sliceDrift({ steps: 20 })!.drift.length)).toBe(21);
    // A grid of starts puts the first ball at the grid's first point, not at the state's start: the whole network starts there too.
    const grid = await page.evaluate(() => {
      window.slopes.setState({ particles: 9, layout: 'grid' });
      const ball = () => window.slopes.particles().find((p) => p.optimizer === 'adam')!;
      const first = [ball().x, ball().y];
      window.slopes.step(20);
      return { start: window.slopes.getState().start, first, now: [ball().x, ball().y], run: window.slopes.sliceDrift({ optimizer: 'adam', steps: 20 })! };
    });
    expect(grid.first).not.toEqual(grid.start);
    expect([grid.run.slice[0], grid.run.whole[0], grid.run.slice[20]]).toEqual([grid.first, grid.first, grid.now]);
    expect(await page.locator('[data-role=explore] summary').first().textContent()).toBe('探索');
    expect(await axeViolations(page, '[data-role=explore]')).toEqual([]);
    await page.locator('[data-role=hypermap-canvas]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/e2e/screenshots/hypermap-zh.png' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { changedShare, colourCount, useBrowser, openApp, screenshotPixels } from './browser.ts';
import { readmeShot } from './readmeShot.ts';

const browser = useBrowser();

describe('the map', () => {
  it('loads without console errors and draws contour bands', async () => {
    const { page, errors } = await openApp(browser());
    const renderer = await page.evaluate(() => document.querySelector('.map canvas') !== null);
    expect(renderer).toBe(true);
    await page.evaluate(() => window.slopes.pause());
    await page.waitForTimeout(300);
    const pixels = await screenshotPixels(page, '.map');
    // A blank or single-colour canvas has 1–3 colours; filled bands, lines, axes and balls give many.
    expect(colourCount(pixels)).toBeGreaterThan(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('balls move while playing and stop when paused', async () => {
    const { page } = await openApp(browser());
    await page.evaluate(() => window.slopes.play());
    const a = await page.evaluate(() => window.slopes.particles());
    // Polled: on a loaded machine the first frames after play can take most of a second.
    await page.waitForFunction((s) => window.slopes.particles()[0].step > s, a[0].step, { timeout: 15_000 });
    const b = await page.evaluate(() => window.slopes.particles());
    expect(b.some((p, i) => p.x !== a[i].x || p.y !== a[i].y)).toBe(true);
    expect(b[0].step).toBeGreaterThan(a[0].step);
    await page.evaluate(() => window.slopes.pause());
    const c = await page.evaluate(() => window.slopes.particles());
    await page.waitForTimeout(600);
    const d = await page.evaluate(() => window.slopes.particles());
    expect(d).toEqual(c);
    const stats = await page.evaluate(() => window.slopes.stats());
    expect(stats.frames).toBeGreaterThan(5);
    expect(stats.frameMs.median).toBeGreaterThan(0);
    await page.close();
  });

  it('clicking the map moves every ball’s start there', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.pause());
    const before = await page.evaluate(() => window.slopes.getState().start);
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.3);
    await page.waitForTimeout(300);
    const start = await page.evaluate(() => window.slopes.getState().start);
    expect(start).not.toEqual(before);
    const { view } = await page.evaluate(() => window.slopes.getState());
    expect(start[0]).toBeGreaterThan(view.x[0]);
    expect(start[0]).toBeLessThan(view.x[1]);
    const particles = await page.evaluate(() => window.slopes.particles());
    expect(particles.length).toBeGreaterThan(1);
    for (const p of particles) {
      expect([p.x, p.y, p.step]).toEqual([start[0], start[1], 0]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the wheel zooms around the cursor and a drag pans the view', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.pause());
    const before = await page.evaluate(() => window.slopes.getState().view);
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((w) => window.slopes.getState().view.x[1] - window.slopes.getState().view.x[0] < w, before.x[1] - before.x[0], { timeout: 10_000 });
    const zoomed = await page.evaluate(() => window.slopes.getState().view);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction((x0) => window.slopes.getState().view.x[0] < x0, zoomed.x[0], { timeout: 10_000 });
    const panned = await page.evaluate(() => window.slopes.getState().view);
    // Dragging right by 120 px moves the view left by the same width in world units; the zoom stays.
    expect(panned.x[1] - panned.x[0]).toBeCloseTo(zoomed.x[1] - zoomed.x[0], 3);
    // The state takes the view shown (letterboxed to equal scale), so showing it again changes nothing.
    const { shown, requested } = await page.evaluate(() => window.slopes.map());
    for (const k of [0, 1] as const) {
      expect(shown.x[k]).toBeCloseTo(requested.x[k], 3);
      expect(shown.y[k]).toBeCloseTo(requested.y[k], 3);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a huge learning rate is shown as diverged and the page keeps running', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.setState({ optimizers: { sgd: { params: { lr: 1000 } } } }));
    await page.evaluate(() => window.slopes.step(50));
    const sgd = await page.evaluate(() => window.slopes.particles().find((p) => p.optimizer === 'sgd')!);
    expect(sgd.status).toBe('diverged');
    expect(Number.isFinite(sgd.x) && Number.isFinite(sgd.y)).toBe(true);
    const others = await page.evaluate(() => window.slopes.particles().filter((p) => p.optimizer !== 'sgd'));
    expect(others.every((p) => p.status !== 'diverged')).toBe(true);
    await page.waitForTimeout(200);
    await expect(page.locator('.legend tr[data-optimizer=sgd]').textContent()).resolves.toMatch(/diverged/);
    await expect(page.locator('.legend tr[data-optimizer=sgd]').textContent()).resolves.toMatch(/at step \d+: a value became infinite or NaN/);
    // On the map too, beside the ball, with the step the legend gives.
    const info = await page.evaluate(() => window.slopes.map());
    const step = (await page.locator('.legend tr[data-optimizer=sgd]').textContent())!.match(/at step (\d+)/)![1];
    expect(info.labels.map((l) => l.optimizer)).toEqual(['sgd']);
    expect(info.labels[0].text).toBe(`SGD diverged at step ${step}: a value became infinite or NaN`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a ball that runs away while staying finite is marked diverged, with that reason', async () => {
    const { page, errors } = await openApp(browser());
    // On the saddle x² − y², SGD with lr 1 triples y every step: past a million times the view long before it overflows.
    await page.evaluate(() => window.slopes.setState({ surface: 'saddle', start: [0.5, 0.01], optimizers: { sgd: { params: { lr: 1 } } } }));
    await page.evaluate(() => window.slopes.step(70));
    const sgd = await page.evaluate(() => window.slopes.particles().find((p) => p.optimizer === 'sgd')!);
    expect(sgd.status).toBe('diverged');
    expect(Number.isFinite(sgd.y) && Math.abs(sgd.y) > 1e6).toBe(true);
    await page.waitForTimeout(200);
    await expect(page.locator('.legend tr[data-optimizer=sgd]').textContent()).resolves.toMatch(/ran off beyond every sane bound/);
    // Its label stays inside the plot though the ball is a million views away.
    const { labels, plot } = await page.evaluate(() => window.slopes.map());
    expect(labels).toHaveLength(1);
    expect(labels[0].text).toMatch(/^SGD diverged at step \d+: it ran off beyond every sane bound$/);
    expect(labels[0].x).toBeGreaterThanOrEqual(plot.x);
    expect(labels[0].x).toBeLessThan(plot.x + plot.width);
    expect(labels[0].y).toBeGreaterThanOrEqual(plot.y);
    expect(labels[0].y).toBeLessThan(plot.y + plot.height);
    await readmeShot(page, 'diverged-label');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bad state is rejected field by field with a message', async () => {
    const { page } = await openApp(browser());
    const result = await page.evaluate(() => window.slopes.setState({ speed: 'fast', start: [0.5, 0.5] }));
    expect(result.notes).toEqual([expect.stringMatching(/^speed:/)]);
    await expect(page.locator('[data-role=notice]').textContent()).resolves.toMatch(/speed/);
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual([0.5, 0.5]);
    await page.close();
  });
});

describe('surfaces and presets', () => {
  it('switching the surface redraws the map and moves the balls to its start', async () => {
    const { page, errors } = await openApp(browser());
    await page.evaluate(() => window.slopes.pause());
    const before = await screenshotPixels(page, '.map');
    // The controls start closed, so the first screen has room for the experiment panel.
    await page.locator('[data-role=controls] .lil-root > .lil-title').click();
    await page.locator('.controls select').first().selectOption({ label: 'Himmelblau' });
    await page.waitForTimeout(800);
    const state = await page.evaluate(() => window.slopes.getState());
    expect(state.surface).toBe('himmelblau');
    expect(state.view).toEqual({ x: [-5, 5], y: [-5, 5] });
    const after = await screenshotPixels(page, '.map');
    expect(changedShare(before, after)).toBeGreaterThan(0.2);
    const p = await page.evaluate(() => window.slopes.particles()[0]);
    expect([p.x, p.y]).toEqual(state.start);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a shared link restores the state and reports a bad field', async () => {
    const { page } = await openApp(browser(), 'surface=saddle&start=-1,0.2&speed=banana');
    const state = await page.evaluate(() => window.slopes.getState());
    expect(state.surface).toBe('saddle');
    expect(state.start).toEqual([-1, 0.2]);
    await expect(page.locator('[data-role=notice]').textContent()).resolves.toMatch(/speed/);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basins } from '../../src/cli/commands/basins.ts';
import { basinStart } from '../../src/sim/basins.ts';
import { basinPixels } from '../../src/sim/basinsColors.ts';
import { FINE_STEP, MOVE_STEP } from '../../src/ui/mapKeys.ts';
import { changedShare, openApp, screenshotPixels, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();

/** The command line's map for one optimizer, run in this process as `slopes basins` runs it. */
async function cliMap(args: string[]): Promise<{ basin: number[]; stepsTaken: number[]; steps: number; size: number }> {
  let out = '';
  const code = await basins(args, { out: (t) => void (out += t), err: () => undefined, readText: () => '' });
  expect(code).toBe(0);
  return JSON.parse(out) as { basin: number[]; stepsTaken: number[]; steps: number; size: number };
}

// One page for the whole file, each part a test of its own, in order: the page carries on from the last.
describe('basin maps, swarms and relief in the app', () => {
  let page: Page;
  let errors: string[];
  const panel = () => page.locator('[data-role=basins]');
  beforeAll(async () => {
    ({ page, errors } = await openApp(browser(), 'preset=himmelblau-basins', { width: 1366, height: 768 }));
    await page.evaluate(() => window.slopes.setState({ running: false }));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fill from the pool completely, four minima in four colours, pixel for pixel the command line's", async () => {
    await panel().locator('summary').click();
    await page.locator('[data-role=basins-size]').selectOption('128');
    await expect.poll(() => panel().getAttribute('data-state'), { timeout: 60_000 }).toBe('done');

    await panel().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/e2e/screenshots/basin-maps.png' });
    const state = await page.evaluate(() => window.slopes.getState());
    const { view } = state;
    const optimizers = await panel()
      .locator('.basin-map')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.optimizer!));
    expect(optimizers).toEqual(['sgd', 'adam']);
    for (const [k, id] of optimizers.entries()) {
      const cli = await cliMap([
        '--surface',
        'himmelblau',
        '--optimizer',
        id,
        '--params',
        JSON.stringify(state.optimizers[id].params),
        '--size',
        '128',
        '--steps',
        '300',
        '--view',
        [...view.x, ...view.y].join(','),
        '--workers',
        '1',
      ]);
      // Himmelblau's four minima each catch part of the view: four colours.
      expect(new Set(cli.basin.filter((b) => b >= 0))).toEqual(new Set([0, 1, 2, 3]));
      const rgba = await page.evaluate((k) => {
        const canvas = document.querySelectorAll<HTMLCanvasElement>('[data-role=basin-canvas]')[k];
        return Array.from(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data);
      }, k);
      expect(rgba.length).toBe(4 * 128 * 128);
      // Filled completely: every pixel opaque, and the colours exactly the command line's PNG's.
      const rgb = basinPixels(cli.basin, cli.stepsTaken, 300);
      let opaque = 0;
      let same = 0;
      for (let p = 0; p < 128 * 128; p++) {
        if (rgba[4 * p + 3] === 255) opaque++;
        if (rgba[4 * p] === rgb[3 * p] && rgba[4 * p + 1] === rgb[3 * p + 1] && rgba[4 * p + 2] === rgb[3 * p + 2]) same++;
      }
      expect([opaque, same]).toEqual([128 * 128, 128 * 128]);
    }
    // The open panel, its maps, legend and progress pass axe-core's WCAG 2.2 A/AA rules.
    expect(await axeViolations(page, '[data-role=basins]')).toEqual([]);
  });

  it("start the balls at a clicked pixel's start, and at the keyboard cursor's on Enter", async () => {
    const { view } = await page.evaluate(() => window.slopes.getState());

    // A click on pixel (i, j) of the second map starts the balls at that pixel's start.
    const canvas = page.locator('[data-role=basin-canvas]').nth(1);
    const box = (await canvas.boundingBox())!;
    // The pointer lands on whole CSS pixels, and a map's pixel is smaller than one: the pixel under it is the one meant.
    const [px, py] = [Math.round(box.x + 0.75 * box.width), Math.round(box.y + 0.3 * box.height)];
    const [i, j] = [Math.floor(((px - box.x) / box.width) * 128), Math.floor(((py - box.y) / box.height) * 128)];
    await page.mouse.click(px, py);
    const expected = new Float64Array(2);
    basinStart(view, 128, j * 128 + i, expected, 0);
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual([expected[0], expected[1]]);
    const first = await page.evaluate(() => window.slopes.particles()[0]);
    expect([first.x, first.y]).toEqual([expected[0], expected[1]]);

    // The keyboard does the same: a focused map's arrows move the cursor (Shift: one pixel), Enter starts there.
    await page.locator('.basin-frame').first().focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    basinStart(view, 128, (j + 128 / 32) * 128 + i + 1, expected, 0);
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual([expected[0], expected[1]]);
  });

  it('a new setting cancels the job under way; a grid of 1000 per optimizer reports 7000 moving', async () => {
    // A new setting cancels the job under way and starts its own: seven classic optimizers, seven maps, at the
    // largest size so the job is still under way when Cancel is pressed, even on a fast machine.
    await page.locator('[data-role=basins-size]').selectOption('512');
    await page.evaluate(() => {
      const on = Object.fromEntries(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam'].map((id) => [id, { enabled: true }]));
      window.slopes.setState({ surface: 'rosenbrock', optimizers: on, layout: 'grid', particles: 1000, running: false });
    });
    await expect.poll(() => panel().locator('.basin-map').count(), { timeout: 10_000 }).toBe(7);
    await expect.poll(() => panel().getAttribute('data-state')).toBe('running');
    await page.locator('[data-role=basins-cancel]').click();
    expect(await panel().getAttribute('data-state')).toBe('cancelled');

    // A grid of 1000 per optimizer, before any step: every one of the 7000 balls is still on its way.
    const summary = await page.evaluate(() => window.slopes.swarmSummary());
    expect(summary.map((s) => s.count)).toEqual(Array(7).fill(1000));
    expect(summary.reduce((n, s) => n + s.moving, 0)).toBe(7000);
  });

  it('relief shades the map, on by default', async () => {
    // Relief, on by default, shades the bands as terrain: turning it off changes much of the map.
    await panel().locator('summary').click();
    await page.evaluate(() => window.slopes.setState({ surface: 'himmelblau', particles: 1, layout: 'cloud' }));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.slopes.getState().relief)).toBe(true);
    await page.locator('.map').screenshot({ path: 'test/e2e/screenshots/relief.png' });
    const shaded = await screenshotPixels(page, '.map');
    await page.evaluate(() => window.slopes.setState({ relief: false }));
    await expect.poll(async () => changedShare(shaded, await screenshotPixels(page, '.map')), { timeout: 20_000 }).toBeGreaterThan(0.3);
  });

  it('Shift + drag paints starts', async () => {
    // Shift + drag paints starts: the brush layout, one ball per painted point, where it was painted, carried by the link.
    const plot = await page.evaluate(() => window.slopes.map());
    const map = (await page.locator('.map canvas').boundingBox())!;
    const [x0, y0] = [map.x + plot.plot.x + 0.3 * plot.plot.width, map.y + plot.plot.y + 0.5 * plot.plot.height];
    await page.keyboard.down('Shift');
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(x0 + 12 * k, y0 - 5 * k);
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const painted = await page.evaluate(() => window.slopes.getState());
    expect(painted.layout).toBe('brush');
    expect(painted.brush.length).toBe(2 * 11);
    expect(painted.particles).toBe(11);
    const balls = await page.evaluate(() =>
      window.slopes
        .particles()
        .filter((p) => p.optimizer === 'sgd')
        .map((p) => [p.x, p.y]),
    );
    expect(balls.flat()).toEqual(painted.brush);
    // The first painted point is under the pointer's first press (to a pixel's width of the view).
    const pixel = (plot.shown.x[1] - plot.shown.x[0]) / plot.plot.width;
    expect(Math.abs(painted.brush[0] - (plot.shown.x[0] + 0.3 * (plot.shown.x[1] - plot.shown.x[0])))).toBeLessThan(2 * pixel);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`brush=${painted.brush.join(',')}`);
  });

  it('the keyboard paints starts at the marker and clears them, as the brush does', async () => {
    // Delete clears the stroke just painted: one ball per optimizer again, at the start.
    await page.locator('[data-role=map]').focus();
    await page.keyboard.press('Delete');
    const cleared = await page.evaluate(() => window.slopes.getState());
    expect([cleared.layout, cleared.brush, cleared.particles]).toEqual(['brush', [], 1]);
    const optimizers = Object.keys(cleared.optimizers).filter((id) => cleared.optimizers[id].enabled);
    expect(await page.evaluate(() => window.slopes.particles().map((p) => [p.x, p.y]))).toEqual(optimizers.map(() => cleared.start));

    // Arrows move the marker (Shift: in finer steps); B paints a start where it is.
    const { shown } = await page.evaluate(() => window.slopes.map());
    const [w, h] = [shown.x[1] - shown.x[0], shown.y[1] - shown.y[0]];
    const marks: [number, number][] = [];
    let [x, y] = cleared.start;
    const moves = { ArrowRight: [MOVE_STEP, 0], ArrowUp: [0, MOVE_STEP], 'Shift+ArrowLeft': [-FINE_STEP, 0] } as const;
    for (const keys of [['ArrowRight', 'ArrowRight'], ['ArrowUp'], ['Shift+ArrowLeft']] as const) {
      for (const key of keys) {
        await page.keyboard.press(key);
        [x, y] = [x + moves[key][0] * w, y + moves[key][1] * h];
      }
      await page.keyboard.press('b');
      marks.push([x, y]);
    }
    const painted = await page.evaluate(() => window.slopes.getState());
    expect([painted.layout, painted.particles]).toEqual(['brush', 3]);
    // Kept as a pointer stroke's starts are, to four significant digits.
    expect(painted.brush).toEqual(marks.flat().map((v) => Number(v.toPrecision(4))));
    // The start itself stays: only Enter moves it.
    expect(painted.start).toEqual(cleared.start);
    const balls = await page.evaluate(() => window.slopes.particles());
    expect(balls.length).toBe(3 * optimizers.length);
    for (const id of optimizers) expect(balls.filter((b) => b.optimizer === id).flatMap((b) => [b.x, b.y])).toEqual(painted.brush);
    // The live region says how many starts are painted.
    await page.waitForFunction(() => window.slopes.announcements().some((a) => a.includes('3 painted starts')), null, { timeout: 10_000 });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`brush=${painted.brush.join(',')}`);
  });

  it('the tilted view draws the surface in 2.5-D', async () => {
    // The tilted 2.5-D view draws the same surface in place of the flat map, the balls riding on it.
    await page.evaluate(() => window.slopes.setState({ layout: 'cloud', particles: 1, relief: true }));
    const flat = await screenshotPixels(page, '.map');
    await page.evaluate(() => window.slopes.setState({ tilt: true }));
    await expect.poll(async () => changedShare(flat, await screenshotPixels(page, '.map')), { timeout: 20_000 }).toBeGreaterThan(0.3);
    await page.locator('.map').screenshot({ path: 'test/e2e/screenshots/tilted.png' });
  });
});

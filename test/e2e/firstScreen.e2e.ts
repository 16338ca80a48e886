import { describe, expect, it } from 'vitest';
import { changedShare, colourPixels, openApp, screenshotPixels, useBrowser } from './browser.ts';

const browser = useBrowser();
const LAPTOP = { width: 1366, height: 768 };

describe('the first screen at 1366×768', () => {
  it('shows the panel’s loss chart and fit chart without scrolling, and the header on one line', async () => {
    const { page, errors } = await openApp(browser(), '', LAPTOP);
    const chartsInView = async () => {
      const charts = page.locator('.slopes-experiment__chart');
      expect(await charts.count()).toBe(2);
      for (const k of [0, 1]) {
        const box = (await charts.nth(k).boundingBox())!;
        expect(box.height).toBeGreaterThan(100);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(LAPTOP.width);
        expect(box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
      }
    };
    await chartsInView();
    const scroll = await page.evaluate(() => ({ y: document.documentElement.scrollHeight, x: document.documentElement.scrollWidth }));
    expect(scroll).toEqual({ y: LAPTOP.height, x: LAPTOP.width });
    // The longest surface name with the "modified" badge still fits on one line without overflowing.
    await page.evaluate(() => window.slopes.loadPreset('network-slice'));
    await page.evaluate(() => window.slopes.setState({ start: [0.1, 0.2] }));
    await expect(page.locator('[data-role=modified]').isVisible()).resolves.toBe(true);
    const bar = await page.locator('header.bar').evaluate((el) => ({ height: el.clientHeight, overflow: el.scrollWidth - el.clientWidth }));
    expect(bar.height).toBeLessThan(50);
    expect(bar.overflow).toBe(0);
    // Its three-line story still leaves the charts on the first screen.
    await chartsInView();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps one pixel scale on both axes, as clicks on the map measure it', async () => {
    const { page, errors } = await openApp(browser(), '', LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    const info = await page.evaluate(() => window.slopes.map());
    const perX = info.plot.width / (info.shown.x[1] - info.shown.x[0]);
    const perY = info.plot.height / (info.shown.y[1] - info.shown.y[0]);
    expect(Math.abs(perX / perY - 1)).toBeLessThan(0.02);
    // The requested region is inside the shown one.
    expect(info.shown.x[0]).toBeLessThanOrEqual(info.requested.x[0] + 1e-9);
    expect(info.shown.x[1]).toBeGreaterThanOrEqual(info.requested.x[1] - 1e-9);
    expect(info.shown.y[0]).toBeLessThanOrEqual(info.requested.y[0] + 1e-9);
    expect(info.shown.y[1]).toBeGreaterThanOrEqual(info.requested.y[1] - 1e-9);

    // Independently of what the page reports: 150 px right and 150 px up must move the start by equal distances.
    const canvas = (await page.locator('.map canvas').boundingBox())!;
    const cx = canvas.x + info.plot.x + info.plot.width / 2;
    const cy = canvas.y + info.plot.y + info.plot.height / 2;
    const startAt = async (x: number, y: number) => {
      await page.mouse.click(x, y);
      await page.waitForTimeout(150);
      return page.evaluate(() => window.slopes.getState().start);
    };
    const centre = await startAt(cx, cy);
    const right = await startAt(cx + 150, cy);
    const up = await startAt(cx, cy - 150);
    const dx = right[0] - centre[0];
    const dy = up[1] - centre[1];
    expect(dx).toBeGreaterThan(0);
    expect(Math.abs(dx / dy - 1)).toBeLessThan(0.02);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stretches the view over the map only when asked', async () => {
    const { page } = await openApp(browser(), 'stretch=true', LAPTOP);
    const info = await page.evaluate(() => window.slopes.map());
    expect(info.shown).toEqual(info.requested);
    await page.evaluate(() => window.slopes.setState({ stretch: false }));
    const fitted = await page.evaluate(() => window.slopes.map());
    const perX = fitted.plot.width / (fitted.shown.x[1] - fitted.shown.x[0]);
    const perY = fitted.plot.height / (fitted.shown.y[1] - fitted.shown.y[0]);
    expect(Math.abs(perX / perY - 1)).toBeLessThan(0.02);
    await page.close();
  });

  it('a legend row toggles its optimizer and never moves the start point', async () => {
    const { page, errors } = await openApp(browser(), '', LAPTOP);
    // Curves long enough for a fade to show.
    await page.evaluate(() => window.slopes.step(60));
    const before = await page.evaluate(() => window.slopes.getState());
    const row = page.locator('.legend tr[data-optimizer=sgd]');
    const plain = await screenshotPixels(page, '.step-chart');
    // Hovering a row picks out its optimizer: the others' curves fade.
    await row.hover();
    await page.waitForTimeout(300);
    expect(changedShare(plain, await screenshotPixels(page, '.step-chart'))).toBeGreaterThan(0.005);
    await row.click();
    await page.waitForTimeout(200);
    const after = await page.evaluate(() => window.slopes.getState());
    expect(after.start).toEqual(before.start);
    expect(after.optimizers.sgd.enabled).toBe(!before.optimizers.sgd.enabled);
    expect(await page.evaluate(() => window.slopes.particles().some((p) => p.optimizer === 'sgd'))).toBe(false);
    // The row stays, marked off, so the same click brings the optimizer back.
    await expect(page.locator('.legend tr[data-optimizer=sgd]').getAttribute('class')).resolves.toContain('off');
    await page.locator('.legend tr[data-optimizer=sgd]').click();
    await page.waitForTimeout(200);
    const again = await page.evaluate(() => window.slopes.getState());
    expect(again.start).toEqual(before.start);
    expect(again.optimizers.sgd.enabled).toBe(before.optimizers.sgd.enabled);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a notice floats over the page and never moves the map', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    const before = (await page.locator('.map').boundingBox())!;
    await page.evaluate(() => window.slopes.setState({ speed: 'fast' }));
    await expect(page.locator('[data-role=notice]').isVisible()).resolves.toBe(true);
    expect(await page.locator('.map').boundingBox()).toEqual(before);
    await page.close();
  });

  it('zooming stops at the limits', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let k = 0; k < 6; k++) await page.mouse.wheel(0, -5000);
    await page.waitForFunction(() => window.slopes.getState().view.y[1] - window.slopes.getState().view.y[0] < 0.1, null, { timeout: 10_000 });
    await page.waitForTimeout(400);
    const zoomed = await page.evaluate(() => window.slopes.map().shown);
    // Rosenbrock's own view is 4 wide: a thousandfold zoom at most.
    expect(Math.max(zoomed.x[1] - zoomed.x[0], zoomed.y[1] - zoomed.y[0])).toBeGreaterThanOrEqual(4 / 1000 - 1e-9);
    await page.close();
  });

  it('a ball outside the view is shown by an arrow on the edge of the map', async () => {
    const { page } = await openApp(
      browser(),
      'optimizers=%7B%22momentum%22%3A%7B%22enabled%22%3Afalse%7D%2C%22nag%22%3A%7B%22enabled%22%3Afalse%7D%2C%22adagrad%22%3A%7B%22enabled%22%3Afalse%7D%2C%22adadelta%22%3A%7B%22enabled%22%3Afalse%7D%2C%22rmsprop%22%3A%7B%22enabled%22%3Afalse%7D%2C%22adam%22%3A%7B%22enabled%22%3Afalse%7D%7D',
      LAPTOP,
    );
    await page.evaluate(() => window.slopes.pause());
    expect(await page.evaluate(() => window.slopes.particles().map((p) => p.optimizer))).toEqual(['sgd']);
    // SGD's orange appears nowhere in the bands: with the ball out of view, only its arrow can show it.
    const orange = async () => (await colourPixels(page, '.map canvas', [0xd55e00]))[0];
    expect(await orange()).toBeGreaterThan(20);
    await page.evaluate(() => window.slopes.setState({ view: { x: [10, 11], y: [10, 11] } }));
    await page.waitForTimeout(1500);
    const arrowed = await orange();
    expect(arrowed).toBeGreaterThan(20);
    await page.close();
  });

  it('full screen shows the map large on a light page', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    const before = (await page.locator('.map').boundingBox())!;
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.waitForTimeout(600);
    const after = (await page.locator('.map').boundingBox())!;
    expect(after.width * after.height).toBeGreaterThan(1.3 * before.width * before.height);
    const look = await page.evaluate(() => {
      const root = document.fullscreenElement as HTMLElement;
      const [r, g, b] = getComputedStyle(root).backgroundColor.match(/\d+/g)!.map(Number);
      return { light: r + g + b > 600, controls: getComputedStyle(document.querySelector('.side-column')!).display };
    });
    expect(look).toEqual({ light: true, controls: 'none' });
    await page.close();
  });

  it('Escape closes the help', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    await page.keyboard.press('?');
    await expect(page.locator('[data-role=help-overlay]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-role=help-overlay]').textContent()).resolves.toContain('Esc');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-role=help-overlay]').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('the reset-view button undoes a zoom', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    await page.evaluate(() => window.slopes.pause());
    const home = await page.evaluate(() => window.slopes.getState().view);
    await page.evaluate(() => window.slopes.setState({ view: { x: [0, 0.5], y: [0, 0.5] } }));
    await page.locator('button[data-command=reset-view]').click();
    expect(await page.evaluate(() => window.slopes.getState().view)).toEqual(home);
    await page.close();
  });
});

describe('the story and links', () => {
  it('a #preset= link restores the preset’s title and story, and says what its overrides changed', async () => {
    const { page: plain } = await openApp(browser(), '', LAPTOP);
    const presets = await plain.evaluate(() => window.slopes.presets());
    await plain.close();
    const { id, title } = presets.find((p) => p.id === 'saddle-adaptive') ?? presets[0];

    const { page, errors } = await openApp(browser(), `preset=${id}`, LAPTOP);
    await expect(page.locator('[data-role=story]').textContent()).resolves.toContain(title);
    expect(await page.evaluate(() => window.slopes.scene())).toEqual({ preset: id, title, modified: [] });
    await expect(page.locator('[data-role=modified]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-role=preset]').inputValue()).resolves.toBe(id);

    // A change is written back to the link as the preset plus what differs from it.
    await page.evaluate(() => window.slopes.setState({ start: [0.25, 0.125] }));
    await expect(page.locator('[data-role=modified]').isVisible()).resolves.toBe(true);
    await page.waitForFunction(() => location.hash.includes('start='), null, { timeout: 15_000 });
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toBe(`#preset=${id}&start=0.25,0.125`);
    await page.close();

    const { page: shared } = await openApp(browser(), hash.slice(1), LAPTOP);
    await expect(shared.locator('[data-role=story]').textContent()).resolves.toContain(title);
    expect(await shared.evaluate(() => window.slopes.scene())).toEqual({ preset: id, title, modified: ['start point'] });
    expect(await shared.evaluate(() => window.slopes.getState().start)).toEqual([0.25, 0.125]);
    await expect(shared.locator('[data-role=modified]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await shared.close();
  });

  it('never shows the story of another surface', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    const { id } = (await page.evaluate(() => window.slopes.presets()))[0];
    await page.evaluate((p) => window.slopes.loadPreset(p), id);
    await expect(page.locator('[data-role=story]').isVisible()).resolves.toBe(true);
    const surface = await page.evaluate(() => window.slopes.getState().surface);
    await page.evaluate((s) => window.slopes.setState({ surface: s === 'booth' ? 'ackley' : 'booth' }), surface);
    await expect(page.locator('[data-role=story]').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => window.slopes.scene().preset)).toBe(null);
    await expect(page.locator('[data-role=preset]').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('“run again” puts the new experiment seed in the state, so a link carries it', async () => {
    const { page } = await openApp(browser(), '', LAPTOP);
    const before = await page.evaluate(() => window.slopes.getState().experiment.seed);
    await page.locator('.slopes-experiment__again').click();
    await page.waitForFunction((s) => window.slopes.getState().experiment.seed !== s, before);
    const seed = await page.evaluate(() => window.slopes.getState().experiment.seed);
    await page.waitForFunction((s) => window.slopes.experiment.status().seed === s, seed, { timeout: 30_000 });
    await page.waitForFunction(() => location.hash.includes('experiment='), null, { timeout: 15_000 });
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain(`"seed":${seed}`);
    await page.close();
  });
});

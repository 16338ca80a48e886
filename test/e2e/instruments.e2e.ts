import { describe, expect, it } from 'vitest';
import { instrumentNumber } from '../../src/ui/instrumentNumber.ts';
import { openApp, useBrowser } from './browser.ts';
import { elementShot } from './readmeShot.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();
const PRESET = 'preset=nag-vs-momentum-quadratic';

describe('the instruments on the ill-conditioned quadratic', () => {
  it('inspect() gives H = [[1, 0], [0, 10]], the GD limit 0.2 and heavy ball 0.38 at β 0.9', async () => {
    const { page, errors } = await openApp(browser(), PRESET);
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.reset();
      window.slopes.step(5);
    });
    const [sgd, momentum, nag] = await page.evaluate(() => ['sgd', 'momentum', 'nag'].map((id) => window.slopes.inspect(id)!));
    expect(sgd.hessian).toEqual([
      [1, 0],
      [0, 10],
    ]);
    expect(sgd.eigenvalues).toEqual([1, 10]);
    expect(Math.abs(sgd.limits.gd! - 0.2)).toBeLessThan(1e-9);
    expect(momentum.momentum).toBe(0.9);
    expect(Math.abs(momentum.limits.heavyBall! - 0.38)).toBeLessThan(1e-9);
    expect(Math.abs(nag.limits.nesterov! - (2 * 1.9) / (2.8 * 10))).toBeLessThan(1e-9);
    // The ball's own numbers, as the particles list has them.
    const particles = await page.evaluate(() => window.slopes.particles());
    const first = particles.find((p) => p.optimizer === 'momentum')!;
    expect([momentum.step, momentum.x, momentum.y, momentum.loss]).toEqual([first.step, first.x, first.y, first.loss]);
    expect(await page.evaluate(() => window.slopes.inspect('adam'))).toBeNull();
    // The limits take each ball's own momentum: at β 0.5, heavy ball 2·1.5/10 = 0.3 and Nesterov 2·1.5/(2·10) = 0.15.
    const half = await page.evaluate(() => {
      window.slopes.setState({ optimizers: { momentum: { params: { momentum: 0.5 } }, nag: { params: { momentum: 0.5 } } } });
      window.slopes.step(1);
      return ['momentum', 'nag'].map((id) => window.slopes.inspect(id)!);
    });
    expect(half.map((i) => i.momentum)).toEqual([0.5, 0.5]);
    expect(Math.abs(half[0].limits.heavyBall! - 0.3)).toBeLessThan(1e-9);
    expect(Math.abs(half[1].limits.nesterov! - 0.15)).toBeLessThan(1e-9);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("compare('momentum', 'nag') counts the steps the particles' own losses show", async () => {
    const { page, errors } = await openApp(browser(), PRESET);
    const losses = await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.reset();
      const seen: Record<string, number[]> = { momentum: [], nag: [] };
      const record = () => {
        for (const p of window.slopes.particles()) if (p.optimizer in seen) seen[p.optimizer].push(p.loss);
      };
      record();
      for (let k = 0; k < 300; k++) {
        window.slopes.step(1);
        record();
      }
      return seen;
    });
    const result = (await page.evaluate(() => window.slopes.compare('momentum', 'nag', { tol: 1e-6 })))!;
    const firstBelow = (l: number[]) => {
      const k = l.findIndex((v) => v < 1e-6);
      return k < 0 ? null : k;
    };
    expect(result.a.optimizer).toBe('momentum');
    expect(result.a.stepsToTol).toBe(firstBelow(losses.momentum));
    expect(result.b.stepsToTol).toBe(firstBelow(losses.nag));
    // The preset's own claim: Nesterov gets there first.
    expect(result.b.stepsToTol!).toBeLessThan(result.a.stepsToTol!);
    expect(result.a.finalLoss).toBe(losses.momentum[300]);
    expect(result.distance).toHaveLength(301);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`the Instruments section (${lang}) shows the same numbers, sets the optimal step, and passes axe`, async () => {
      const { page, errors } = await openApp(browser(), `${PRESET}&lang=${lang}`, { width: 1366, height: 768 });
      await page.evaluate(() => {
        window.slopes.pause();
        window.slopes.reset();
        window.slopes.step(300);
      });
      await page.locator('[data-role=instruments] > summary').click();
      const f = instrumentNumber(lang);
      const cell = (table: string, key: string, n = 0) => page.locator(`[data-role=${table}] tr[data-key=${key}] td`).nth(n);
      // Selecting a ball (a click on it, or its legend ring) turns the section to it.
      const ballField = page.locator('[data-role=inspect-optimizer]');
      await page.evaluate(() => window.slopes.select('nag'));
      await expect.poll(() => ballField.inputValue()).toBe('nag');
      const nag = (await page.evaluate(() => window.slopes.inspect('nag')))!;
      await expect.poll(() => cell('inspect-table', 'limitNesterov').textContent()).toBe(f(nag.limits.nesterov));
      await page.evaluate(() => window.slopes.select('momentum'));
      await expect.poll(() => ballField.inputValue()).toBe('momentum');
      const momentum = (await page.evaluate(() => window.slopes.inspect('momentum')))!;
      await expect.poll(() => cell('inspect-table', 'limitHeavyBall').textContent()).toBe(f(momentum.limits.heavyBall));
      expect(await cell('inspect-table', 'limitGd').textContent()).toBe(f(0.2));
      expect(await cell('inspect-table', 'eigenvalues').textContent()).toBe(`${f(1)}, ${f(10)}`);

      await page.locator('[data-role=compare-a]').selectOption('momentum');
      await page.locator('[data-role=compare-b]').selectOption('nag');
      const result = (await page.evaluate(() => window.slopes.compare('momentum', 'nag')))!;
      await expect.poll(() => cell('compare-table', 'stepsToTol', 0).textContent()).toBe(String(result.a.stepsToTol));
      expect(await cell('compare-table', 'stepsToTol', 1).textContent()).toBe(String(result.b.stepsToTol));
      expect(await cell('compare-table', 'turns', 1).textContent()).toBe(String(result.b.turns));
      expect(await cell('compare-table', 'pathLength', 0).textContent()).toBe(f(result.a.pathLength));
      // The distance over time: its label names the largest distance and its step, and the line has a point per step kept.
      const chart = page.locator('[data-role=compare-distance-chart]');
      const most = Math.max(...result.distance);
      const mostAt = result.from + result.distance.indexOf(most);
      const last = result.distance[result.distance.length - 1];
      await expect(chart.getAttribute('aria-label')).resolves.toContain(`${f(most)}`);
      expect(await chart.getAttribute('aria-label')).toContain(String(mostAt));
      expect(await chart.getAttribute('aria-label')).toContain(f(last));
      // At most about 200 points, from the first step kept to the latest at the right end of the axis.
      const points = (await chart.locator('polyline').getAttribute('points'))!.split(' ');
      expect(points.length).toBeGreaterThan(100);
      expect(points.length).toBeLessThanOrEqual(202);
      expect(points[points.length - 1].split(',')[0]).toBe('298.0');

      expect(await axeViolations(page, '[data-role=instruments]')).toEqual([]);
      if (lang === 'en') await elementShot(page, '[data-role=instruments]', 'test/e2e/screenshots/instruments.png');

      // The button gives heavy ball Polyak's step on this bowl: α = (2/(√10 + 1))², β = ((√10 − 1)/(√10 + 1))².
      await page.locator('[data-role=inspect-optimal]').focus();
      await page.keyboard.press('Enter');
      const params = await page.evaluate(() => window.slopes.getState().optimizers.momentum.params);
      const r = Math.sqrt(10);
      expect(params.lr as number).toBeCloseTo(4 / (r + 1) ** 2, 12);
      expect(params.momentum as number).toBeCloseTo(((r - 1) / (r + 1)) ** 2, 12);
      // Run at Polyak's step, the predicted and the measured rates stand side by side, each as inspect() gives it.
      await page.evaluate(() => {
        window.slopes.reset();
        window.slopes.step(120);
      });
      const polyak = (await page.evaluate(() => window.slopes.inspect('momentum')))!;
      expect(polyak.rate).not.toBeNull();
      expect(polyak.measuredRate).not.toBeNull();
      await expect.poll(() => cell('inspect-table', 'rate').textContent()).toBe(f(polyak.rate));
      expect(await cell('inspect-table', 'measuredRate').textContent()).toContain(f(polyak.measuredRate!.rate));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

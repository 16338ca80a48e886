import { describe, expect, it } from 'vitest';
import { swarmLine } from '../../src/ui/swarmLine.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { countFromPositions } from '../sim/swarmPositions.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('a grid swarm on Himmelblau', () => {
  it('reports where its balls ended as their positions show, in the controller and under each legend row', async () => {
    const { page, errors } = await openApp(browser(), 'preset=himmelblau-basins');
    await page.evaluate(() => window.slopes.setState({ layout: 'grid', particles: 1000, running: false }));
    const perOptimizer = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const p of window.slopes.particles()) counts[p.optimizer] = (counts[p.optimizer] ?? 0) + 1;
      return counts;
    });
    expect(perOptimizer).toEqual({ sgd: 1000, adam: 1000 });

    await page.evaluate(() => window.slopes.step(299));
    const before = await page.evaluate(() => window.slopes.particles());
    await page.evaluate(() => window.slopes.step(1));
    const after = await page.evaluate(() => window.slopes.particles());
    const summary = await page.evaluate(() => window.slopes.swarmSummary());
    const { view } = await page.evaluate(() => window.slopes.getState());
    const radius = 0.01 * Math.hypot(view.x[1] - view.x[0], view.y[1] - view.y[0]);
    const minima = summary[0].minima;
    expect(minima).toHaveLength(4);

    expect(summary.map((s) => s.optimizer)).toEqual(['sgd', 'adam']);
    for (const s of summary) {
      const expected = countFromPositions(minima, radius, s.optimizer, before, after);
      expect(s.count).toBe(1000);
      expect(s.minima.map((m) => m.count)).toEqual(expected.minima);
      expect([s.diverged, s.moving, s.elsewhere]).toEqual([expected.diverged, expected.moving, expected.elsewhere]);
      // A grid over the whole view feeds every one of the four minima.
      for (const m of s.minima) expect(m.count).toBeGreaterThan(0);

      const line = page.locator(`.legend tr[data-swarm="${s.optimizer}"]`);
      await expect.poll(() => line.textContent(), { timeout: 15_000 }).toBe(swarmLine(s, wordsFor('en')));
      const text = (await line.textContent())!;
      for (const m of s.minima) expect(text).toContain(`: ${m.count}`);
      expect(text).toContain(`moving ${s.moving}`);
      expect(text).toContain(`median ${s.medianSteps} steps`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('every preset at 1366×768', () => {
  it('ends its scene with every ball that did not diverge inside the view the map shows', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1366, height: 768 });
    const presets = await page.evaluate(() => window.slopes.presets());
    expect(presets.length).toBeGreaterThanOrEqual(8);
    const outside: string[] = [];
    for (const { id, steps } of presets) {
      await page.evaluate((p) => window.slopes.loadPreset(p), id);
      await page.evaluate((n) => window.slopes.step(n), steps);
      const { shown } = await page.evaluate(() => window.slopes.map());
      const balls = await page.evaluate(() => {
        const seen = new Set<string>();
        // The first particle of each optimizer is its ball; the rest of a swarm may spread wider.
        return window.slopes.particles().filter((p) => !seen.has(p.optimizer) && seen.add(p.optimizer));
      });
      expect(balls.length).toBeGreaterThan(0);
      for (const b of balls) {
        if (b.status === 'diverged') continue;
        const inside = b.x >= shown.x[0] && b.x <= shown.x[1] && b.y >= shown.y[0] && b.y <= shown.y[1];
        if (!inside) outside.push(`${id}: ${b.optimizer} at (${b.x.toPrecision(4)}, ${b.y.toPrecision(4)}) after ${b.step} steps`);
      }
      // The scene's story is the one shown, unmodified, after it plays.
      expect(await page.evaluate(() => window.slopes.scene())).toMatchObject({ preset: id, modified: [] });
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

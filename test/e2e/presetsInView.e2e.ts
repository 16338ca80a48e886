import { describe, expect, it } from 'vitest';
import { optimizerStyle } from '../../src/render/palette.ts';
import { colourPixels, openApp, useBrowser } from './browser.ts';

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

describe('a preset played to its end', () => {
  it('pauses exactly after its steps, unmodified, and plays on past them when asked', async () => {
    const { page, errors } = await openApp(browser(), 'preset=nag-vs-momentum-saddle', { width: 1366, height: 768 });
    const { steps } = (await page.evaluate(() => window.slopes.presets())).find((p) => p.id === 'nag-vs-momentum-saddle')!;
    // Speed is presentation, not a change of the scene.
    await page.evaluate(() => {
      window.slopes.reset();
      window.slopes.setState({ speed: 3, running: true });
    });
    await page.waitForFunction(() => !window.slopes.getState().running, null, { timeout: 60_000 });
    const lead = async () => Math.max(...(await page.evaluate(() => window.slopes.particles().map((b) => b.step))));
    expect(await lead()).toBe(steps);
    expect(await page.evaluate(() => window.slopes.scene())).toMatchObject({ preset: 'nag-vs-momentum-saddle', modified: [] });
    await page.evaluate(() => window.slopes.play());
    await page.waitForFunction((n) => Math.max(...window.slopes.particles().map((b) => b.step)) > n + 3, steps, { timeout: 60_000 });
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('swarm presets', () => {
  it('end with every optimizer’s swarm visible on the map, not hidden under the last one drawn', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1366, height: 768 });
    const presets = await page.evaluate(() => window.slopes.presets());
    let swarms = 0;
    for (const { id, steps } of presets) {
      await page.evaluate((p) => window.slopes.loadPreset(p), id);
      if ((await page.evaluate(() => window.slopes.getState().particles)) === 1) continue;
      swarms++;
      await page.evaluate((n) => window.slopes.step(n), steps);
      await page.waitForTimeout(400);
      const enabled = await page.evaluate(() =>
        Object.entries(window.slopes.getState().optimizers).filter(([, s]) => s.enabled).map(([o]) => o),
      );
      // Pixels close to each optimizer's own colour (the bands are a lightened viridis, far from all of them).
      const pixels = await colourPixels(page, '.map canvas', enabled.map((o) => optimizerStyle(o).color));
      const counts = enabled.map((o, k) => `${o}: ${pixels[k] > 40 ? 'visible' : `${pixels[k]} px`}`);
      expect(counts, id).toEqual(enabled.map((o) => `${o}: visible`));
    }
    expect(swarms).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

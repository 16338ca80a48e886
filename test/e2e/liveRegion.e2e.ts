import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
const PRESET = 'nag-vs-momentum-quadratic';
/** SGD at this lr overshoots the bowl's steep axis by a factor 4 a step: it diverges while the others race on. */
const WILD_LR = 0.5;
const SPEED = 8;

interface Watched {
  liveTimes: number[];
}

/** Records, by the page's clock, each time the live region's text changes. */
async function watchLiveRegion(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times: number[] = [];
    Object.assign(window, { liveTimes: times });
    new MutationObserver(() => times.push(performance.now())).observe(document.querySelector('[data-role=map-live]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

const liveTimes = (page: Page) => page.evaluate(() => (window as unknown as Watched).liveTimes);

describe("the live region tells the race as the simulation's own particles ran it", () => {
  it('names the first ball to reach the minimum, the divergence at its step, and the end of the race', async () => {
    const { page, errors } = await openApp(browser(), 'lang=en', { width: 1366, height: 768 });
    const words = wordsFor('en');
    await watchLiveRegion(page);
    await page.evaluate(
      ([preset, lr, speed]) => {
        window.slopes.loadPreset(preset);
        window.slopes.setState({ optimizers: { sgd: { params: { lr } } }, speed, running: true });
      },
      [PRESET, WILD_LR, SPEED] as const,
    );
    const allStopped = words.map.sentence(words.map.allStopped);
    await page.waitForFunction((end) => window.slopes.announcements().some((a) => a.includes(end)), allStopped, { timeout: 120_000 });
    const said = (await page.evaluate(() => window.slopes.announcements())).join(' ');
    // Throttled: messages that came faster than one per two seconds were merged, never spoken apart.
    const times = await liveTimes(page);
    expect(times.length).toBeGreaterThan(0);
    for (let k = 1; k < times.length; k++) expect(times[k] - times[k - 1]).toBeGreaterThan(1900);

    // The same race again, one step at a time, read from the particles alone.
    const minimum = surfaceById('quadratic')!.minima[0];
    const truth = await page.evaluate(
      ([mx, my]) => {
        window.slopes.reset();
        const { view } = window.slopes.getState();
        const reach = 0.01 * Math.hypot(view.x[1] - view.x[0], view.y[1] - view.y[0]);
        const arrived: Record<string, number> = {};
        const diverged: Record<string, number> = {};
        let before = window.slopes.particles();
        for (let k = 0; k < 400; k++) {
          window.slopes.step(1);
          const now = window.slopes.particles();
          now.forEach((p, i) => {
            if (p.status === 'diverged') diverged[p.optimizer] ??= p.step;
            const slow = Math.hypot(p.x - before[i].x, p.y - before[i].y) <= reach / 10;
            if (p.status !== 'diverged' && (p.status === 'converged' || (slow && Math.hypot(p.x - mx, p.y - my) <= reach))) arrived[p.optimizer] ??= p.step;
          });
          before = now;
        }
        return { arrived, diverged };
      },
      [minimum.x, minimum.y] as const,
    );
    const name = (id: string) => words.declarations.optimizerNames[id];

    expect(Object.keys(truth.diverged)).toEqual(['sgd']);
    const reasons = [words.map.reasonNonFinite, words.map.reasonOutOfBounds].map((r) => words.map.diverged(name('sgd'), truth.diverged.sgd, r));
    expect(reasons.some((r) => said.includes(r))).toBe(true);

    const order = Object.entries(truth.arrived).sort((a, b) => a[1] - b[1]);
    expect(order.length).toBe(2);
    expect(said).toContain(words.map.winner(name(order[0][0])));
    for (const [id, step] of order) {
      // Events are read once a frame: at SPEED steps a frame an arrival is told within SPEED steps of it.
      const told = Number(said.match(new RegExp(`${name(id).replace(/[()]/g, '\\$&')} reached the minimum at step (\\d+)`))?.[1]);
      expect(told).toBeGreaterThanOrEqual(step);
      expect(told).toBeLessThan(step + SPEED);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('stays silent while the map is dragged, and speaks what happened once the drag ends', async () => {
    const { page, errors } = await openApp(browser(), `lang=en&preset=${PRESET}`, { width: 1366, height: 768 });
    await watchLiveRegion(page);
    const box = (await page.locator('[data-role=map] canvas').boundingBox())!;
    const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move(x0 + 20, y0);
    // The race starts under the held pointer, so its divergence and arrivals all happen during the drag.
    const began = await page.evaluate(
      ([lr, speed]) => {
        window.slopes.setState({ optimizers: { sgd: { params: { lr } } }, speed, running: true });
        return performance.now();
      },
      [WILD_LR, SPEED] as const,
    );
    // Past every arrival of the race above (all within 400 steps), held unspoken.
    await page.waitForFunction(() => window.slopes.particles().every((p) => p.status === 'diverged' || p.step >= 600), null, { timeout: 120_000 });
    // Slow enough that a throttled message would have come more than once during it.
    for (let k = 1; k <= 20; k++) {
      await page.mouse.move(x0 + 20 + 3 * k, y0 + 2 * k);
      await page.waitForTimeout(250);
    }
    const released = await page.evaluate(() => performance.now());
    await page.mouse.up();
    await page.waitForFunction((t) => (window as unknown as Watched).liveTimes.some((m) => m > t), released, { timeout: 10_000 });
    const times = await liveTimes(page);
    expect(times.filter((t) => t > began && t < released)).toEqual([]);
    const said = (await page.evaluate(() => window.slopes.announcements())).join(' ');
    const words = wordsFor('en');
    expect(said).toContain(words.map.sentence(words.map.allStopped));
    expect(said).toContain(words.declarations.optimizerNames.sgd);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

import { describe, expect, it } from 'vitest';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
const PRESET = 'nag-vs-momentum-quadratic';
/** SGD at this lr overshoots the bowl's steep axis by a factor 4 a step: it diverges while the others race on. */
const WILD_LR = 0.5;
const SPEED = 8;

describe("the live region tells the race as the simulation's own particles ran it", () => {
  it('names the first ball to reach the minimum, the divergence at its step, and the end of the race', async () => {
    const { page, errors } = await openApp(browser(), 'lang=en', { width: 1366, height: 768 });
    const words = wordsFor('en');
    // When the region's text changes, by the page's clock.
    await page.evaluate(() => {
      const times: number[] = [];
      Object.assign(window, { liveTimes: times });
      new MutationObserver(() => times.push(performance.now())).observe(document.querySelector('[data-role=map-live]')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
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
    const times = await page.evaluate(() => (window as unknown as { liveTimes: number[] }).liveTimes);
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
});

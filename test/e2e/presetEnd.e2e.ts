import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();

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

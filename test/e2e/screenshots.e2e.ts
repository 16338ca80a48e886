import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { colourCount, useBrowser, openApp, screenshotPixels } from './browser.ts';

/**
 * The README's pictures: each main state, after it has run for a moment, as a student would see it
 * on a 1366×768 laptop screen. The swarm scene shows that every optimizer's swarm stays visible.
 */
const SCENES: [string, number][] = [
  ['rosenbrock-race', 400],
  ['saddle-adaptive', 150],
  ['network-slice', 400],
  ['himmelblau-basins', 300],
];
const DIR = 'test/e2e/screenshots';

const browser = useBrowser();
beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
});

describe('screenshots of the main states', () => {
  it.each(SCENES)('%s after %i steps', async (id, steps) => {
    const { page, errors } = await openApp(browser(), '', { width: 1366, height: 768 });
    await page.evaluate((preset) => window.slopes.loadPreset(preset), id);
    await page.evaluate(() => window.slopes.pause());
    await page.evaluate((n) => window.slopes.step(n), steps);
    await page.evaluate(() => window.slopes.experiment.run());
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${DIR}/${id}.png` });
    expect(colourCount(await screenshotPixels(page, '.map'))).toBeGreaterThan(8);
    expect(errors).toEqual([]);
    await page.close();
  });
});

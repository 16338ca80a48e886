import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROWD_BALLS, swarmDot } from '../../src/render/swarmDot.ts';
import { colourPixels, mapDrawn, nextFrames, openApp, useBrowser, type OpenPage } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();

/** Every preset file, read here so each preset is a test of its own. */
const PRESET_IDS = readdirSync('presets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

/** Checks a language adds to axe's: what is wrong with a whole page as it is shown, and with a preset's scene. */
export interface LanguageChecks {
  page(page: Page): Promise<string[]>;
  scene(page: Page, preset: string): Promise<string[]>;
}

const NONE: LanguageChecks = { page: () => Promise.resolve([]), scene: () => Promise.resolve([]) };

/** The checks, for one language: each language is a file of its own, so the two run side by side. */
export function axeSuite(lang: 'en' | 'zh', more: LanguageChecks = NONE): void {
  /** axe's violations on the whole page, and the language's own findings. */
  const wrong = async (page: Page) => [...(await axeViolations(page)), ...(await more.page(page))];
  describe(`WCAG 2.2 AA, as axe-core checks it, in ${lang}`, () => {
    it('the first screen and the help have no violation', async () => {
      const { page } = await openApp(browser(), `lang=${lang}`);
      await page.evaluate(() => window.slopes.pause());
      expect(await wrong(page)).toEqual([]);
      await page.keyboard.press('?');
      await page.waitForSelector('[data-role=help-overlay]:not([hidden])');
      expect(await wrong(page)).toEqual([]);
      await page.close();
    });

    it('presentation mode with a playlist, and the share dialog, have no violation', async () => {
      const { page } = await openApp(browser(), `playlist=saddle-adaptive,beale&present=1&lang=${lang}`, { width: 1920, height: 1080 });
      await page.evaluate(() => window.slopes.pause());
      await page.waitForSelector('.presenting [data-role=playlist]:not([hidden])');
      expect(await wrong(page)).toEqual([]);
      await page.keyboard.press('p');
      await page.click('[data-role=share]');
      await page.waitForSelector('[data-role=share-dialog][open]');
      expect(await wrong(page)).toEqual([]);
      await page.close();
    });

    it('embed mode at 480×320 has no violation', async () => {
      const { page } = await openApp(browser(), `embed=1&preset=rosenbrock-race&lang=${lang}`, { width: 480, height: 320 });
      await page.evaluate(() => window.slopes.pause());
      expect(await page.locator('[data-role=embed-overlay]').isVisible()).toBe(true);
      expect(await wrong(page)).toEqual([]);
      await page.close();
    });
  });

  // A preset changes the whole page (its title, story, scene, and the controls it sets), so the whole page is checked
  // per preset. Loading every preset is the slow part, so each preset is also checked here for what it shows; one page
  // serves them all, and each preset is a test of its own (its own time limit, its name in a failure).
  describe(`every preset, in ${lang}`, () => {
    let opened: OpenPage;
    beforeAll(async () => {
      opened = await openApp(browser(), `lang=${lang}`, { width: 1366, height: 768 });
    });
    afterAll(async () => {
      expect(opened.errors).toEqual([]);
      await opened.page.close();
    });

    it('offers every preset file', async () => {
      expect((await opened.page.evaluate(() => window.slopes.presets().map((p) => p.id))).sort()).toEqual(PRESET_IDS);
    });

    it.each(PRESET_IDS.map((id, k) => [id, k] as const))('%s loads with its story, has no violation, and ends its scene in view', async (id, k) => {
      const { page } = opened;
      const { title, steps } = (await page.evaluate(() => window.slopes.presets())).find((p) => p.id === id)!;
      // Two through the menu, as a user does; the rest through the API.
      if (k < 2) await page.locator('[data-role=preset]').selectOption(id);
      else expect((await page.evaluate((p) => window.slopes.loadPreset(p), id)).notes).toEqual([]);
      await page.evaluate(() => window.slopes.pause());
      await mapDrawn(page);
      expect(await page.locator('[data-role=story]').textContent()).toContain(title);
      const found = [...(await axeViolations(page)), ...(await more.scene(page, id))];
      if (lang === 'en') found.push(...(await endsInView(page, id, steps)));
      expect(found).toEqual([]);
    });
  });
}

/**
 * Plays a preset's scene to its end and says what is wrong with it: a ball (each optimizer's first particle; the
 * rest of a swarm may spread wider) that did not diverge yet lies outside the view the map shows, an optimizer
 * without its ball, a swarm hidden under the one drawn last, or a scene no longer the preset's after playing.
 */
async function endsInView(page: Page, id: string, steps: number): Promise<string[]> {
  const wrong: string[] = [];
  await page.evaluate((n) => window.slopes.step(n), steps);
  const { shown } = await page.evaluate(() => window.slopes.map());
  const { enabled, particles } = await page.evaluate(() => ({
    enabled: Object.entries(window.slopes.getState().optimizers)
      .filter(([, s]) => s.enabled)
      .map(([o]) => o),
    particles: window.slopes.getState().particles,
  }));
  const balls = await page.evaluate(() => {
    const seen = new Set<string>();
    return window.slopes.particles().filter((p) => !seen.has(p.optimizer) && seen.add(p.optimizer));
  });
  const builtIn = balls
    .filter((b) => !b.optimizer.startsWith('rule'))
    .map((b) => b.optimizer)
    .sort();
  if (builtIn.join() !== [...enabled].sort().join()) wrong.push(`${id}: balls of ${builtIn.join()} for ${enabled.join()} enabled`);
  for (const b of balls) {
    if (b.status === 'diverged') continue;
    const inside = b.x >= shown.x[0] && b.x <= shown.x[1] && b.y >= shown.y[0] && b.y <= shown.y[1];
    if (!inside) wrong.push(`${id}: ${b.optimizer} at (${b.x.toPrecision(4)}, ${b.y.toPrecision(4)}) after ${b.step} steps`);
  }
  const scene = await page.evaluate(() => window.slopes.scene());
  if (scene.preset !== id || scene.modified.length > 0) wrong.push(`${id}: after playing, the scene is ${JSON.stringify(scene)}`);
  if (particles > 1) {
    await nextFrames(page);
    // Pixels close to the colour each optimizer's swarm dots are drawn in (the bands are a lightened viridis, far from all of them).
    const crowd = particles * enabled.length > CROWD_BALLS;
    const pixels = await colourPixels(
      page,
      '.map canvas',
      enabled.map((o) => swarmDot(o, crowd).tint),
    );
    enabled.forEach((o, k) => pixels[k] <= 40 && wrong.push(`${id}: the ${o} swarm shows only ${pixels[k]} px`));
  }
  return wrong;
}

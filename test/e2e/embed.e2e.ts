import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { useBrowser } from './browser.ts';
import { newPage } from './embedPages.ts';

const browser = useBrowser();
const DIR = 'test/e2e/screenshots';

async function openEmbed(query: string, hash: string, viewport = { width: 480, height: 320 }) {
  const opened = await newPage(browser(), viewport);
  await opened.page.goto(`${inject('baseUrl')}?${query}#${hash}`);
  await opened.page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 30_000 });
  await opened.page.waitForTimeout(500);
  return opened;
}

describe('embed mode', () => {
  it('at 480×320: the map fills the frame, no header or control panel, a working transport', async () => {
    const { page, errors } = await openEmbed('embed=1', 'preset=rosenbrock-race');
    for (const part of ['.bar', '.story', '.controls', '.side-column', '.step-chart']) expect(await page.locator(part).first().isVisible(), part).toBe(false);
    const canvas = (await page.locator('[data-role=map] canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThanOrEqual(480 * 0.95);
    expect(canvas.height).toBeGreaterThanOrEqual(320 * 0.9);
    expect(await page.locator('[data-role=legend]').isVisible()).toBe(true);
    await page.screenshot({ path: `${DIR}/embed-480x320.png` });

    const buttons = page.locator('[data-role=embed-overlay] button');
    expect(await buttons.count()).toBe(3);
    for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    const playPause = page.locator('[data-role=embed-overlay] [data-command=play-pause]');
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(true);
    await playPause.click();
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(false);
    expect(await playPause.getAttribute('aria-label')).toBe('Play');
    const before = await page.evaluate(() => window.slopes.particles()[0].step);
    await page.locator('[data-role=embed-overlay] [data-command=step]').click();
    expect(await page.evaluate(() => window.slopes.particles()[0].step)).toBe(before + 1);
    await page.locator('[data-role=embed-overlay] [data-command=reset]').click();
    expect(await page.evaluate(() => window.slopes.particles()[0].step)).toBe(0);

    // From the keyboard: back from the reset button to play/pause, its focus visible, Enter presses it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { command: el.dataset.command, visible: el.matches(':focus-visible'), outline: parseFloat(style.outlineWidth), styleName: style.outlineStyle };
    });
    expect(focused).toMatchObject({ command: 'play-pause', visible: true, styleName: 'solid' });
    expect(focused.outline).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Open in Slopes" opens the same scene in the full page, in a new tab', async () => {
    const { page } = await openEmbed('embed=1', 'preset=nag-vs-momentum-rosenbrock');
    await page.evaluate(() => window.slopes.setState({ start: [-1.25, 2.5], speed: 2 }));
    const link = page.locator('[data-role=open-in-slopes]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const [full] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await full.waitForFunction(() => window.slopes !== undefined, null, { timeout: 30_000 });
    expect(new URL(full.url()).search).toBe('');
    expect(await full.locator('.bar').isVisible()).toBe(true);
    expect(await full.locator('[data-role=embed-overlay]').count()).toBe(0);
    const scene = (p: typeof page) => p.evaluate(() => ({ ...window.slopes.getState(), running: null, scene: window.slopes.scene() }));
    const [embedded, opened] = await Promise.all([scene(page), scene(full)]);
    expect(opened.start).toEqual([-1.25, 2.5]);
    expect(opened).toEqual(embedded);
    await full.close();
    await page.close();
  });

  it('works at 320×240: everything inside the frame, nothing scrolls', async () => {
    const { page } = await openEmbed('embed=1', 'preset=rosenbrock-race', { width: 320, height: 240 });
    const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(size).toEqual({ w: 320, h: 240 });
    for (const selector of ['[data-role=embed-overlay] button', '[data-role=open-in-slopes]', '[data-role=legend]']) {
      for (const el of await page.locator(selector).all()) {
        const box = (await el.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        expect(box.y + box.height).toBeLessThanOrEqual(240);
      }
    }
    await page.close();
  });

  it('controls= keeps the chosen controls, panel=experiment shows the experiment instead of the map', async () => {
    const kept = await openEmbed('embed=1&controls=speed', 'preset=rosenbrock-race');
    expect(await kept.page.locator('[data-role=speed]').isVisible()).toBe(true);
    expect(await kept.page.locator('[data-role=preset]').isVisible()).toBe(false);
    expect(await kept.page.locator('[data-role=controls]').isVisible()).toBe(false);
    await kept.page.close();
    const panel = await openEmbed('embed=1', 'preset=network-slice&panel=experiment', { width: 640, height: 480 });
    expect(await panel.page.locator('[data-role=map]').isVisible()).toBe(false);
    expect(await panel.page.locator('[data-role=panel]').isVisible()).toBe(true);
    expect(await panel.page.locator('[data-role=open-in-slopes]').isVisible()).toBe(true);
    await panel.page.waitForFunction(() => window.slopes.experiment.status().state === 'done', null, { timeout: 60_000 });
    await panel.page.close();
  });
});

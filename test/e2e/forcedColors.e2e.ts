import { describe, expect, it } from 'vitest';
import { optimizerStyle } from '../../src/render/palette.ts';
import { changedShare, colourCount, colourPixels, nextFrames, openApp, screenshotPixels, useBrowser } from './browser.ts';

const browser = useBrowser();

describe('forced colours (Windows high contrast)', () => {
  it('keeps the map as drawn, the legend markers in their colours and a visible focus ring on the map', async () => {
    const { page, errors } = await openApp(browser(), 'preset=rosenbrock-race', { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    await nextFrames(page);
    const plain = await screenshotPixels(page, '.map canvas');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await nextFrames(page);
    // The canvas is the page's own drawing: forced colours leave its bands, lines and balls as they were.
    const forced = await screenshotPixels(page, '.map canvas');
    expect(colourCount(forced)).toBeGreaterThan(8);
    expect(changedShare(plain, forced)).toBeLessThan(0.01);
    // Each legend marker keeps its optimizer's colour rather than the system's one text colour.
    const [sgd, momentum] = await colourPixels(page, '.legend', [optimizerStyle('sgd').color, optimizerStyle('momentum').color]);
    expect(sgd).toBeGreaterThan(20);
    expect(momentum).toBeGreaterThan(20);
    // The focused map is ringed in the system's highlight colour.
    await page.locator('[data-role=map]').focus();
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('[data-role=map]')!);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

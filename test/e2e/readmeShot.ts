import type { Page } from 'playwright-core';
import { mapDrawn, nextFrames } from './browser.ts';

/** The screen the README's pictures show: a student's laptop. */
const LAPTOP = { width: 1366, height: 768 };

/**
 * Writes a README picture, docs/screenshots/<name>.png, of the page as it stands on a 1366×768
 * screen, scrolled so that `show` (a selector) is in view: a test takes it where its checks have just
 * set up the scene, so the picture shows what the checks saw. The test's own viewport comes back
 * afterwards, redrawn, for the checks that follow.
 */
export async function readmeShot(page: Page, name: string, show?: string): Promise<void> {
  const own = page.viewportSize();
  const resize = async (size: { width: number; height: number }) => {
    await page.setViewportSize(size);
    // The map hears of its new size within a frame and is busy until its contours for it arrive.
    await nextFrames(page);
    await mapDrawn(page);
  };
  await resize(LAPTOP);
  if (show) await page.locator(show).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  if (own) await resize(own);
}

/**
 * A picture of one element, whole: the window is made tall enough for it first, since Chromium does
 * not paint what lies below the window (a tall section came out blank at its foot), then restored.
 */
export async function elementShot(page: Page, selector: string, path: string): Promise<void> {
  const own = page.viewportSize();
  const box = await page.locator(selector).boundingBox();
  if (own && box) {
    await page.setViewportSize({ width: own.width, height: Math.max(own.height, Math.ceil(box.y + box.height + 40)) });
    await nextFrames(page);
  }
  await page.locator(selector).screenshot({ path });
  if (own) {
    await page.setViewportSize(own);
    await nextFrames(page);
    await mapDrawn(page);
  }
}

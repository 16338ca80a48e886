import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { SlopesController } from '../../src/app/SlopesController.ts';
import { decodePng, type Pixels } from './png.ts';

export type { Pixels } from './png.ts';

declare global {
  interface Window {
    slopes: SlopesController;
  }
}

/**
 * The one Debian Chromium of the whole run (started by serve.ts, with a fresh temporary profile),
 * connected to for this file's tests; each page opens in a context of its own, so files running side
 * by side never share cookies, storage or a viewport.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserWs'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface OpenPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Resolves after the page has painted twice more: what was just changed is on screen. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Waits until every element matching `selector` keeps its place and size across two looks 300 ms apart: checks that
 * measure one element after another (axe's target spacing) would otherwise compare a moved box with an unmoved one.
 */
export async function layoutSettled(page: Page, selector: string, timeout = 15_000): Promise<void> {
  const boxes = () => page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => JSON.stringify(e.getBoundingClientRect())).join(), selector);
  let before = await boxes();
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    await page.waitForTimeout(300);
    const now = await boxes();
    if (now === before) return;
    before = now;
  }
  throw new Error(`${selector} still moving after ${timeout} ms`);
}

/** Waits until the map has its contours for what it shows (it is aria-busy until they arrive) and has drawn them. */
export async function mapDrawn(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-role=map]:not([aria-busy])', { timeout });
  await nextFrames(page);
}

/**
 * Opens the app (optionally with a URL fragment) and waits until window.slopes exists and contours are drawn.
 * The page prefers reduced motion, so the race waits for `slopes.play()`: a race playing in software WebGL keeps
 * most of a core busy, which tests that do not watch it should not pay for. `motion: true` plays as a visitor sees it.
 */
export async function openApp(browser: Browser, hash = '', viewport = { width: 1280, height: 860 }, { motion = false }: { motion?: boolean } = {}): Promise<OpenPage> {
  // A context of its own (closed with its page): axe-core opens helper pages in the page's context.
  const context = await browser.newContext({ viewport, reducedMotion: motion ? 'no-preference' : 'reduce' });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}${hash ? `#${hash}` : ''}`);
  await page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 30_000 });
  await mapDrawn(page);
  return { page, errors };
}

/**
 * How many pixels of a screenshot of one element lie within 60 (summed over r, g, b) of each colour
 * (0xRRGGBB).
 */
export async function colourPixels(page: Page, selector: string, colours: readonly number[]): Promise<number[]> {
  const { data } = await screenshotPixels(page, selector);
  return colours.map((rgb) => {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - (rgb >> 16)) + Math.abs(data[i + 1] - ((rgb >> 8) & 255)) + Math.abs(data[i + 2] - (rgb & 255)) < 60) n++;
    }
    return n;
  });
}

/** A screenshot of one element, as pixels. */
export async function screenshotPixels(page: Page, selector: string): Promise<Pixels> {
  return decodePng(await page.locator(selector).screenshot());
}

/** How many distinct colours (quantised to 4 bits a channel) cover at least `minShare` of the pixels. */
export function colourCount(p: Pixels, minShare = 0.002): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < p.data.length; i += 4) {
    const key = ((p.data[i] >> 4) << 8) | ((p.data[i + 1] >> 4) << 4) | (p.data[i + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = p.width * p.height;
  return [...counts.values()].filter((n) => n / total >= minShare).length;
}

/** Share of pixels that differ between two screenshots of the same size. */
export function changedShare(a: Pixels, b: Pixels): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 24) changed++;
  }
  return changed / (a.width * a.height);
}

import { describe, expect, inject, it } from 'vitest';
import { MAP_GROUNDS } from '../../src/render/mapGrounds.ts';
import { colourPixels, useBrowser } from './browser.ts';

const browser = useBrowser();

/**
 * A 1366×768 window at 200 % zoom (half the CSS pixels, each drawn as two device pixels), in either language, and
 * 1.4.10's own case: 320 CSS px wide, a 1280×1024 screen at 400 %.
 */
const CASES = [
  { name: '200 % zoom', lang: 'en', viewport: { width: 683, height: 384 }, scale: 2 },
  { name: '200 % zoom in Chinese', lang: 'zh', viewport: { width: 683, height: 384 }, scale: 2 },
  { name: '320 CSS px', lang: 'en', viewport: { width: 320, height: 256 }, scale: 4 },
] as const;

/** What a focused element looks like once the browser has scrolled it into view. */
interface Stop {
  name: string;
  /** Inside the viewport. */
  inView: boolean;
  /** What the element's centre shows when it is something else: a header or notice floating over it. */
  coveredBy: string;
  /** An outline or a ring drawn around it. */
  ring: boolean;
}

describe.each(CASES)('the page at $name (WCAG 1.4.4, 1.4.10)', ({ name: label, lang, viewport, scale }) => {
  it('reflows into one column with nothing cut off or overlapping, the whole map in view, every control reached by Tab and shown when focused', async () => {
    const context = await browser().newContext({ viewport, deviceScaleFactor: scale, locale: lang });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${inject('baseUrl')}#preset=rosenbrock-race&lang=${lang}`);
    await page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 60_000 });
    await page.evaluate(() => window.slopes.pause());

    const layout = await page.evaluate(() => {
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        // checkVisibility leaves out a closed <details>' content, laid out but never painted; screen-reader-only text is a clipped pixel.
        return r.width > 1 && r.height > 1 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true });
      };
      const texts = [...document.body.querySelectorAll('*')].filter(
        (e) => visible(e) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
      );
      const name = (e: Element) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`;
      const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && visible(e) && !e.classList.contains('skip-link'),
      );
      const overlapping: string[] = [];
      tabbable.forEach((a, i) => {
        for (const b of tabbable.slice(i + 1)) {
          if (a.contains(b) || b.contains(a)) continue;
          const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
          if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) overlapping.push(`${name(a)} / ${name(b)}`);
        }
      });
      const map = document.querySelector('[data-role=map]')!.getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        outside: texts
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left < -0.5 || r.right > innerWidth + 0.5;
          })
          .map(name),
        // Text clipped by its own box (a hidden overflow), not scrolled into a scroller a reader can move.
        clipped: texts
          .filter((e) => {
            const s = getComputedStyle(e);
            return (s.overflowX === 'hidden' || s.overflowX === 'clip') && e.scrollWidth > e.clientWidth + 1;
          })
          .map(name),
        overlapping,
        map: { width: Math.round(map.width), height: Math.round(map.height) },
        tabbable: tabbable.length,
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(viewport.width);
    expect(layout.outside).toEqual([]);
    expect(layout.clipped).toEqual([]);
    expect(layout.overlapping).toEqual([]);
    // The map fills the column and fits the window whole, so a reader sees all of it at once.
    expect(layout.map.width).toBeGreaterThan(viewport.width * 0.9);
    expect(layout.map.height).toBeLessThanOrEqual(viewport.height);
    expect(layout.map.height).toBeGreaterThanOrEqual(Math.min(260, viewport.height * 0.9));
    await page.locator('[data-role=map]').scrollIntoViewIfNeeded();
    // Drawn: several contour bands each cover a visible share of the map (device pixels: `scale` each way).
    const onBands = await colourPixels(
      page,
      '[data-role=map] canvas',
      MAP_GROUNDS.filter((_, i) => i % 8 === 0),
    );
    const box = (await page.locator('[data-role=map] canvas').boundingBox())!;
    expect(onBands.filter((n) => n > box.width * box.height * scale * scale * 0.01).length).toBeGreaterThanOrEqual(4);

    const stops: Stop[] = [];
    let first = '';
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const id =
          e === document.body
            ? 'body'
            : `${e.tagName.toLowerCase()}|${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30)}|${[...document.querySelectorAll(e.tagName)].indexOf(e)}`;
        const r = e.getBoundingClientRect();
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + Math.min(r.height, innerHeight) / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const s = getComputedStyle(e);
        return {
          name: id,
          inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
          coveredBy: hit && hit !== e && !e.contains(hit) && !hit.contains(e) ? `${hit.tagName.toLowerCase()}.${hit.className}` : '',
          ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
        };
      });
      if (stop.name === first) break;
      if (!first) first = stop.name;
      stops.push(stop);
    }
    const names = stops.map((s) => s.name);
    // A full round: back at the first stop, having passed every control once.
    expect(names.length).toBeLessThan(200);
    expect(names.filter((n) => n !== 'body').length).toBeGreaterThanOrEqual(layout.tabbable);
    expect(stops.filter((s) => s.name !== 'body' && (!s.inView || s.coveredBy || !s.ring))).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `test-results/zoom-${label.replace(/\W+/g, '-')}.png` });
    await context.close();
  }, 180_000);
});

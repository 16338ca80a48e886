import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { colourPixels, useBrowser } from './browser.ts';
import { newPage, STRICT_CSP } from './embedPages.ts';

const browser = useBrowser();
const FILE = resolve('dist/single/slopes.html');

describe('the single file', () => {
  it('carries the strict policy, its one inline script allowed by its hash', () => {
    const html = readFileSync(FILE, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const hash = /script-src 'self' 'sha256-([^']+)'/.exec(policy ?? '')?.[1];
    expect(policy).toBe(STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`));
    expect(policy).not.toContain("'unsafe-eval'");
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/);
  });

  it('opened from file:// with every request blocked: no request, no error, the map drawn and the balls rolling', async () => {
    const { page, errors } = await newPage(browser());
    const url = pathToFileURL(FILE).href;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // Everything is blocked but the file itself.
    await page.route('**', (route) => (route.request().url() === url ? route.continue() : route.abort()).catch(() => undefined));
    await page.goto(url);
    await page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 30_000 });
    await page.waitForFunction(() => window.slopes.particles()[0].step > 5, null, { timeout: 60_000 });
    const before = await page.evaluate(() => window.slopes.particles().map((p) => [p.x, p.y]));
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => window.slopes.particles().map((p) => [p.x, p.y]));
    expect(after).not.toEqual(before);
    // The contour bands' palette (viridis ends) covers much of the map: the contours were traced.
    const [plain] = await colourPixels(page, '[data-role=map] canvas', [0xdcdcdc]);
    const box = (await page.locator('[data-role=map] canvas').boundingBox())!;
    expect(plain).toBeLessThan(box.width * box.height * 0.2);
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done', null, { timeout: 120_000 });
    expect(requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { newPage, routeAppStrict, serveStrict } from './embedPages.ts';

const browser = useBrowser();

describe('under the strict policy (no unsafe-eval, no inline script)', () => {
  it('the built page starts, traces its contours in a worker, rolls and trains, with no console error', async () => {
    const { page, errors } = await newPage(browser());
    const base = await routeAppStrict(page);
    const response = await page.goto(`${base}#preset=rosenbrock-race`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    await page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 30_000 });
    await page.waitForFunction(() => window.slopes.particles()[0].step > 10, null, { timeout: 30_000 });
    await page.waitForFunction(() => window.slopes.experiment.status().state === 'done', null, { timeout: 60_000 });
    await page.keyboard.press('?');
    expect(await page.locator('[data-role=help-overlay]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the library page: a <slopes-demo> starts and rolls, with no console error', async () => {
    const { page, errors } = await newPage(browser());
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Library</title>
<script type="module" src="lib/slopes.js"></script></head>
<body><slopes-demo preset="saddle-adaptive" autoplay style="height:700px"></slopes-demo></body></html>`;
    const base = await serveStrict(page, { 'library.html': ['text/html', html] });
    await page.goto(`${base}library.html`);
    await page.waitForFunction(
      async () => {
        // Until the element is defined it has no `ready`.
        const { ready } = document.querySelector('slopes-demo') as HTMLElement & { ready?: Promise<{ particles(): { step: number }[] }> };
        return ready !== undefined && (await ready).particles()[0].step > 10;
      },
      null,
      { timeout: 30_000, polling: 200 },
    );
    expect(await page.locator('slopes-demo [data-role=map] canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

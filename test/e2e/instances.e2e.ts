import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { newPage, positions, serveStrict } from './embedPages.ts';

const browser = useBrowser();

/** A plain course page: two elements and two mount() calls, its script a file of its own (the policy allows no inline script). */
const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two demos and two mounted instances</title></head>
<body><main><h1>Optimizers side by side</h1>
<slopes-demo id="d0" preset="nag-vs-momentum-rosenbrock" embed autoplay style="width:480px;height:320px"></slopes-demo>
<slopes-demo id="d1" state='{"surface":"himmelblau"}' embed autoplay style="width:480px;height:320px"></slopes-demo>
<div id="m0" style="width:480px;height:320px"></div>
<div id="m1" style="width:900px;height:640px"></div>
</main><script type="module" src="instances.js"></script></body></html>`;

const SCRIPT = `import { mount } from './lib/slopes.js';
const elements = [...document.querySelectorAll('slopes-demo')];
const mounted = await Promise.all([
  mount(document.getElementById('m0'), { preset: 'rosenbrock-race', embed: true, autoplay: true }),
  mount(document.getElementById('m1'), { state: { surface: 'saddle' }, autoplay: true }),
]);
window.demos = [...(await Promise.all(elements.map((e) => e.ready))), ...mounted];`;

const running = (page: Page) => page.evaluate(() => window.demos.map((d) => d.getState().running));
const moved = async (page: Page, wait = 600) => {
  const before = await Promise.all([0, 1, 2, 3].map((k) => positions(page, k)));
  await page.waitForTimeout(wait);
  const after = await Promise.all([0, 1, 2, 3].map((k) => positions(page, k)));
  return before.map((b, k) => JSON.stringify(b) !== JSON.stringify(after[k]));
};

describe('several instances on one plain page, under the strict policy', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await newPage(browser(), { width: 1400, height: 1500 }));
    const base = await serveStrict(page, { 'instances.html': ['text/html', HTML], 'instances.js': ['text/javascript', SCRIPT] });
    await page.goto(`${base}instances.html`);
    await page.waitForFunction(() => window.demos?.length === 4, null, { timeout: 60_000 });
    await page.waitForTimeout(800);
  });
  afterAll(async () => {
    await page.close();
  });

  it('each has its own scene and its own canvas, and none touches the URL', async () => {
    const states = await page.evaluate(() => window.demos.map((d) => ({ surface: d.getState().surface, start: d.getState().start, preset: d.scene().preset })));
    expect(new Set(states.map((s) => JSON.stringify(s))).size).toBe(4);
    expect(states.map((s) => s.surface)).toEqual(['rosenbrock', 'himmelblau', 'rosenbrock', 'saddle']);
    for (const id of ['d0', 'd1', 'm0', 'm1']) expect(await page.locator(`#${id} [data-role=map] canvas`).count()).toBe(1);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(errors).toEqual([]);
  });

  it('pausing one leaves the others playing', async () => {
    expect(await running(page)).toEqual([true, true, true, true]);
    // A routed document leaves Playwright waiting for a navigation after any click: none is expected here.
    await page.locator('#d1 [data-role=embed-overlay] [data-command=play-pause]').click({ noWaitAfter: true });
    expect(await running(page)).toEqual([true, false, true, true]);
    expect(await moved(page)).toEqual([true, false, true, true]);
    await page.evaluate(() => window.demos[1].play());
  });

  it('keys act only on the instance that has focus', async () => {
    await page.locator('#m0 [data-role=embed-overlay] [data-command=step]').focus();
    await page.keyboard.press('k');
    expect(await running(page)).toEqual([true, true, false, true]);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('k');
    expect(await running(page)).toEqual([true, true, false, true]);
    await page.locator('#m0 [data-role=embed-overlay] [data-command=step]').focus();
    await page.keyboard.press('k');
    expect(await running(page)).toEqual([true, true, true, true]);
  });

  it('a new language rebuilds only that instance, and its controller keeps working', async () => {
    await page.evaluate(() => window.demos[2].setState({ lang: 'zh' }));
    await page.waitForFunction(() => document.querySelector('#m0 [data-role=open-in-slopes]')?.textContent === '在 Slopes 中打开', null, { timeout: 30_000 });
    expect(await page.locator('#m0 [data-role=map] canvas').count()).toBe(1);
    expect(await page.locator('#d0 [data-role=open-in-slopes]').textContent()).toBe('Open in Slopes');
    await page.evaluate(() => window.demos[2].pause());
    expect(await running(page)).toEqual([true, true, false, true]);
  });

  it('destroy() leaves no canvas behind and stops its frames; removing an element destroys its instance', async () => {
    const framesBefore = await page.evaluate(() => window.demos[3].stats().frames);
    await page.waitForTimeout(300);
    const framesLater = await page.evaluate(() => window.demos[3].stats().frames);
    expect(framesLater).toBeGreaterThan(framesBefore);
    await page.evaluate(() => window.demos[3].destroy());
    expect(await page.locator('#m1 canvas').count()).toBe(0);
    expect(await page.locator('#m1 *').count()).toBe(0);
    const stopped = await page.evaluate(() => window.demos[3].stats().frames);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.demos[3].stats().frames)).toBe(stopped);

    const left = await page.evaluate(async () => {
      const element = document.getElementById('d1')!;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return element.querySelectorAll('canvas').length;
    });
    expect(left).toBe(0);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    expect(await moved(page).then((m) => [m[0], m[2]])).toEqual([true, false]);
    expect(errors).toEqual([]);
  });
});

/** A page that only loads the library, so its first instance is one the test mounts. */
const EMPTY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mounted and destroyed</title></head>
<body><main><h1>One demo at a time</h1></main><script type="module" src="empty.js"></script></body></html>`;

describe('instances mounted and destroyed one after another', () => {
  it('leave the DOM nodes and listeners as they were, charts and all', async () => {
    const { page, errors } = await newPage(browser(), { width: 1200, height: 900 });
    const base = await serveStrict(page, {
      'empty.html': ['text/html', EMPTY],
      'empty.js': ['text/javascript', "import { mount } from './lib/slopes.js'; window.mountDemo = mount;"],
    });
    await page.goto(`${base}empty.html`);
    await page.waitForFunction(() => 'mountDemo' in window);
    const cdp = await page.context().newCDPSession(page);
    const counts = async () => {
      await page.waitForTimeout(200);
      // Twice: the first collection can leave objects that only finalizers of the first free.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { nodes, jsEventListeners };
    };
    const before = await counts();
    // Each instance trains the panel's experiment and draws its charts before it goes: V8 keeps the
    // first uPlot of a page alive, which once kept its whole instance (thousands of nodes).
    const mounted = await page.evaluate(async () => {
      const mount = (window as unknown as { mountDemo: typeof import('../../src/app/mount.ts').mount }).mountDemo;
      let charts = 0;
      for (let i = 0; i < 3; i++) {
        const host = Object.assign(document.createElement('div'), { style: 'width:1100px;height:800px' });
        document.body.append(host);
        const demo = await mount(host, { preset: 'rosenbrock-race', state: { experiment: { epochs: 2, points: 200 } } });
        while (demo.experiment.status().state === 'running') await new Promise((resolve) => setTimeout(resolve, 50));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        charts += host.querySelectorAll('.uplot').length;
        demo.destroy();
        host.remove();
      }
      return charts;
    });
    expect(mounted).toBeGreaterThan(0);
    const after = await counts();
    expect(after.nodes - before.nodes).toBeLessThan(100);
    expect(after.jsEventListeners - before.jsEventListeners).toBeLessThan(30);
    expect(errors).toEqual([]);
    await page.close();
  });
});

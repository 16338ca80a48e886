import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';
import { changedShare, colourCount, screenshotPixels, useBrowser } from './browser.ts';

const browser = useBrowser();

/**
 * Before any script of the page: a worker whose address names a key of `load` fails to load (its
 * script throws), as many times as that count says; one whose address names a key of
 * `window.deaths` dies on a message posted to it while that count is above zero.
 */
function failingWorkers(initial: Record<string, number>): void {
  // Kept over reloads of the page, so a count is spent once.
  const load = JSON.parse(sessionStorage.getItem('loadFailures') ?? JSON.stringify(initial)) as Record<string, number>;
  const deaths: Record<string, number> = {};
  (window as unknown as { deaths: Record<string, number> }).deaths = deaths;
  const Real = window.Worker;
  window.Worker = class extends Real {
    private readonly address: string;
    constructor(url: string | URL, options?: WorkerOptions) {
      const kind = Object.keys(load).find((k) => String(url).includes(k));
      const broken = kind !== undefined && load[kind] > 0;
      if (broken) {
        load[kind]--;
        sessionStorage.setItem('loadFailures', JSON.stringify(load));
      }
      super(broken ? URL.createObjectURL(new Blob(['throw new Error("injected load failure")'], { type: 'text/javascript' })) : url, options);
      this.address = String(url);
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
      const kind = Object.keys(deaths).find((k) => this.address.includes(k));
      if (kind === undefined || !(deaths[kind] > 0)) return super.postMessage(message, options as StructuredSerializeOptions);
      deaths[kind]--;
      this.terminate();
      setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'injected worker death' })), 0);
    }
  };
}

/** The panel's training kept short: this file checks how runs end, not what they learn. */
const SMALL_EXPERIMENT = `experiment=${encodeURIComponent(JSON.stringify({ epochs: 2, points: 200 }))}`;
const notice = (page: Page) => page.locator('[data-role=notice]').innerText();
const waitForNotice = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-role=notice]')?.textContent ?? ''), pattern.source, { timeout: 30_000 });
const experimentDone = (page: Page) => page.waitForFunction(() => window.slopes.experiment.status().state !== 'running', null, { timeout: 60_000 });

describe('broken environments and hostile input', () => {
  it('workers that die are retried then reported, a lost WebGL context comes back, a hostile link and diverging optimizers are each said', async () => {
    const context = await browser().newContext({ viewport: { width: 900, height: 700 } });
    await context.addInitScript(failingWorkers, { contours: 2, experiment: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${(await import('vitest')).inject('baseUrl')}#preset=rosenbrock-race&${SMALL_EXPERIMENT}`);
    await page.waitForFunction(() => window.slopes !== undefined);

    // The contour worker dies twice: reported, and the contours are drawn on the page itself.
    await waitForNotice(page, /failed twice/);
    // The experiment worker dies once: its run starts again on a fresh worker and finishes.
    await experimentDone(page);
    expect(await page.evaluate(() => window.slopes.experiment.status().state)).toBe('done');
    await page.evaluate(() => window.slopes.pause());
    await page.waitForTimeout(300);
    expect(colourCount(await screenshotPixels(page, '.map canvas'))).toBeGreaterThan(8);

    // Twice in a row: the run fails with the reason shown in the panel, and the map goes on.
    await page.evaluate(() => void ((window as unknown as { deaths: Record<string, number> }).deaths.experiment = 2));
    await page.evaluate(() => window.slopes.setState({ experiment: { seed: 5 } }));
    await experimentDone(page);
    expect(await page.evaluate(() => window.slopes.experiment.status().state)).toBe('error');
    expect(await page.locator('.slopes-experiment--error [role=alert]').innerText()).toMatch(/experiment worker/);
    const before = await page.evaluate(() => window.slopes.particles()[0].step);
    await page.evaluate(() => window.slopes.step(3));
    expect(await page.evaluate(() => window.slopes.particles()[0].step)).toBe(before + 3);

    // WebGL context lost, then restored: said both times, and the map is drawn as before.
    await page.waitForTimeout(300);
    const drawn = await screenshotPixels(page, '.map canvas');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas')!;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const lose = gl!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lose: WEBGL_lose_context }).lose = lose;
      lose.loseContext();
    });
    await waitForNotice(page, /context lost/);
    expect(changedShare(drawn, await screenshotPixels(page, '.map canvas'))).toBeGreaterThan(0.5);
    await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
    await waitForNotice(page, /context restored/);
    // The notice floats over the map's top edge: dismissed, as a reader would, so the map is seen whole.
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-role=notice]')!.click());
    await page.evaluate(() => window.slopes.step(0));
    await page.waitForTimeout(300);
    const back = await screenshotPixels(page, '.map canvas');
    expect(changedShare(drawn, back)).toBeLessThan(0.02);

    // A hostile link: markup, prototype keys and absurd sizes are refused by name, shown as text, and the rest applies.
    const hostile = [SMALL_EXPERIMENT, 'surface=saddle', 'speed=<img src=x onerror=alert(1)>', '__proto__={"polluted":1}', 'particles=1e9', `start=${'9'.repeat(2000)},0`].join('&');
    // Pasted into the address bar of the open page: read as a link is, at once.
    await page.evaluate((h) => {
      location.hash = h;
    }, hostile);
    await waitForNotice(page, /particles/);
    const said = await notice(page);
    expect(said).toMatch(/speed/);
    expect(said).toMatch(/particles/);
    expect(said).toContain('<img');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.evaluate(() => [window.slopes.getState().surface, ({} as Record<string, unknown>).polluted])).toEqual(['saddle', undefined]);

    // A diverging optimizer on the map and in the panel: marked diverged in both, the others go on.
    await page.evaluate(() => window.slopes.setState({ optimizers: { sgd: { params: { lr: 1e6 } } }, experiment: { optimizers: { sgd: { params: { lr: 1e30 } } } } }));
    await page.evaluate(() => window.slopes.step(40));
    await page.waitForTimeout(300);
    expect(await page.locator('.legend tr[data-optimizer=sgd]').innerText()).toMatch(/diverged/);
    expect(await page.evaluate(() => window.slopes.particles().filter((p) => p.status === 'diverged').map((p) => p.optimizer))).toEqual(['sgd']);
    await experimentDone(page);
    expect(await page.evaluate(() => window.slopes.experiment.status().state)).toBe('done');
    expect(await page.locator('[data-role=panel]').innerText()).toMatch(/diverged/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without WebGL the map says why, and the race, legend, controls and panel work', async () => {
    const context = await browser().newContext({ viewport: { width: 900, height: 700 } });
    await context.addInitScript(() => {
      const real = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return /webgl/i.test(kind) ? null : (real as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
      } as typeof real;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${(await import('vitest')).inject('baseUrl')}#lang=zh`);
    await page.waitForFunction(() => window.slopes !== undefined);
    expect(await page.locator('[data-role=map-unavailable]').innerText()).toMatch(/WebGL/);
    expect(await page.locator('[data-role=map-unavailable]').isVisible()).toBe(true);
    const step = () => page.evaluate(() => window.slopes.particles()[0].step);
    const first = await step();
    await page.waitForFunction((s) => window.slopes.particles()[0].step > s, first);
    await page.locator('[data-role=controls] .lil-root > .lil-title').click();
    await page.locator('.controls select').first().selectOption({ label: wordsFor('zh').declarations.surfaceNames.himmelblau });
    expect(await page.evaluate(() => window.slopes.getState().surface)).toBe('himmelblau');
    await experimentDone(page);
    expect(await page.evaluate(() => window.slopes.experiment.status().state)).toBe('done');
    expect(errors).toEqual([]);
    await context.close();
  });
});

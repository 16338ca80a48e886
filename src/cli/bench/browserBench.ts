import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import type { MountedController } from '../../app/mount.ts';
import type { SlopesController } from '../../app/SlopesController.ts';
import { CHROMIUM_FLAGS } from './chromiumFlags.ts';

/**
 * `npm run --silent bench:browser`: the built app in headless Chromium, measured as a lecture uses
 * it. `soak`: an hour of animation in fast motion, hundreds of switches of surface, preset and view,
 * and an embedded instance mounted and destroyed a hundred times; the JS heap after garbage
 * collection and the page's canvases, workers, DOM nodes and listeners, before and after.
 * `frame`: script time per frame with seven balls and 5000-point trails, and swarms of 7000 and
 * 70 000 balls. A benchmark: it prints figures and judges none.
 */

declare global {
  interface Window {
    slopes: SlopesController;
    /** Workers created and not yet terminated, counted by the bench's start-up script. */
    liveWorkers: number;
  }
}

/** Frames each frame-time figure is taken over. */
const FRAMES = 150;
const SWITCHES = 300;
const MOUNTS = 100;
const WARM_SWITCHES = 100;
const WARM_MOUNTS = 20;
/** Steps of the soak: an hour at 60 frames per second and one step a frame is 216 000. */
const SOAK_STEPS = 300_000;
const FAST = 2000;

/** Counts workers alive in the page, wrapping the constructor before any of the page's scripts run. */
function countWorkers(): void {
  window.liveWorkers = 0;
  const Real = window.Worker;
  window.Worker = class extends Real {
    private alive = true;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      window.liveWorkers++;
    }
    override terminate(): void {
      if (this.alive) window.liveWorkers--;
      this.alive = false;
      super.terminate();
    }
  };
}

interface Counters {
  heapBytes: number;
  nodes: number;
  listeners: number;
  documents: number;
  canvases: number;
  workers: number;
}

async function counters(page: Page, cdp: CDPSession): Promise<Counters> {
  // Twice: the first collection can leave objects that only finalizers of the first free.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const own = await page.evaluate(() => ({ canvases: document.querySelectorAll('canvas').length, workers: window.liveWorkers }));
  return { heapBytes: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents, ...own };
}

/** Waits for `n` more recorded frames and returns their script time. */
async function frameTimes(page: Page, n = FRAMES): Promise<{ median: number; p95: number }> {
  const start = await page.evaluate(() => window.slopes.stats().frames);
  await page.waitForFunction((target) => window.slopes.stats().frames >= target, start + n, { timeout: 120_000, polling: 100 });
  return page.evaluate((last) => window.slopes.stats(last).frameMs, n);
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Surfaces, presets and views, each switched to in turn, `count` times in all, a frame apart. */
async function switchAround(page: Page, count: number): Promise<void> {
  const presets = await page.evaluate(() => window.slopes.presets().map((p) => p.id));
  const surfaces = ['rosenbrock', 'himmelblau', 'saddle', 'beale', 'booth', 'rastrigin'];
  for (let i = 0; i < count; i++) {
    await page.evaluate(
      ([kind, preset, surface, zoom, fast]) => {
        const s = window.slopes;
        if (kind === 0) s.loadPreset(preset);
        else if (kind === 1) s.setState({ surface });
        else {
          const { x, y } = s.getState().view;
          const [cx, cy, hx, hy] = [(x[0] + x[1]) / 2, (y[0] + y[1]) / 2, ((x[1] - x[0]) / 2) * zoom, ((y[1] - y[0]) / 2) * zoom];
          s.setState({ view: { x: [cx - hx, cx + hx], y: [cy - hy, cy + hy] } });
        }
        s.setState({ speed: fast, running: true });
      },
      [i % 3, presets[Math.floor(i / 3) % presets.length], surfaces[Math.floor(i / 3) % surfaces.length], i % 2 ? 0.5 : 2, FAST] as const,
    );
    await nextFrame(page);
  }
}

/** Mounts an embedded, playing instance beside the page's own and destroys it, `count` times. */
async function mountAndDestroy(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const lib = '/lib/slopes.js';
    const { mount } = (await import(/* @vite-ignore */ lib)) as { mount: (e: HTMLElement, o: object) => Promise<MountedController> };
    for (let i = 0; i < n; i++) {
      const host = document.createElement('div');
      host.style.cssText = 'width: 480px; height: 320px';
      document.body.append(host);
      const demo = await mount(host, { preset: 'rosenbrock-race', embed: true, autoplay: true });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      demo.destroy();
      host.remove();
    }
  }, count);
}

/**
 * Fast motion for `steps` steps of the lead ball. A race ends once every ball has arrived or
 * diverged, so one that stops is started again, as a lecture replays a scene. A scene whose races
 * end within a few steps would take hours to add up: after ten times the frames the steps need at
 * full speed, it stops and says so.
 */
async function roll(page: Page, steps: number): Promise<void> {
  const outcome = await page.evaluate(
    async ([total, fast]) => {
      // No named functions in here: the bench's compiler would wrap them in a helper the page lacks.
      const s = window.slopes;
      s.setState({ speed: fast, running: true });
      let done = 0;
      let frames = 0;
      while (done < total) {
        if (frames++ > (10 * 2 * total) / fast) return `only ${done} steps in ${frames} frames: the scene's races end too soon`;
        const before = Math.max(...s.particles().map((p) => p.step));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const after = Math.max(...s.particles().map((p) => p.step));
        done += Math.max(0, after - before);
        if (after === before) {
          s.reset();
          s.setState({ running: true });
        }
      }
      return null;
    },
    [steps, FAST] as const,
  );
  if (outcome) throw new Error(`bench:browser: rolling ${steps} steps: ${outcome}`);
}

/** Progress on stderr, so stdout stays one JSON document. */
const phase = (name: string) => process.stderr.write(`bench:browser: ${name}\n`);

/**
 * Over the page's first state, which the switches replace: seven balls on rosenbrock with full
 * trails, whose slowest takes far longer than the soak to arrive.
 */
const SOAK_SCENE = { surface: 'rosenbrock', trail: 5000, particles: 1, speed: FAST, running: true, view: { x: [-2, 2], y: [-1, 3] } };

async function main(): Promise<void> {
  if (!existsSync('dist/index.html') || !existsSync('dist/lib/slopes.js'))
    throw new Error('bench:browser: build the app and the library first (vite build, then npm run build:lib)');
  const server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('bench:browser: vite preview did not report a URL');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(countWorkers);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}#surface=rosenbrock&trail=5000`);
    await page.waitForFunction(() => window.slopes !== undefined, null, { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const set = (patch: object) => page.evaluate((p) => window.slopes.setState(p), patch);
    const soakScene = { ...(await page.evaluate(() => window.slopes.getState())), ...SOAK_SCENE };

    // Seven balls with full 5000-point trails, then swarms of 1000 and 10 000 per optimizer.
    await set({ speed: 50, running: true });
    await page.waitForFunction(() => Math.max(...window.slopes.particles().map((p) => p.step)) >= 5000, null, { timeout: 120_000, polling: 250 });
    await set({ speed: 1 });
    phase('frames');
    const balls7 = await frameTimes(page);
    await set({ particles: 1000, trail: 50, layout: 'cloud' });
    const swarm7000 = await frameTimes(page);
    await set({ particles: 10000 });
    const swarm70000 = await frameTimes(page);

    // Warm-up: every preset and surface once, and enough mounts for the library's second copy of the
    // code to be compiled, so code and caches made once are not counted as growth (measured: the heap
    // levels off within 20 mounts and 100 switches, and stays level over hundreds more).
    phase('warm-up');
    await set(soakScene);
    await switchAround(page, WARM_SWITCHES);
    await mountAndDestroy(page, WARM_MOUNTS);
    await set(soakScene);
    await roll(page, 20_000);
    const frameMsFirst = await frameTimes(page);
    const before = await counters(page, cdp);

    phase(`${SOAK_STEPS} steps`);
    await roll(page, SOAK_STEPS);
    phase(`${SWITCHES} switches`);
    await switchAround(page, SWITCHES);
    phase(`${MOUNTS} mounts`);
    await mountAndDestroy(page, MOUNTS);
    await set(soakScene);
    await roll(page, 20_000);
    const frameMsLast = await frameTimes(page);
    const after = await counters(page, cdp);

    const cpu = cpus();
    const growth = (key: keyof Counters) => after[key] - before[key];
    const report = {
      machine: { cores: cpu.length, cpu: cpu[0]?.model ?? 'unknown', browser: browser.version() },
      soak: {
        heapGrowth: +((after.heapBytes - before.heapBytes) / before.heapBytes).toFixed(4),
        frameMsFirst,
        frameMsLast,
        steps: SOAK_STEPS,
        switches: SWITCHES,
        mounts: MOUNTS,
        before,
        after,
        returned: { canvases: growth('canvases'), workers: growth('workers'), nodes: growth('nodes'), listeners: growth('listeners'), documents: growth('documents') },
        pageErrors: errors,
      },
      frame: { balls7, swarm7000, swarm70000 },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

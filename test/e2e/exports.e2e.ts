import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TraceDocument } from '../../src/core/formats/sceneTraces.ts';
import { fillTraces } from '../../src/core/formats/traces.ts';
import { TRACES_CSV_HEADER } from '../../src/core/formats/tracesCsv.ts';
import { openApp, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();
mkdirSync('test-results', { recursive: true });
const STEPS = 30;

interface Exported {
  type: string;
  size: number;
  head: number[];
  text: string;
  ms: number;
}

/** One export made in the page: its type, size, first bytes, text (for text kinds) and how long it took. */
const exported = (page: Page, kind: string) =>
  page.evaluate(async (k): Promise<Exported> => {
    const t0 = performance.now();
    const blob = await window.slopes.export(k as never);
    const ms = performance.now() - t0;
    const head = [...new Uint8Array(await blob.slice(0, 24).arrayBuffer())];
    return { type: blob.type, size: blob.size, head, text: k === 'png' ? '' : await blob.text(), ms };
  }, kind);

const u32 = (b: number[], at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

describe('exports', () => {
  it('each kind is a blob of its type: PNG, trajectories as JSON and CSV, losses as CSV, PyTorch scripts', async () => {
    const { page, errors } = await openApp(browser(), 'preset=nag-vs-momentum-rosenbrock', { width: 1366, height: 768 });
    await page.evaluate((n) => {
      window.slopes.pause();
      window.slopes.reset();
      window.slopes.step(n);
    }, STEPS);
    const state = await page.evaluate(() => window.slopes.getState());
    const enabled = Object.keys(state.optimizers).filter((id) => state.optimizers[id].enabled);
    const timings: Record<string, number> = {};

    const png = await exported(page, 'png');
    timings.png = png.ms;
    expect(png.type).toBe('image/png');
    expect(png.head.slice(0, 8)).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Twice the map's CSS size, with the legend beside it.
    const map = await page.evaluate(() => window.slopes.map().canvas);
    expect(u32(png.head, 16)).toBe(2 * (map.width + 230));
    expect(u32(png.head, 20)).toBeGreaterThanOrEqual(2 * map.height);
    const pngBytes = await page.evaluate(async () => [...new Uint8Array(await (await window.slopes.export('png')).arrayBuffer())]);
    writeFileSync('test-results/export-map.png', Uint8Array.from(pngBytes));

    const json = await exported(page, 'traces-json');
    timings['traces-json'] = json.ms;
    expect(json.type).toBe('application/json');
    const doc = JSON.parse(json.text) as TraceDocument;
    expect(doc.format).toBe('optimizer-traces/1');
    expect(doc.cases.map((c) => c.optimizer)).toEqual(enabled);
    // The project's own reader computes the same paths again, and they end where the map's balls are.
    const refilled = fillTraces(JSON.parse(json.text)).cases as typeof doc.cases;
    expect(refilled.map((c) => c.trajectory)).toEqual(doc.cases.map((c) => c.trajectory));
    const balls = await page.evaluate(() => window.slopes.particles());
    for (const c of doc.cases) {
      const ball = balls.find((b) => b.optimizer === c.optimizer)!;
      expect(c.steps).toBe(STEPS);
      expect(c.trajectory[STEPS][0]).toBeCloseTo(ball.x, 12);
      expect(c.trajectory[STEPS][1]).toBeCloseTo(ball.y, 12);
    }

    const csv = await exported(page, 'traces-csv');
    timings['traces-csv'] = csv.ms;
    expect(csv.type).toBe('text/csv');
    const [head, ...rows] = csv.text.trimEnd().split('\n');
    expect(head).toBe(TRACES_CSV_HEADER);
    for (const id of enabled) expect(rows.filter((r) => r.startsWith(`${id},0,`))).toHaveLength(STEPS + 1);
    expect(
      rows.every(
        (r) =>
          r.split(',').length === 6 &&
          r
            .split(',')
            .slice(2)
            .every((v) => Number.isFinite(Number(v))),
      ),
    ).toBe(true);

    const losses = await exported(page, 'experiment-csv');
    timings['experiment-csv'] = losses.ms;
    expect(losses.type).toBe('text/csv');
    const table = losses.text
      .trimEnd()
      .split('\n')
      .map((r) => r.split(','));
    expect(table[0][0]).toBe('epoch');
    expect(table).toHaveLength(state.experiment.epochs + 1);
    expect(table.slice(1).every((r) => r.length === table[0].length && r.every((v) => Number.isFinite(Number(v))))).toBe(true);

    const script = await exported(page, 'pytorch');
    timings.pytorch = script.ms;
    expect(script.type).toBe('text/x-python');
    expect(script.text).toContain('torch.optim');
    expect(script.text).toContain(`STEPS = ${STEPS}`);
    for (const id of enabled) expect(script.text).toContain(`    '${id}': run(lambda params: torch.optim.`);

    const experiment = await exported(page, 'pytorch-experiment');
    timings['pytorch-experiment'] = experiment.ms;
    expect(experiment.text).toContain('torch.optim');
    expect(experiment.text).toContain('X = torch.tensor([');
    console.log('export sizes (bytes):', { png: png.size, json: json.size, csv: csv.size, losses: losses.size, pytorch: script.size, experiment: experiment.size });
    console.log('export times (ms):', timings);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('record(2) is a WebM video, with the recording indicator over the map meanwhile; a too long one is refused', async () => {
    const { page, errors } = await openApp(browser(), 'preset=nag-vs-momentum-rosenbrock', { width: 1366, height: 768 });
    // The indicator is read in the same task that starts the recording, so a slow machine cannot miss it.
    const shown = await page.evaluate(() => {
      const w = window as unknown as { recorded: Promise<number[]> };
      w.recorded = window.slopes.record(2).then(async (b) => [b.size, ...new Uint8Array(await b.slice(0, 4).arrayBuffer())]);
      const el = document.querySelector<HTMLElement>('[data-role=recording]')!;
      return { hidden: el.hidden, text: el.textContent, onMap: el.parentElement?.dataset.role };
    });
    expect(shown).toEqual({ hidden: false, text: 'Recording: 2 s leftStop', onMap: 'map' });
    const [size, ...head] = await page.evaluate(() => (window as unknown as { recorded: Promise<number[]> }).recorded);
    expect(head).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(size).toBeGreaterThan(1000);
    const indicator = page.locator('[data-role=recording]');
    await expect(indicator.isHidden()).resolves.toBe(true);
    const refused = await page.evaluate(() =>
      window.slopes.record(61).then(
        () => 'recorded',
        (e: Error) => e.message,
      ),
    );
    expect(refused).toBe('A recording lasts more than 0 and at most 60 seconds.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['en', 'zh'])('the Export menu works from the keyboard, downloads files and passes axe-core (%s)', async (lang) => {
    const { page, errors } = await openApp(browser(), `preset=nag-vs-momentum-rosenbrock&lang=${lang}`, { width: 1366, height: 768 });
    await page.evaluate(() => window.slopes.pause());
    const button = page.locator('[data-role=export-button]');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.export-items[role=menu]');
    await menu.waitFor({ state: 'visible' });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    const items = menu.locator('[role=menuitem]');
    await expect(items.count()).resolves.toBe(7);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect(focused()).resolves.toBe(await items.nth(0).textContent());
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(await items.nth(1).textContent());
    await page.keyboard.press('End');
    await expect(focused()).resolves.toBe(await items.nth(6).textContent());
    expect(await axeViolations(page)).toEqual([]);
    if (lang === 'en') await page.screenshot({ path: 'test-results/export-menu.png' });
    await page.keyboard.press('Escape');
    await expect(menu.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('export-button');

    // ArrowDown twice from the button: the trajectories as JSON, downloaded by Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('slopes-nag-vs-momentum-rosenbrock-traces.json');
    await download.saveAs(`test-results/export-download-${lang}.json`);
    expect((JSON.parse(readFileSync(`test-results/export-download-${lang}.json`, 'utf8')) as TraceDocument).format).toBe('optimizer-traces/1');

    // A PNG the browser does not make is said in the page's language, not in the browser's English.
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        callback(null);
      };
    });
    await button.click();
    await items.nth(0).click();
    await expect
      .poll(() => page.locator('[data-role=notice]').textContent())
      .toBe(lang === 'en' ? 'Could not export: the browser made no PNG image' : '导出失败：浏览器没有生成 PNG 图片');

    // Copy as PyTorch: on the clipboard, or (where the browser refuses it) in a dialog to copy from.
    await button.click();
    await items.nth(4).click();
    const dialog = page.locator('dialog.export-dialog textarea');
    await page.waitForFunction(() => document.querySelector('dialog.export-dialog') || !document.querySelector('[data-role=notice]')?.hasAttribute('hidden'));
    if (await dialog.count()) expect(await dialog.inputValue()).toContain('torch.optim.SGD(params, ');
    else expect(await page.locator('[data-role=notice]').textContent()).toBe(lang === 'en' ? 'The PyTorch script is on the clipboard.' : 'PyTorch 脚本已复制到剪贴板。');
    expect(errors).toEqual([]);
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { colourPixels, openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
const PROJECTOR = { width: 1920, height: 1080 };
const DIR = 'test/e2e/screenshots';
/** SGD's colour: nothing else on the map is this orange, so its pixels are its ball's. */
const SGD = 0xd55e00;
const SCENES = ['saddle-adaptive', 'beale', 'noisy-sgd'];

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
});

/** What presentation mode changes, measured: controls shown, the legend's font size, SGD's ball in pixels. */
async function measure(page: Page) {
  await page.evaluate(() => {
    window.slopes.pause();
    window.slopes.reset();
  });
  await page.waitForTimeout(400);
  const dom = await page.evaluate(() => ({
    controls: document.querySelector<HTMLElement>('[data-role=controls]')!.checkVisibility(),
    presetPick: document.querySelector<HTMLElement>('[data-role=preset]')!.checkVisibility(),
    legendFont: parseFloat(getComputedStyle(document.querySelector('[data-role=legend] td.num')!).fontSize),
    presenting: document.querySelector('#app')!.classList.contains('presenting'),
    button: document.querySelector('[data-role=present]')!.getAttribute('aria-pressed'),
  }));
  const [ball] = await colourPixels(page, '.map', [SGD]);
  return { ...dom, ball };
}

const onlySgd = (page: Page) =>
  page.evaluate(() => {
    const optimizers = Object.fromEntries(Object.keys(window.slopes.getState().optimizers).map((id) => [id, { enabled: id === 'sgd' }]));
    window.slopes.setState({ optimizers });
  });

describe('presentation mode at 1920×1080', () => {
  it('P and the header button enter it: controls hidden, larger legend text, larger balls; Esc and P leave it', async () => {
    const { page, errors } = await openApp(browser(), 'lang=en', PROJECTOR);
    await onlySgd(page);
    const normal = await measure(page);
    expect(normal).toMatchObject({ controls: true, presetPick: true, presenting: false, button: 'false' });
    expect(normal.ball).toBeGreaterThan(50);

    await page.keyboard.press('p');
    const byKey = await measure(page);
    expect(byKey).toMatchObject({ controls: false, presetPick: false, presenting: true, button: 'true' });
    expect(byKey.legendFont).toBeGreaterThanOrEqual(2 * normal.legendFont);
    // Balls are drawn 1.75 times as wide: about three times the pixels.
    expect(byKey.ball / normal.ball).toBeGreaterThan(2.2);
    await page.keyboard.press('Escape');
    expect(await measure(page)).toMatchObject({ controls: true, presenting: false, legendFont: normal.legendFont });

    await page.click('[data-role=present]');
    const byButton = await measure(page);
    expect(byButton).toMatchObject({ controls: false, presenting: true, legendFont: byKey.legendFont });
    expect(byButton.ball / normal.ball).toBeGreaterThan(2.2);
    // The same button, focused, leaves it by keyboard.
    await page.focus('[data-role=present]');
    await page.keyboard.press('Enter');
    expect(await measure(page)).toMatchObject({ controls: true, presenting: false });
    await page.keyboard.press('p');
    await page.keyboard.press('p');
    expect(await measure(page)).toMatchObject({ presenting: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('present=1 in the link opens in it, and the link keeps it', async () => {
    const { page, errors } = await openApp(browser(), `preset=${SCENES[1]}&present=1&lang=en`, PROJECTOR);
    expect((await measure(page)).presenting).toBe(true);
    await page.evaluate(() => window.slopes.setState({ speed: 4 }));
    await page.waitForFunction(() => /speed=4/.test(location.hash), null, { timeout: 10_000 });
    expect(await page.evaluate(() => location.hash)).toMatch(/(^#|&)present=1(&|$)/);
    await page.keyboard.press('p');
    // The link is rewritten once the change settles (400 ms), later on a busy machine.
    await page.waitForFunction(() => !/present=/.test(location.hash), null, { timeout: 10_000 });
    expect(await page.evaluate(() => location.hash)).toMatch(/preset=beale/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a screenshot of a playlist presented', async () => {
    const { page, errors } = await openApp(browser(), `playlist=${SCENES.join(',')}&present=1&lang=en`, PROJECTOR);
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.step(120);
    });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${DIR}/presentation.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each([
  ['en', (n: number, of: number) => `Scene ${n} of ${of}`],
  ['zh', (n: number, of: number) => `第 ${n} 个场景，共 ${of} 个`],
])('a playlist in %s', (lang, sceneOf) => {
  const shown = (page: Page) =>
    page.evaluate(() => ({
      count: document.querySelector('[data-role=playlist] .scene-count')!.textContent,
      title: document.querySelector('[data-role=playlist] .scene-title')!.textContent,
      preset: window.slopes.scene().preset,
      surface: window.slopes.getState().surface,
    }));
  const presets = async (page: Page) => Object.fromEntries((await page.evaluate(() => window.slopes.presets())).map((p) => [p.id, p]));

  it('#playlist=a,b,c shows scene 1 of 3; PageDown and PageUp step; while presenting the arrows do', async () => {
    // A playlist works the same on any screen: a laptop's is cheaper to draw than a projector's.
    const { page, errors } = await openApp(browser(), `playlist=${SCENES.join(',')}&lang=${lang}`, { width: 1280, height: 720 });
    const byId = await presets(page);
    const surfaceOf = async (id: string) => {
      const before = await page.evaluate(() => window.slopes.getState());
      await page.evaluate((p) => window.slopes.loadPreset(p), id);
      const surface = await page.evaluate(() => window.slopes.getState().surface);
      await page.evaluate((s) => window.slopes.setState(s), before);
      return surface;
    };
    const surfaces = [];
    for (const id of SCENES) surfaces.push(await surfaceOf(id));
    await page.evaluate((p) => window.slopes.loadPreset(p), SCENES[0]);

    expect(await shown(page)).toEqual({ count: sceneOf(1, 3), title: byId[SCENES[0]].title, preset: SCENES[0], surface: surfaces[0] });
    await page.keyboard.press('PageDown');
    expect(await shown(page)).toEqual({ count: sceneOf(2, 3), title: byId[SCENES[1]].title, preset: SCENES[1], surface: surfaces[1] });
    await page.keyboard.press('PageUp');
    expect(await shown(page)).toEqual({ count: sceneOf(1, 3), title: byId[SCENES[0]].title, preset: SCENES[0], surface: surfaces[0] });
    await page.keyboard.press('PageUp');
    expect((await shown(page)).preset).toBe(SCENES[0]);

    // Outside presentation → steps the race; presenting, it is the next scene.
    await page.evaluate(() => window.slopes.pause());
    const step = await page.evaluate(() => window.slopes.particles()[0].step);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.slopes.particles()[0].step)).toBe(step + 1);
    expect((await shown(page)).preset).toBe(SCENES[0]);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toMatchObject({ count: sceneOf(3, 3), preset: SCENES[2] });
    await page.keyboard.press('ArrowRight');
    expect((await shown(page)).preset).toBe(SCENES[2]);
    await page.keyboard.press('ArrowLeft');
    expect((await shown(page)).preset).toBe(SCENES[1]);

    // The worded buttons do the same, by pointer and by keyboard.
    await page.click('[data-role=previous-scene]');
    expect((await shown(page)).preset).toBe(SCENES[0]);
    await page.focus('[data-role=next-scene]');
    await page.keyboard.press('Enter');
    expect((await shown(page)).preset).toBe(SCENES[1]);
    const size = await page.locator('[data-role=next-scene]').boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(24);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('unknown ids are reported and the rest kept', async () => {
    const { page } = await openApp(browser(), `playlist=${SCENES[0]},no-such-scene,${SCENES[2]}&lang=${lang}`);
    expect(await shown(page)).toMatchObject({ count: sceneOf(1, 2), preset: SCENES[0] });
    expect(await page.textContent('[data-role=notice]')).toContain('"no-such-scene"');
    await page.keyboard.press('PageDown');
    expect(await shown(page)).toMatchObject({ count: sceneOf(2, 2), preset: SCENES[2] });
    await page.close();
  });
});

describe.each([
  { lessMotion: true, starts: false },
  { lessMotion: false, starts: true },
])('a scene reached from a playlist, less motion asked: $lessMotion', ({ lessMotion, starts }) => {
  /** Whether the race is running and how far it has come, a moment after the scene changed. */
  const after = async (page: Page) => {
    await page.waitForTimeout(600);
    return page.evaluate(() => ({ running: window.slopes.getState().running, moved: window.slopes.particles()[0].step > 0 }));
  };

  it(starts ? 'starts running, by the bar and in presentation' : 'waits for play, by the bar and in presentation', async () => {
    const { page, errors } = await openApp(browser(), `playlist=${SCENES.join(',')}&lang=en`, { width: 1280, height: 720 }, { motion: !lessMotion });
    await page.evaluate(() => window.slopes.pause());
    await page.click('[data-role=next-scene]');
    expect(await page.evaluate(() => window.slopes.scene().preset)).toBe(SCENES[1]);
    expect(await after(page)).toEqual({ running: starts, moved: starts });

    await page.evaluate(() => window.slopes.pause());
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.slopes.scene().preset)).toBe(SCENES[2]);
    expect(await after(page)).toEqual({ running: starts, moved: starts });
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => window.slopes.scene().preset)).toBe(SCENES[1]);
    expect(await after(page)).toEqual({ running: starts, moved: starts });

    // The reader's play starts it.
    await page.keyboard.press('p');
    await page.evaluate(() => {
      window.slopes.pause();
      window.slopes.reset();
    });
    await page.click('.bar [data-command=play-pause]');
    await page.waitForFunction(() => window.slopes.particles()[0].step > 0, null, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(['en', 'zh'])('Share in %s', (lang) => {
  it('copies a link that opens the same state, and offers an iframe of it with embed=1', async () => {
    const { page, errors } = await openApp(browser(), `preset=${SCENES[0]}&lang=${lang}`, { width: 1366, height: 768 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => window.slopes.setState({ start: [0.5, 0.125], speed: 4, optimizers: { sgd: { params: { lr: 0.02 } } } }));
    const state = await page.evaluate(() => window.slopes.getState());

    await page.click('[data-role=share]');
    await page.waitForSelector('[data-role=share-dialog][open]');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-role=share-dialog]'))).toBe(true);
    const link = await page.inputValue('[data-role=share-link]');
    const iframe = await page.inputValue('[data-role=share-iframe]');
    await page.screenshot({ path: `${DIR}/share-dialog-${lang}.png` });
    await page.click('[data-role=share-dialog] .share-field button >> nth=0');
    await page.waitForFunction(() => document.querySelector('.share-status')!.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const hash = new URL(link).hash.slice(1);
    expect(hash).toContain(`preset=${SCENES[0]}`);
    expect(iframe).toMatch(/^<iframe src="[^"]*\?embed=1#[^"]+" width="\d+" height="\d+" title="[^"]+"/);
    expect(iframe).toContain(hash.replaceAll('&', '&amp;'));

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('[data-role=share-dialog]')!.hasAttribute('open'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('share');

    const opened = await openApp(browser(), hash);
    const again = await opened.page.evaluate(() => window.slopes.getState());
    expect({ ...again, running: false }).toEqual({ ...state, running: false });
    expect(await opened.page.evaluate(() => window.slopes.scene().preset)).toBe(SCENES[0]);
    expect([...errors, ...opened.errors]).toEqual([]);
    await opened.page.close();
    await page.close();
  });
});

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser.ts';
import { axeViolations } from './axeViolations.ts';

const browser = useBrowser();

/** A scene that differs from the defaults in many fields, a name with markup in it, and one more scene. */
const SCENE = {
  surface: 'saddle',
  start: [-1.5, 0.01],
  speed: 0.5,
  particles: 3,
  spread: 0.2,
  noise: 0.3,
  seed: 9,
  trail: 80,
  optimizers: { adam: { params: { lr: 0.02, betas: [0.8, 0.99] }, schedule: { type: 'StepLR', params: { step_size: 30, gamma: 0.5 } } }, sgd: { enabled: false } },
  experiment: { seed: 4, batchSize: 8, epochs: 3 },
};
const NAME = 'Week 3: <b>saddle</b> & "more"';

/** The state as a scene keeps it: whether it plays and the reader's language are not part of a scene. */
const sceneOf = (page: Page) =>
  page.evaluate(() => {
    const { running: _, lang: __, ...rest } = window.slopes.getState();
    return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  });
const status = (page: Page) => page.locator('[data-role=scenes-status]').innerText();
const openDialog = async (page: Page) => {
  await page.click('[data-role=scenes]');
  await page.waitForSelector('[data-role=scenes-dialog][open]');
};
/** A saved scene's row; JSON's quoting is also a CSS string's. */
const row = (page: Page, name: string) => page.locator(`[data-role=scenes-list] li[data-scene=${JSON.stringify(name)}]`);

describe('my scenes', () => {
  it('a scene saved, reloaded, exported, corrupted and imported keeps every field; full and damaged storage are said; a playlist plays', async () => {
    const { page, errors } = await openApp(browser(), 'surface=rosenbrock', { width: 1000, height: 700 });
    const notes = await page.evaluate((s) => window.slopes.setState(s).notes, SCENE);
    expect(notes).toEqual([]);
    const saved = await sceneOf(page);

    // Saved under a hostile name by keyboard: the name is shown as text, never as markup.
    await page.focus('[data-role=scenes]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-role=scenes-dialog][open]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('scene-name');
    await page.keyboard.type(NAME);
    await page.keyboard.press('Enter');
    expect(await status(page)).toContain(NAME);
    expect(await page.locator('[data-role=scenes-dialog] b').count()).toBe(0);
    expect(await row(page, NAME).count()).toBe(1);
    expect(await axeViolations(page, '[data-role=scenes-dialog]')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('scenes');

    // Reloaded on another scene: the saved one opens with every field as it was.
    await page.evaluate(() => window.slopes.loadPreset('beale'));
    await page.reload();
    await page.waitForFunction(() => window.slopes !== undefined);
    await openDialog(page);
    await row(page, NAME).locator('[data-role=open-scene]').click();
    expect(await sceneOf(page)).toEqual(saved);
    // The reader asked for less motion: the opened scene waits for play.
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(false);

    // A second scene, saved while storage is full, is kept on the page and the message says so.
    await page.evaluate(() => window.slopes.setState({ surface: 'beale', speed: 2 }));
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
        if ((window as unknown as { full?: boolean }).full) throw new DOMException('full', 'QuotaExceededError');
        return real.apply(this, args);
      };
      (window as unknown as { full?: boolean }).full = true;
    });
    await page.fill('[data-role=scene-name]', 'Beale fast');
    await page.click('[data-role=save-scene]');
    expect(await status(page)).toMatch(/storage is full/);
    expect(await row(page, 'Beale fast').count()).toBe(1);
    await page.evaluate(() => void ((window as unknown as { full?: boolean }).full = false));

    // Renamed, then a playlist of both: its bar shows the first, Next opens the second.
    await row(page, 'Beale fast').locator('[data-role=row-name]').fill('Beale, fast');
    await row(page, 'Beale fast').locator('[data-role=rename-scene]').click();
    expect(await status(page)).toContain('“Beale, fast”');
    for (const name of [NAME, 'Beale, fast']) await row(page, name).locator('[data-role=tick-scene]').check();
    await page.fill('[data-role=playlist-name]', 'Lecture 3');
    await page.click('[data-role=make-playlist]');
    await page.locator('[data-role=playlists-list] [data-role=play-playlist]').click();
    await page.waitForSelector('[data-role=playlist]:not([hidden])');
    expect(await page.locator('[data-role=playlist] .scene-heading').innerText()).toMatch(/1 of 2[\s\S]*Week 3: <b>saddle<\/b>/);
    expect(await sceneOf(page)).toEqual(saved);
    await page.click('[data-role=next-scene]');
    expect(await page.locator('[data-role=playlist] .scene-heading').innerText()).toMatch(/2 of 2[\s\S]*Beale, fast/);
    expect(await page.evaluate(() => [window.slopes.getState().surface, window.slopes.getState().speed])).toEqual(['beale', 2]);

    // Exported: the file holds both scenes and the playlist.
    await openDialog(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-role=export-scenes]')]);
    expect(download.suggestedFilename()).toBe('slopes-scenes.json');
    const copy = join(await mkdtemp(join(tmpdir(), 'scenes-')), 'slopes-scenes.json');
    await download.saveAs(copy);
    const file = JSON.parse(await readFile(copy, 'utf8')) as { scenes: { name: string; state: Record<string, unknown> }[]; playlists: unknown };
    expect(file.scenes.map((s) => s.name)).toEqual([NAME, 'Beale, fast']);
    expect(file.playlists).toEqual([{ name: 'Lecture 3', scenes: [NAME, 'Beale, fast'] }]);

    // Damaged storage: set aside, said at start, and the page lives.
    await page.evaluate(() => localStorage.setItem('slopes:scenes', '{"format": "slopes-scenes/1", "scenes": ['));
    await page.reload();
    await page.waitForFunction(() => window.slopes !== undefined);
    await page.waitForSelector('[data-role=notice]:not([hidden])');
    expect(await page.locator('[data-role=notice]').innerText()).toMatch(/damaged; they were set aside/);
    expect(await page.evaluate(() => localStorage.getItem('slopes:scenes:unreadable'))).toBe('{"format": "slopes-scenes/1", "scenes": [');

    // The exported file, with one field broken, imported: that field is named, every other kept.
    file.scenes[0].state.speed = 'fast';
    await openDialog(page);
    expect(await page.locator('[data-role=scenes-list] [data-role=row-name]').count()).toBe(0);
    await page.setInputFiles('[data-role=scenes-file]', { name: 'scenes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForFunction(() => /Imported/.test(document.querySelector('[data-role=scenes-status]')?.textContent ?? ''));
    expect(await status(page)).toMatch(/Imported 2 scenes and 1 playlist[\s\S]*scenes\[0\]\.state\.speed/);
    await row(page, NAME).locator('[data-role=open-scene]').click();
    const defaultSpeed = await page.evaluate(() => window.slopes.setState({ speed: 'x' }).notes);
    expect(defaultSpeed[0]).toMatch(/^speed/);
    expect({ ...(await sceneOf(page)), speed: saved.speed }).toEqual(saved);
    expect(await page.evaluate(() => window.slopes.getState().speed)).not.toBe(saved.speed);

    // A file that is no JSON is refused with a message; the library stays.
    await page.setInputFiles('[data-role=scenes-file]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
    await page.waitForFunction(() => /not JSON/.test(document.querySelector('[data-role=scenes-status]')?.textContent ?? ''));
    expect(await page.locator('[data-role=scenes-list] [data-role=row-name]').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.screenshot({ path: '/tmp/scenes-dialog.png' });
    await page.close();
  });

  it('a scene opened where motion is welcome starts its race', async () => {
    const { page, errors } = await openApp(browser(), 'surface=rosenbrock', { width: 1000, height: 700 }, { motion: true });
    await page.evaluate(() => window.slopes.setState({ surface: 'saddle', start: [-1.5, 0.01] }));
    await openDialog(page);
    await page.fill('[data-role=scene-name]', 'Saddle');
    await page.click('[data-role=save-scene]');
    await page.evaluate(() => window.slopes.pause());
    await row(page, 'Saddle').locator('[data-role=open-scene]').click();
    await page.waitForFunction(() => window.slopes.particles()[0].step > 0);
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

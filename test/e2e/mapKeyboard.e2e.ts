import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/words.ts';
import { LANG_TAGS } from '../../src/i18n/Lang.ts';
import { FINE_STEP, MOVE_STEP, PAN_STEP } from '../../src/ui/mapKeys.ts';
import { openApp, useBrowser } from './browser.ts';

const browser = useBrowser();
/** A short race on a bowl: NAG reaches its minimum first, after some 50 steps. */
const PRESET = 'nag-vs-momentum-quadratic';

/** Presses Tab until the focused element matches the selector; fails if it never does. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let k = 0; k < 60; k++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.each(['en', 'zh'] as const)('a keyboard-only lesson on the map, in %s', (lang) => {
  it('chooses a preset, moves the start with the arrow keys, restarts there, pans and zooms, plays and hears the winner', async () => {
    // The page opens on the preset after the lesson's, so one key press chooses it (each choice loads a whole scene).
    const { page, errors } = await openApp(browser(), `preset=nag-vs-momentum-rosenbrock&lang=${lang}`, { width: 1366, height: 768 });
    const words = wordsFor(lang);

    // The map is a figure named in the language and described by its own text; its live region speaks politely.
    const figure = await page.evaluate(() => {
      const map = document.querySelector('[data-role=map]')!;
      const described = document.getElementById(map.getAttribute('aria-describedby') ?? '');
      return {
        role: map.getAttribute('role'),
        label: map.getAttribute('aria-label'),
        description: described?.dataset.role,
        text: described?.textContent?.length ?? 0,
        live: map.querySelector('[data-role=map-live]')?.getAttribute('aria-live'),
      };
    });
    expect(figure).toEqual({ role: 'figure', label: words.map.figureLabel, description: 'map-description', text: figure.text, live: 'polite' });
    expect(figure.text).toBeGreaterThan(40);

    await tabTo(page, '[data-role=preset]');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => window.slopes.scene().preset)).toBe(PRESET);

    // The page prefers reduced motion (as every browser test's does): a preset chosen from the menu waits for play.
    expect(await page.evaluate(() => window.slopes.getState().running)).toBe(false);
    await tabTo(page, '[data-role=map]');
    const before = await page.evaluate(() => ({ start: window.slopes.getState().start, shown: window.slopes.map().shown }));
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp', 'Shift+ArrowLeft']) await page.keyboard.press(key);
    // The marker moves; the balls wait for Enter.
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual(before.start);
    await page.keyboard.press('Enter');
    const w = before.shown.x[1] - before.shown.x[0];
    const h = before.shown.y[1] - before.shown.y[0];
    const expected = [before.start[0] + 3 * MOVE_STEP * w - FINE_STEP * w, before.start[1] + 2 * MOVE_STEP * h];
    const start = await page.evaluate(() => window.slopes.getState().start);
    expect(start[0]).toBeCloseTo(expected[0], 9);
    expect(start[1]).toBeCloseTo(expected[1], 9);
    const balls = await page.evaluate(() => window.slopes.particles());
    expect(balls.length).toBeGreaterThan(1);
    for (const b of balls) expect([b.x, b.y, b.step]).toEqual([start[0], start[1], 0]);

    // + and − zoom the map about the marker, which stays where it was on the map, and do not change the race's speed
    // as they do elsewhere.
    const speed = await page.evaluate(() => window.slopes.getState().speed);
    const across = (v: { x: readonly number[]; y: readonly number[] }) => [(start[0] - v.x[0]) / (v.x[1] - v.x[0]), (start[1] - v.y[0]) / (v.y[1] - v.y[0])];
    const unzoomed = await page.evaluate(() => window.slopes.map().shown);
    await page.keyboard.press('+');
    const zoomed = await page.evaluate(() => window.slopes.getState().view);
    expect(zoomed.x[1] - zoomed.x[0]).toBeLessThan(w);
    for (const k of [0, 1]) expect(across(zoomed)[k]).toBeCloseTo(across(unzoomed)[k], 3);
    expect(await page.evaluate(() => window.slopes.getState().speed)).toBe(speed);
    await page.keyboard.press('-');

    // Alt and an arrow pan the view by a tenth of its width or height, through the state as a drag does: the link
    // takes the new view and the live region says it. The start stays where it is.
    const shown = await page.evaluate(() => window.slopes.map().shown);
    const [sw, sh] = [shown.x[1] - shown.x[0], shown.y[1] - shown.y[0]];
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowUp');
    const panned = await page.evaluate(() => window.slopes.getState().view);
    for (const k of [0, 1] as const) {
      expect(panned.x[k]).toBeCloseTo(shown.x[k] + PAN_STEP * sw, 3);
      expect(panned.y[k]).toBeCloseTo(shown.y[k] + PAN_STEP * sh, 3);
    }
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual(start);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`view=${[...panned.x, ...panned.y].join(',')}`);
    const n = new Intl.NumberFormat(LANG_TAGS[lang], { maximumFractionDigits: 3 }).format;
    const showing = words.map.showing(n(panned.x[0]), n(panned.x[1]), n(panned.y[0]), n(panned.y[1]));
    await page.waitForFunction((text) => window.slopes.announcements().some((a) => a.includes(text)), showing, { timeout: 10_000 });
    // Left and down bring it back.
    await page.keyboard.press('Alt+ArrowLeft');
    await page.keyboard.press('Alt+ArrowDown');
    const back = await page.evaluate(() => window.slopes.getState().view);
    for (const k of [0, 1] as const) {
      expect(back.x[k]).toBeCloseTo(shown.x[k], 3);
      expect(back.y[k]).toBeCloseTo(shown.y[k], 3);
    }
    // A whole width to the right leaves the start behind: the marker stays in sight, on the left edge, and says so.
    for (let k = 0; k < 1 / PAN_STEP; k++) await page.keyboard.press('Alt+ArrowRight');
    const away = await page.evaluate(() => window.slopes.map().shown);
    expect(away.x[0]).toBeGreaterThan(start[0]);
    const marker = words.map.startMoved(n(away.x[0]), n(start[1]));
    await page.waitForFunction((text) => window.slopes.announcements().some((a) => a.includes(text)), marker, { timeout: 10_000 });
    for (let k = 0; k < 1 / PAN_STEP; k++) await page.keyboard.press('Alt+ArrowLeft');
    expect(await page.evaluate(() => window.slopes.getState().start)).toEqual(start);

    // Faster (]) until the race takes a few frames, then play: a loaded machine may draw only a few frames a second.
    for (let k = 0; k < 6; k++) await page.keyboard.press(']');
    await page.keyboard.press(' ');
    const winnerSaid = (names: Record<string, string>) => window.slopes.announcements().some((a) => Object.values(names).some((n) => a.includes(n)));
    const winners = Object.fromEntries(Object.entries(words.declarations.optimizerNames).map(([id, n]) => [id, words.map.winner(n)]));
    await page.waitForFunction(winnerSaid, winners, { timeout: 60_000 });
    const said = (await page.evaluate(() => window.slopes.announcements())).join(' ');
    // The race is NAG's on this bowl, from this start as from the preset's.
    expect(said).toContain(words.map.winner(words.declarations.optimizerNames.nag));
    expect(said).toMatch(lang === 'en' ? /Nesterov \(NAG\) reached the minimum at step \d+/ : /Nesterov（NAG） 在第 \d+ 步到达极小值/);
    if (lang === 'zh') expect(said).not.toMatch(/reached|stopped|minimum/);

    // Paused, the read-out key speaks the map's description at once (after whatever was still queued).
    await page.keyboard.press(' ');
    await page.waitForTimeout(300);
    await page.keyboard.press('i');
    const last = await page.evaluate(() => window.slopes.announcements().at(-1)!);
    const description = await page.evaluate(() => document.querySelector('[data-role=map-description]')!.textContent);
    expect(description).toContain(words.map.surface(words.declarations.surfaceNames.quadratic));
    expect(description).toContain(words.map.paused);
    expect(last.endsWith(description)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
